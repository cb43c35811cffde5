/**
 * 四类案件: candidates to confirm (待确认), cases under supervision (监管中) and ended ones (已结束),
 * counted by division and category, filtered, exported; the indicators (supervised cases, share
 * closed within the 审限, average duration against the unsupervised); the rule library with its
 * bases. Rows link to the matter's page (/matters/:id), where the chief or the 审管办 confirms or
 * revokes and 院庭长 take the supervision measures.
 */
import {
  Card,
  Col,
  Collapse,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatCount, formatDate } from "../../../shared/format";
import {
  CATEGORY_COLORS,
  CATEGORY_LABELS,
  exportSupervisedCases,
  type SupervisedCaseRow,
  type SupervisionQuery,
  type SupervisionTab,
  useSupervisedCases,
  useSupervisionRules,
  useSupervisionSummary,
} from "../api";

const TABS: { key: SupervisionTab; label: string; state: string[] }[] = [
  { key: "candidate", label: "待确认", state: ["candidate"] },
  { key: "supervised", label: "监管中", state: ["supervised"] },
  { key: "ended", label: "已结束", state: ["closed", "revoked"] },
];

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const days = (x: number | null) => (x === null ? "—" : `${x.toFixed(1)} 天`);

export default function SupervisionPage() {
  const [tab, setTab] = useState<SupervisionTab>("candidate");
  const [division, setDivision] = useState<string | undefined>();
  const [category, setCategory] = useState<number | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const q: SupervisionQuery = { tab, division, category, page, pageSize };
  const list = useSupervisedCases(q);
  const summary = useSupervisionSummary();
  const rules = useSupervisionRules();

  const stateCount = (states: string[]) =>
    (summary.data?.byState ?? []).filter((s) => states.includes(s.state)).reduce((n, s) => n + s.count, 0);
  const grid = summary.data?.byTab[tab] ?? [];
  const divisions = useMemo(() => [...new Set(grid.map((g) => g.division))], [grid]);
  const gridRows = divisions.map((d) => {
    const row: Record<string, string | number> = { division: d };
    for (const c of [1, 2, 3, 4]) row[c] = grid.find((g) => g.division === d && g.category === c)?.count ?? 0;
    return row;
  });

  const columns: TableColumnsType<SupervisedCaseRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string | null, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : (v ?? "—")),
    },
    {
      title: "类别",
      dataIndex: "categories",
      render: (cs: number[]) => (
        <Space size={4} wrap>
          {cs.map((c) => (
            <Tag key={c} color={CATEGORY_COLORS[c]}>
              {CATEGORY_LABELS[c]}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: "识别情形与理由",
      dataIndex: "findings",
      render: (fs: SupervisedCaseRow["findings"]) => (
        <div>
          {fs.map((f) => (
            <div key={f.rule}>
              <Typography.Text strong>{f.ruleTitle}</Typography.Text>：{f.reason}
            </div>
          ))}
        </div>
      ),
    },
    { title: "承办部门", dataIndex: "division" },
    { title: "承办人", dataIndex: "judge" },
    { title: "状态", dataIndex: "stateLabel" },
    { title: "标注日期", dataIndex: "openedOn", render: formatDate },
    ...(tab === "ended" ? [{ title: "结束日期", dataIndex: "closedOn", render: formatDate }] : []),
    {
      title: "操作",
      key: "open",
      render: (_: unknown, r: SupervisedCaseRow) => (
        <Link to={`/matters/${r.matterId}`} data-testid={`supervision-open-${r.matterId}`}>
          {tab === "candidate" ? "甄别" : "查看流程"}
        </Link>
      ),
    },
  ];

  const ind = summary.data?.indicators;
  return (
    <div data-testid="page-supervision">
      <div className="page-title">
        <Typography.Title level={4}>四类案件监督管理</Typography.Title>
      </div>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="监管案件数" value={ind?.supervisedCases ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="已结监管案件按期结案率"
              value={percent(ind?.onTimeShare ?? null)}
              suffix={ind ? `（${ind.supervisedClosedOnTime}/${ind.supervisedClosed}）` : undefined}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="监管案件平均审理天数" value={days(ind?.averageDurationSupervised ?? null)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="非监管案件平均审理天数"
              value={days(ind?.averageDurationUnsupervised ?? null)}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => {
            setTab(k as SupervisionTab);
            setPage(1);
          }}
          items={TABS.map((t) => ({
            key: t.key,
            label: (
              <span data-testid={`supervision-tab-${t.key}`}>
                {t.label}（{formatCount(stateCount(t.state))}）
              </span>
            ),
          }))}
        />
        {gridRows.length > 0 ? (
          <Table
            size="small"
            style={{ marginBottom: 12 }}
            rowKey="division"
            pagination={false}
            dataSource={gridRows}
            data-testid="supervision-grid"
            columns={[
              { title: "承办部门", dataIndex: "division" },
              ...[1, 2, 3, 4].map((c) => ({ title: CATEGORY_LABELS[c], dataIndex: String(c) })),
            ]}
          />
        ) : null}
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="承办部门"
            style={{ width: 180 }}
            value={division}
            onChange={(v) => {
              setDivision(v);
              setPage(1);
            }}
            options={divisions.map((d) => ({ value: d, label: d }))}
          />
          <Select
            allowClear
            placeholder="类别"
            style={{ width: 240 }}
            value={category}
            onChange={(v) => {
              setCategory(v);
              setPage(1);
            }}
            options={[1, 2, 3, 4].map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          />
          <ExportButtons
            total={list.data?.total ?? null}
            testIdPrefix="supervision"
            onExport={(which) => exportSupervisedCases(which === "page" ? q : { ...q, page: undefined })}
          />
        </Space>
        <Table
          size="small"
          rowKey="matterId"
          loading={list.isFetching}
          dataSource={list.data?.rows ?? []}
          columns={columns}
          data-testid="supervision-table"
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => `共 ${n} 件`,
            onChange: (p, s) => {
              setPage(p);
              setPageSize(s);
            },
          }}
        />
      </Card>
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: "rules",
            label: "识别规则与依据",
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={rules.data?.rules ?? []}
                columns={[
                  { title: "规则", dataIndex: "title" },
                  { title: "类别", dataIndex: "categoryName" },
                  { title: "情形", dataIndex: "situation" },
                  { title: "依据", dataIndex: "basis" },
                  {
                    title: "设置",
                    dataIndex: "settings",
                    render: (s: { name: string; label: string; value: string }[]) =>
                      s.map((x) => (
                        <div key={x.name}>
                          {x.label}：{x.value}
                        </div>
                      )),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
