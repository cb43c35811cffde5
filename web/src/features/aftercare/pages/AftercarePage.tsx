/**
 * 判后 (/aftercare): 判后释明 and 督促履行. Tabs: 释明 (the judgments, pending or done, with the
 * record dialog), 督促履行 (the effective money judgments and mediations, with their effective day —
 * 推定 when estimated — contacts and outcome; those a 执 case names closed automatically), 统计 (释明
 * 记录率, 服判息诉率 with and without a 释明, 自动履行率 by division or judge). Filters, paging and
 * .xlsx export as on every list; a judge sees their own cases, a chief their division's.
 */
import {
  Button,
  Card,
  Input,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import { formatDate } from "../../../shared/format";
import {
  type AftercareQuery,
  type AftercareStatistics,
  type ExplanationTask,
  exportTasks,
  type PerformanceTask,
  useAftercareStatistics,
  useExplanations,
  usePerformance,
} from "../api";
import { ContactsDialog, ExplanationDialog, OutcomeDialog } from "../components/AftercareDialogs";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const money = (v: number | null | undefined) =>
  v === null || v === undefined ? "—" : v.toLocaleString("zh-CN", { minimumFractionDigits: 2 });
const STATE_COLORS: Record<string, string> = { pending: "processing", done: "green", enforced: "volcano" };
const OUTCOME_COLORS: Record<string, string> = { 全部履行: "green", 部分履行: "gold", 未履行: "red" };

export default function AftercarePage() {
  const [tab, setTab] = useState("explanations");
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const [q, setQ] = useState<AftercareQuery>({ from: `${year}-01-01`, page: 1, pageSize: 20 });
  const [by, setBy] = useState<"division" | "judge">("division");
  const [explaining, setExplaining] = useState<ExplanationTask | null>(null);
  const [contacting, setContacting] = useState<PerformanceTask | null>(null);
  const [deciding, setDeciding] = useState<PerformanceTask | null>(null);
  const explanations = useExplanations(tab === "explanations" ? q : { ...q, state: undefined });
  const performance = usePerformance(q);
  const stats = useAftercareStatistics({ ...q, by });
  const set = (patch: Partial<AftercareQuery>) => setQ((old) => ({ ...old, page: 1, ...patch }));

  const explanationColumns: TableColumnsType<ExplanationTask> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 220,
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    { title: "案由", dataIndex: "cause", width: 150, ellipsis: true, render: (v: string | null) => v ?? "—" },
    { title: "承办部门", dataIndex: "division", width: 130, ellipsis: true },
    { title: "承办人", dataIndex: "judge", width: 90 },
    { title: "结案日期", dataIndex: "closedOn", width: 110, render: formatDate },
    {
      title: "状态",
      dataIndex: "state",
      width: 90,
      render: (v: string, r) => (
        <Tag
          color={v === "done" ? "green" : "processing"}
          data-testid={`aftercare-explain-state-${r.caseId}`}
        >
          {v === "done" ? "已释明" : "待释明"}
        </Tag>
      ),
    },
    {
      title: "释明",
      key: "explanation",
      render: (_: unknown, r) =>
        r.explanation ? (
          <Tooltip
            title={[
              ...r.explanation.riskPoints,
              r.explanation.riskNote,
              r.explanation.guidance && `类案指引：${r.explanation.guidance}`,
            ]
              .filter(Boolean)
              .join("；")}
          >
            {formatDate(r.explanation.explainedOn)} {r.explanation.way}（
            {r.explanation.riskPoints.length || 1} 项风险点）
          </Tooltip>
        ) : (
          "—"
        ),
    },
    {
      title: "操作",
      key: "actions",
      width: 110,
      render: (_: unknown, r) =>
        r.canRecord ? (
          <Button size="small" onClick={() => setExplaining(r)} data-testid={`aftercare-explain-${r.caseId}`}>
            {r.state === "done" ? "修改" : "登记释明"}
          </Button>
        ) : null,
    },
  ];

  const performanceColumns: TableColumnsType<PerformanceTask> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 220,
      render: (v: string, r) => <Link to={`/cases/${r.caseId}`}>{v}</Link>,
    },
    { title: "案由", dataIndex: "cause", width: 140, ellipsis: true, render: (v: string | null) => v ?? "—" },
    { title: "承办人", dataIndex: "judge", width: 90 },
    { title: "结案方式", dataIndex: "closureMode", width: 80 },
    { title: "标的额（元）", dataIndex: "amountYuan", width: 120, align: "right", render: money },
    {
      title: "生效日期",
      dataIndex: "effectiveOn",
      width: 150,
      render: (v: string, r) => (
        <Space size={4}>
          {formatDate(v)}
          {r.effectEstimated ? (
            <Tooltip title={r.effectBasis}>
              <Tag color="orange">推定</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: "状态",
      dataIndex: "stateLabel",
      width: 170,
      render: (v: string, r) => (
        <Tag color={STATE_COLORS[r.state]} data-testid={`aftercare-perf-state-${r.caseId}`}>
          {v}
        </Tag>
      ),
    },
    {
      title: "督促",
      dataIndex: "contacts",
      width: 120,
      render: (v: number, r) => (v === 0 ? "—" : `${v} 次（${formatDate(r.lastContactOn)}）`),
    },
    {
      title: "履行结果",
      dataIndex: "outcome",
      width: 150,
      render: (v: string | null, r) =>
        v ? (
          <Tooltip
            title={r.enforcementCase ? `执行案件 ${r.enforcementCase} 以该案为原审案号` : r.recorded?.note}
          >
            <Tag color={OUTCOME_COLORS[v]} data-testid={`aftercare-perf-outcome-${r.caseId}`}>
              {v}
              {r.recorded?.outcome === "部分履行" && !r.enforcementCase
                ? `（${money(r.recorded.performedYuan)} 元）`
                : ""}
            </Tag>
          </Tooltip>
        ) : (
          "—"
        ),
    },
    {
      title: "操作",
      key: "actions",
      width: 190,
      render: (_: unknown, r) => (
        <Space size={4}>
          <Button
            size="small"
            onClick={() => setContacting(r)}
            data-testid={`aftercare-contacts-${r.caseId}`}
          >
            督促记录
          </Button>
          {r.canRecord ? (
            <Button size="small" onClick={() => setDeciding(r)} data-testid={`aftercare-outcome-${r.caseId}`}>
              登记结果
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  type EG = AftercareStatistics["explanations"]["total"];
  type PG = AftercareStatistics["performance"]["total"];
  const unit = (t: { division: string; judge: string | null }) =>
    t.judge ? `${t.division}／${t.judge}` : t.division;
  const explanationStats: TableColumnsType<EG> = [
    { title: by === "judge" ? "部门／承办人" : "部门", key: "unit", render: (_: unknown, t) => unit(t) },
    { title: "判决件数", dataIndex: "judgments" },
    { title: "已释明", dataIndex: "explained" },
    { title: "释明记录率", dataIndex: "share", render: percent },
    {
      title: "服判息诉率（已释明）",
      key: "with",
      render: (_: unknown, t) =>
        `${percent(t.acceptedWith.rate)}（${t.acceptedWith.hit}/${t.acceptedWith.n}）`,
    },
    {
      title: "服判息诉率（未释明）",
      key: "without",
      render: (_: unknown, t) =>
        `${percent(t.acceptedWithout.rate)}（${t.acceptedWithout.hit}/${t.acceptedWithout.n}）`,
    },
  ];
  const performanceStats: TableColumnsType<PG> = [
    { title: by === "judge" ? "部门／承办人" : "部门", key: "unit", render: (_: unknown, t) => unit(t) },
    { title: "已生效件数", dataIndex: "effective" },
    { title: "督促后全部履行", dataIndex: "performed" },
    { title: "推定自动履行", dataIndex: "presumed" },
    { title: "部分履行／未履行", dataIndex: "notPerformed" },
    { title: "进入执行", dataIndex: "enforced" },
    { title: "自动履行率", dataIndex: "rate", render: percent },
    { title: "督促结果登记率", dataIndex: "recordedShare", render: percent },
  ];

  const filters = (
    <Space wrap style={{ marginBottom: 12 }}>
      <span>结案日期</span>
      <Input
        type="date"
        style={{ width: 150 }}
        value={q.from ?? ""}
        onChange={(e) => set({ from: e.target.value || undefined })}
        data-testid="aftercare-from"
      />
      <span>至</span>
      <Input
        type="date"
        style={{ width: 150 }}
        value={q.to ?? ""}
        onChange={(e) => set({ to: e.target.value || undefined })}
        data-testid="aftercare-to"
      />
      <Input.Search
        allowClear
        placeholder="承办部门"
        style={{ width: 150 }}
        onSearch={(v) => set({ division: v.trim() || undefined })}
      />
      <Input.Search
        allowClear
        placeholder="承办人"
        style={{ width: 120 }}
        onSearch={(v) => set({ judge: v.trim() || undefined })}
      />
      <Input.Search
        allowClear
        placeholder="案号"
        style={{ width: 200 }}
        onSearch={(v) => set({ caseNumber: v.trim() || undefined })}
        data-testid="aftercare-case-number"
      />
      {tab !== "statistics" ? (
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 170 }}
          value={q.state}
          onChange={(v) => set({ state: v })}
          options={
            tab === "explanations"
              ? [
                  { value: "pending", label: "待释明" },
                  { value: "done", label: "已释明" },
                ]
              : [
                  { value: "pending", label: "待督促" },
                  { value: "done", label: "已登记结果" },
                  { value: "enforced", label: "已进入执行（自动结束）" },
                ]
          }
          data-testid="aftercare-state"
        />
      ) : (
        <Select
          value={by}
          style={{ width: 120 }}
          onChange={setBy}
          options={[
            { value: "division", label: "按部门" },
            { value: "judge", label: "按承办人" },
          ]}
        />
      )}
    </Space>
  );

  const pager = (total: number | undefined) => ({
    current: q.page ?? 1,
    pageSize: q.pageSize ?? 20,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (n: number) => `共 ${n} 件`,
    onChange: (page: number, pageSize: number) => setQ((old) => ({ ...old, page, pageSize })),
  });

  return (
    <Card
      title="判后释明与督促履行"
      extra={
        tab === "statistics" ? null : (
          <Space>
            <ExportButtons
              total={(tab === "explanations" ? explanations.data?.total : performance.data?.total) ?? null}
              testIdPrefix="aftercare"
              onExport={(which) =>
                exportTasks(tab === "explanations" ? "explanations" : "performance", q, which)
              }
            />
          </Space>
        )
      }
    >
      {filters}
      <Tabs
        destroyOnHidden
        activeKey={tab}
        onChange={(k) => {
          setTab(k);
          setQ((old) => ({ ...old, state: undefined, page: 1 }));
        }}
        items={[
          {
            key: "explanations",
            label: "释明",
            children: (
              <>
                <Table
                  rowKey="caseId"
                  size="small"
                  loading={explanations.isFetching}
                  columns={explanationColumns}
                  dataSource={explanations.data?.rows ?? []}
                  pagination={pager(explanations.data?.total)}
                  scroll={{ x: 1100 }}
                  data-testid="aftercare-explanations"
                />
              </>
            ),
          },
          {
            key: "performance",
            label: "督促履行",
            children: (
              <>
                <Table
                  rowKey="caseId"
                  size="small"
                  loading={performance.isFetching}
                  columns={performanceColumns}
                  dataSource={performance.data?.rows ?? []}
                  pagination={pager(performance.data?.total)}
                  scroll={{ x: 1400 }}
                  data-testid="aftercare-performance"
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  生效日期未登记的，按结案日期、送达期间和上诉期间推定（《民事诉讼法》第一百七十一条；期间最后一日为节假日的顺延，第八十五条），标“推定”。
                  执行案件以该案为原审案号的，督促履行自动结束，结果记为未履行。
                </Typography.Paragraph>
              </>
            ),
          },
          {
            key: "statistics",
            label: "统计",
            children: (
              <>
                <Typography.Title level={5}>判后释明与服判息诉</Typography.Title>
                <Table
                  rowKey={(t) => unit(t)}
                  size="small"
                  loading={stats.isFetching}
                  columns={explanationStats}
                  dataSource={
                    stats.data ? [...stats.data.explanations.rows, stats.data.explanations.total] : []
                  }
                  pagination={false}
                  data-testid="aftercare-stats-explanations"
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  服判息诉率按一审服判息诉率的口径计算（未上诉的民初判决数 ÷
                  民初判决数），分别统计已释明与未释明的判决。
                </Typography.Paragraph>
                <Typography.Title level={5}>自动履行</Typography.Title>
                <Table
                  rowKey={(t) => unit(t)}
                  size="small"
                  loading={stats.isFetching}
                  columns={performanceStats}
                  dataSource={
                    stats.data ? [...stats.data.performance.rows, stats.data.performance.total] : []
                  }
                  pagination={false}
                  data-testid="aftercare-stats-performance"
                />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  自动履行率（本院口径）=（督促后全部履行 + 推定自动履行）÷
                  统计期间内结案、至数据日期已生效的有金钱给付内容的民初判决、调解件数。
                  执行案件以该案为原审案号，或登记申请执行的，计为进入执行；督促结果为部分履行、未履行的，不计为自动履行。
                </Typography.Paragraph>
              </>
            ),
          },
        ]}
      />
      <ExplanationDialog task={explaining} onClose={() => setExplaining(null)} />
      <ContactsDialog task={contacting} onClose={() => setContacting(null)} />
      <OutcomeDialog task={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}
