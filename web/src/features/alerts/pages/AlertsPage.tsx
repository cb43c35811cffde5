/**
 * 审限预警 · 长期未结 · 隐形超审限 · 数据质量: the alerts of one family (/api/alerts), filtered,
 * counted per rule, paged and sorted on the server, acknowledged with a note, exported to .xlsx.
 * Filters live in the URL so a reload or a shared link shows the same list.
 */
import { CheckOutlined, InfoCircleOutlined, ReloadOutlined } from "@ant-design/icons";
import {
  Alert,
  Button,
  Card,
  Col,
  Popover,
  Row,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { type HTMLAttributes, useMemo, useState } from "react";
import { Link, useParams } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import type { AlertFamily, AlertQuery, AlertRow, AlertSeverity, AlertState } from "../../../shared/api/types";
import { EChart } from "../../../shared/charts/LazyEChart";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import {
  byDivisionOrder,
  bySeverity,
  FAMILY_NAMES,
  formatCount,
  formatDate,
  formatDateTime,
  SEVERITY_COLORS,
  SEVERITY_NAMES,
  SEVERITY_ORDER,
  STATE_COLORS,
  STATE_NAMES,
} from "../../../shared/format";
import { useQueryState } from "../../../shared/searchParams";
import { useSession } from "../../../shared/session/session";
import { IssueOrdersModal } from "../../supervision-orders/components/IssueOrdersModal";
import { OrderStateTag } from "../../supervision-orders/components/OrderStateTag";
import { canAcknowledge, exportAlerts, useAlertCounts, useAlertRules, useAlerts } from "../api";
import { AckModal } from "../components/AckModal";

const FAMILY_INTRO: Record<AlertFamily, string> = {
  "time-limit":
    "审限已用三分之二、即将届满（民事、执行 30 日内，刑事、行政 15 日内）、5 日内届满及已超审限的未结案件。",
  "long-pending": "自立案之日起自然月计算，已满或将满 6、12、18、24、36 个月仍未结的案件。",
  "concealed-overrun": "形式上未超审限、但实际审理时间被延长、扣除、撤后再诉、程序转换等拉长的案件。",
  "data-quality": "影响司法统计准确性的数据问题：案号、日期、结案方式、程序等不一致或缺失。",
};

const SORTS = ["severity", "case_number", "division", "judge", "rule"] as const;
type SortKey = (typeof SORTS)[number];

/** /alerts/:family (the guard has checked the family): a fresh screen for each family. */
export default function AlertsRoute() {
  const family = useParams().family as AlertFamily;
  return <AlertsPage key={family} family={family} />;
}

function AlertsPage({ family }: { family: AlertFamily }) {
  const { meta, user } = useSession();
  const ownDivisionOnly = user?.role === "chief" || user?.role === "judge";
  const [query, setQuery] = useQueryState();
  const [ackTarget, setAckTarget] = useState<AlertRow | null>(null);
  // 发起督办: the alerts chosen on this page (kept by id with their judge, across pages).
  const [chosen, setChosen] = useState<Map<number, string>>(new Map());
  const [issuing, setIssuing] = useState(false);

  const page = Math.max(1, Number(query.get("page")) || 1);
  const pageSize = Math.min(1000, Math.max(1, Number(query.get("pageSize")) || 20));
  const sortParam = query.get("sort");
  const sort: SortKey | undefined = (SORTS as readonly string[]).includes(sortParam ?? "")
    ? (sortParam as SortKey)
    : undefined;
  const order = query.get("order") === "asc" ? "asc" : query.get("order") === "desc" ? "desc" : undefined;
  const filters: AlertQuery = {
    family,
    rule: query.get("rule") ?? undefined,
    division: query.get("division") ?? undefined,
    judge: query.get("judge") ?? undefined,
    severity: (query.get("severity") as AlertSeverity | null) ?? undefined,
    state: (query.get("state") as AlertState | null) ?? undefined,
    foundFrom: query.get("foundFrom") ?? undefined,
    foundTo: query.get("foundTo") ?? undefined,
  };
  const listQuery: AlertQuery = { ...filters, page, pageSize, sort, order: sort ? order : undefined };

  const list = useAlerts(listQuery);
  const counts = useAlertCounts(filters);
  const rules = useAlertRules();
  const familyRules = (rules.data?.rules ?? []).filter((r) => r.family === family);

  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  const today = meta?.today ?? "";
  const monthStart = today ? `${today.slice(0, 8)}01` : "";
  const setFilter = (k: keyof AlertQuery, v: string | undefined) => {
    const patch: Record<string, string | undefined> = { [k]: v, page: undefined };
    if (k === "division") patch.judge = undefined;
    setQuery(patch);
  };

  const judges = useMemo(() => {
    if (!meta) return [];
    const ds = filters.division ? meta.divisions.filter((d) => d.name === filters.division) : meta.divisions;
    return [...new Set(ds.flatMap((d) => d.judges))].sort((a, b) => a.localeCompare(b, "zh-CN"));
  }, [meta, filters.division]);

  const sortOrder = (k: SortKey) =>
    sort === k
      ? order === "asc"
        ? ("ascend" as const)
        : order === "desc"
          ? ("descend" as const)
          : null
      : null;

  // 发起督办 is offered where the server says the reader may issue on a row (canIssueOrder).
  const selectable = rows.some((r) => r.canIssueOrder) || chosen.size > 0;
  const columns: TableColumnsType<AlertRow> = [
    {
      title: "级别",
      dataIndex: "severity",
      key: "severity",
      width: 104,
      sorter: true,
      sortOrder: sortOrder("severity"),
      render: (s: string) => <Tag color={SEVERITY_COLORS[s]}>{SEVERITY_NAMES[s] ?? s}</Tag>,
    },
    {
      title: "预警规则",
      dataIndex: "title",
      key: "rule",
      width: 170,
      sorter: true,
      sortOrder: sortOrder("rule"),
      ellipsis: true,
    },
    {
      title: "案号",
      dataIndex: "caseNumber",
      key: "case_number",
      width: 215,
      sorter: true,
      sortOrder: sortOrder("case_number"),
      render: (v: string, r) =>
        r.caseId ? (
          <Link to={`/cases/${r.caseId}`} data-testid={`alert-case-${r.id}`}>
            {v}
          </Link>
        ) : (
          v
        ),
    },
    {
      title: "承办部门",
      dataIndex: "division",
      key: "division",
      width: 122,
      sorter: true,
      sortOrder: sortOrder("division"),
      ellipsis: true,
    },
    {
      title: "承办人",
      dataIndex: "judge",
      key: "judge",
      width: 90,
      sorter: true,
      sortOrder: sortOrder("judge"),
    },
    {
      // The whole reason, wrapped in the row (it carries the dates and days that matter).
      title: "预警原因",
      dataIndex: "reason",
      key: "reason",
      width: 380,
      render: (v: string) => (
        <span className="cell-wrap" title={v} data-testid="alert-reason">
          {v}
        </span>
      ),
    },
    { title: "首次发现", dataIndex: "firstSeen", width: 132, render: formatDate },
    {
      title: "状态",
      dataIndex: "state",
      width: 80,
      render: (s: string, r) => (
        <Tooltip
          title={
            r.state === "acknowledged"
              ? `${r.acknowledgedBy ?? ""} 于 ${formatDateTime(r.acknowledgedAt)} 确认${r.note ? `，处理意见：${r.note}` : ""}`
              : undefined
          }
        >
          <Tag color={STATE_COLORS[s] ?? "default"} data-testid={`alert-state-${r.id}`}>
            {STATE_NAMES[s] ?? s}
          </Tag>
        </Tooltip>
      ),
    },
    // The tick boxes sit beside the 督办 column (the list's first columns stay as they were).
    ...(selectable ? [Table.SELECTION_COLUMN] : []),
    {
      title: "督办",
      key: "order",
      width: 150,
      render: (_: unknown, r: AlertRow) =>
        r.order ? <OrderStateTag order={r.order} testId={`alert-order-${r.id}`} /> : null,
    },
    // Buttons come from each row's actions (the server's word), never from the role.
    ...(rows.some((r) => r.actions.length > 0)
      ? [
          {
            title: "操作",
            key: "op",
            width: 76,
            fixed: "right" as const,
            render: (_: unknown, r: AlertRow) =>
              canAcknowledge(r) ? (
                <Button
                  size="small"
                  type="link"
                  icon={<CheckOutlined />}
                  onClick={() => setAckTarget(r)}
                  data-testid={`ack-${r.id}`}
                >
                  确认
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  // Divisions in the court's own order (meta.divisionOrder), levels most serious first.
  const divisionOrder = byDivisionOrder(meta?.divisionOrder ?? []);
  const byDivision = [...(counts.data?.byDivision ?? [])].sort((a, b) =>
    divisionOrder(a.division, b.division),
  );
  const bySeverityCounts = [...(counts.data?.bySeverity ?? [])].sort(bySeverity((s) => s.severity));
  const divisionChart =
    byDivision.length > 1
      ? {
          grid: { left: 110, right: 36, top: 6, bottom: 6 },
          tooltip: { trigger: "axis" as const },
          xAxis: { type: "value" as const, show: false },
          yAxis: {
            type: "category" as const,
            inverse: true,
            data: byDivision.map((d) => d.division),
            axisTick: { show: false },
            axisLabel: { fontSize: 11 },
          },
          series: [
            {
              type: "bar" as const,
              name: "预警数",
              data: byDivision.map((d) => d.count),
              itemStyle: { color: "#1d4f91" },
              barMaxWidth: 14,
              label: { show: true, position: "right" as const, fontSize: 11 },
            },
          ],
        }
      : null;

  return (
    <div data-testid={`page-alerts-${family}`}>
      <div className="page-title">
        <Space size={10} align="center">
          <Typography.Title level={4}>{FAMILY_NAMES[family]}</Typography.Title>
          <Typography.Text type="secondary">{FAMILY_INTRO[family]}</Typography.Text>
          {familyRules.length ? (
            <Popover
              title="预警规则说明"
              content={
                <div style={{ maxWidth: 560, maxHeight: 420, overflow: "auto" }}>
                  {familyRules.map((r) => (
                    <div key={r.id} style={{ marginBottom: 10 }}>
                      <b>{r.title}</b>
                      <Tag color={SEVERITY_COLORS[r.defaultSeverity]} style={{ marginLeft: 6 }}>
                        {SEVERITY_NAMES[r.defaultSeverity]}
                      </Tag>
                      <div>{r.explanation}</div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        依据：{r.basis}
                      </Typography.Text>
                    </div>
                  ))}
                </div>
              }
            >
              <Button size="small" type="link" icon={<InfoCircleOutlined />}>
                规则说明
              </Button>
            </Popover>
          ) : null}
        </Space>
      </div>

      <Row gutter={12} wrap={false} style={{ marginBottom: 12 }}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card
            size="small"
            title="按规则统计"
            styles={{ body: { minHeight: 92 } }}
            data-testid="alert-counts"
          >
            {counts.error ? (
              <Typography.Text type="danger">{errorMessage(counts.error)}</Typography.Text>
            ) : null}
            <Space size={[6, 8]} wrap>
              {(counts.data?.byRule ?? [])
                .filter((r) => r.family === family || !r.family)
                .map((r) => (
                  <Tag.CheckableTag
                    key={r.ruleId}
                    checked={filters.rule === r.ruleId}
                    onChange={(on) => setFilter("rule", on ? r.ruleId : undefined)}
                    style={{ border: "1px solid #d9d9d9", padding: "2px 8px" }}
                    data-testid={`rule-count-${r.ruleId}`}
                  >
                    {r.title} <b className="num">{formatCount(r.count)}</b>
                  </Tag.CheckableTag>
                ))}
              {counts.data && counts.data.byRule.length === 0 ? (
                <Typography.Text type="secondary">没有符合条件的预警</Typography.Text>
              ) : null}
            </Space>
            {bySeverityCounts.length ? (
              <div style={{ marginTop: 10 }}>
                <Space size={6} wrap data-testid="severity-counts">
                  <Typography.Text type="secondary">按级别：</Typography.Text>
                  {bySeverityCounts.map((s) => (
                    <Tag.CheckableTag
                      key={s.severity}
                      checked={filters.severity === s.severity}
                      onChange={(on) => setFilter("severity", on ? s.severity : undefined)}
                      style={{ border: "1px solid #d9d9d9" }}
                    >
                      <Tag
                        color={SEVERITY_COLORS[s.severity]}
                        style={{ marginInlineEnd: 4 }}
                        data-testid={`severity-tag-${s.severity}`}
                      >
                        {SEVERITY_NAMES[s.severity] ?? s.severity}
                      </Tag>
                      <b className="num">{formatCount(s.count)}</b>
                    </Tag.CheckableTag>
                  ))}
                </Space>
              </div>
            ) : null}
            <div style={{ marginTop: 10 }}>
              <Space size={6} wrap>
                <Typography.Text type="secondary">发现时间：</Typography.Text>
                <Tag.CheckableTag
                  checked={
                    !!filters.foundFrom && filters.foundFrom === monthStart && filters.foundTo === today
                  }
                  onChange={(on) =>
                    setQuery({
                      foundFrom: on ? monthStart : undefined,
                      foundTo: on ? today : undefined,
                      page: undefined,
                    })
                  }
                  style={{ border: "1px solid #d9d9d9" }}
                  data-testid="found-this-month"
                >
                  本期新发现（本月）
                </Tag.CheckableTag>
                {filters.foundFrom || filters.foundTo ? (
                  <Tag
                    closable
                    onClose={() => setQuery({ foundFrom: undefined, foundTo: undefined, page: undefined })}
                    data-testid="found-range"
                  >
                    首次发现于 {filters.foundFrom ?? "…"} 至 {filters.foundTo ?? "…"}
                  </Tag>
                ) : null}
              </Space>
            </div>
          </Card>
        </Col>
        {divisionChart ? (
          <Col flex="380px">
            <Card
              size="small"
              title="按部门统计（点击筛选）"
              styles={{ body: { padding: 4 } }}
              data-testid="division-counts"
              data-divisions={byDivision.map((d) => d.division).join("|")}
            >
              <EChart
                option={divisionChart}
                height={Math.min(220, 24 + byDivision.length * 20)}
                onClick={(e) => setFilter("division", String(e.name))}
              />
            </Card>
          </Col>
        ) : null}
      </Row>

      <Card size="small" styles={{ body: { padding: 0 } }}>
        <div
          style={{
            display: "flex",
            justifyContent: "space-between",
            gap: 8,
            padding: "8px 12px",
            flexWrap: "wrap",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Space size={8} wrap>
            <Select
              allowClear
              placeholder="承办部门"
              style={{ width: 160, display: ownDivisionOnly ? "none" : undefined }}
              value={filters.division}
              onChange={(v) => setFilter("division", v)}
              options={(meta?.divisions ?? []).map((d) => ({ value: d.name, label: d.name }))}
              data-testid="filter-division"
            />
            <Select
              allowClear
              showSearch
              placeholder="承办人"
              style={{ width: 120, display: user?.role === "judge" ? "none" : undefined }}
              value={filters.judge}
              onChange={(v) => setFilter("judge", v)}
              options={judges.map((j) => ({ value: j, label: j }))}
              data-testid="filter-judge"
            />
            <Select
              allowClear
              placeholder="预警规则"
              style={{ width: 200 }}
              value={filters.rule}
              onChange={(v) => setFilter("rule", v)}
              options={familyRules.map((r) => ({ value: r.id, label: r.title }))}
              popupMatchSelectWidth={280}
              data-testid="filter-rule"
            />
            <Select
              allowClear
              placeholder="级别"
              style={{ width: 120 }}
              value={filters.severity}
              onChange={(v) => setFilter("severity", v)}
              options={SEVERITY_ORDER.map((value) => ({ value, label: SEVERITY_NAMES[value] }))}
              data-testid="filter-severity"
            />
            <Select
              allowClear
              placeholder="状态"
              style={{ width: 100 }}
              value={filters.state}
              onChange={(v) => setFilter("state", v)}
              options={Object.entries(STATE_NAMES).map(([value, label]) => ({ value, label }))}
              data-testid="filter-state"
            />
          </Space>
          <Space size={8}>
            <Typography.Text type="secondary">
              共 <b data-testid="alerts-total">{formatCount(total)}</b> 条
            </Typography.Text>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                void list.refetch();
                void counts.refetch();
              }}
              title="刷新"
            />
            {chosen.size > 0 ? (
              <Button type="primary" onClick={() => setIssuing(true)} data-testid="issue-orders">
                发起督办（{chosen.size}）
              </Button>
            ) : null}
            <ExportButtons
              total={total}
              testIdPrefix="alerts"
              onExport={(which: "page" | "all") =>
                exportAlerts(which === "page" ? listQuery : { ...filters, sort, order })
              }
            />
          </Space>
        </div>
        {list.error ? (
          <Alert type="error" showIcon title={errorMessage(list.error)} style={{ margin: 8 }} />
        ) : null}
        <Table<AlertRow>
          size="small"
          rowKey="id"
          loading={list.isFetching}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 1480 }}
          data-testid="alerts-table"
          rowSelection={
            selectable
              ? {
                  selectedRowKeys: [...chosen.keys()],
                  preserveSelectedRowKeys: true,
                  getCheckboxProps: (r: AlertRow) =>
                    ({ disabled: !r.canIssueOrder, "data-testid": `alert-select-${r.id}` }) as never,
                  onChange: (keys, selected) => {
                    const next = new Map<number, string>();
                    for (const k of keys) {
                      const row = selected.find((x) => x?.id === k);
                      const judge = row ? JSON.stringify([row.division, row.judge]) : chosen.get(Number(k));
                      if (judge !== undefined) next.set(Number(k), judge);
                    }
                    setChosen(next);
                  },
                }
              : undefined
          }
          rowClassName={(r) =>
            r.state === "new" && (r.severity === "critical" || r.severity === "serious") ? "row-new" : ""
          }
          onRow={(r) => ({ "data-testid": `alert-row-${r.id}` }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: "没有符合条件的预警" }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showQuickJumper: true,
            showTotal: (t) => `共 ${formatCount(t)} 条`,
          }}
          onChange={(pg, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.order ? (s.columnKey as SortKey) : undefined;
            const nextOrder = s?.order === "ascend" ? "asc" : s?.order === "descend" ? "desc" : undefined;
            const sortChanged = key !== sort || nextOrder !== order;
            setQuery({
              page: sortChanged ? undefined : pg.current === 1 ? undefined : pg.current,
              pageSize: pg.pageSize === 20 ? undefined : pg.pageSize,
              sort: key,
              order: key ? nextOrder : undefined,
            });
          }}
        />
      </Card>

      <AckModal alert={ackTarget} onClose={() => setAckTarget(null)} onDone={() => setAckTarget(null)} />
      <IssueOrdersModal
        open={issuing}
        alertIds={[...chosen.keys()]}
        judges={new Set(chosen.values()).size}
        onClose={() => setIssuing(false)}
        onDone={() => {
          setIssuing(false);
          setChosen(new Map());
        }}
      />
    </div>
  );
}
