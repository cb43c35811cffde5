/**
 * 鉴定: the register (filters; working days on the legal calendar against the 30-working-day period
 * of 司法部《司法鉴定程序通则》第二十八条; 诉中鉴定 checked against the case's 扣除审限), the entry
 * form, and the 诉前/诉中 comparison by quarter with its cases.
 */
import {
  Alert,
  Button,
  Card,
  Drawer,
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
import { useSession } from "../../../shared/session/session";
import {
  APPRAISAL_KINDS,
  APPRAISAL_STAGES,
  type AppraisalQuery,
  type AppraisalRow,
  type ComparisonCell,
  useAppraisals,
  useComparison,
  useComparisonCases,
} from "../api";
import { AppraisalDialog } from "../components/AppraisalDialog";

const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const days = (x: number | null) => (x === null ? "—" : `${x} 天`);

function Register() {
  const [q, setQ] = useState<AppraisalQuery>({ page: 1, pageSize: 50 });
  const [dialog, setDialog] = useState<{ row: AppraisalRow | null } | null>(null);
  const list = useAppraisals(q);
  const set = (patch: Partial<AppraisalQuery>) => setQ((old) => ({ ...old, page: 1, ...patch }));
  const data = list.data;
  // Those who import the court's data enter appraisals (policy edit-appraisals).
  const canEdit = useSession().can("import");

  const columns: TableColumnsType<AppraisalRow> = [
    { title: "案号", dataIndex: "caseNumber" },
    {
      title: "阶段",
      dataIndex: "stage",
      render: (v: string) => <Tag color={v === "诉前" ? "blue" : "purple"}>{v}</Tag>,
    },
    { title: "鉴定类型", dataIndex: "kind" },
    { title: "鉴定机构", dataIndex: "institution", render: (v: string | null) => v ?? "—" },
    { title: "委托日期", dataIndex: "commissionedOn" },
    { title: "完成日期", dataIndex: "completedOn", render: (v: string | null) => v ?? <Tag>进行中</Tag> },
    {
      title: "用时（工作日）",
      dataIndex: "workingDays",
      render: (v: number, r) => (
        <Tooltip
          title={`时限 ${r.allowedWorkingDays} 个工作日，最后一日 ${r.dueOn}${r.extensionApproved ? "（已批准延长）" : ""}`}
        >
          <Space size={4}>
            {v}
            {r.overdue ? <Tag color="red">超过时限</Tag> : null}
          </Space>
        </Tooltip>
      ),
    },
    {
      title: "关联案件",
      dataIndex: "linkedCaseNumber",
      render: (v: string | null, r) =>
        v ? `${v}（${r.division ?? ""} ${r.judge ?? ""}）` : r.stage === "诉前" ? "尚未立案" : "—",
    },
    {
      title: "扣除审限核对",
      dataIndex: "mismatch",
      render: (v: string | null, r) =>
        r.stage !== "诉中" ? (
          "—"
        ) : v ? (
          <Tooltip title={v}>
            <Tag color="orange">{r.mismatchProblem === "missing" ? "无扣除记录" : "日期不一致"}</Tag>
          </Tooltip>
        ) : (
          <Tag color="green">一致</Tag>
        ),
    },
    {
      title: "操作",
      key: "actions",
      render: (_: unknown, r) =>
        r.actions.includes("edit") ? (
          <Button size="small" onClick={() => setDialog({ row: r })}>
            修改
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="阶段"
          style={{ width: 100 }}
          value={q.stage}
          onChange={(v) => set({ stage: v })}
          options={APPRAISAL_STAGES.map((s) => ({ value: s, label: s }))}
        />
        <Select
          allowClear
          placeholder="鉴定类型"
          style={{ width: 120 }}
          value={q.kind}
          onChange={(v) => set({ kind: v })}
          options={APPRAISAL_KINDS.map((s) => ({ value: s, label: s }))}
        />
        <Select
          allowClear
          placeholder="时限"
          style={{ width: 130 }}
          value={q.overdue}
          onChange={(v) => set({ overdue: v })}
          options={[
            { value: "true", label: "超过时限" },
            { value: "false", label: "未超过时限" },
          ]}
        />
        <Select
          allowClear
          placeholder="扣除审限核对"
          style={{ width: 150 }}
          value={q.mismatch}
          onChange={(v) => set({ mismatch: v })}
          options={[
            { value: "true", label: "与扣除审限不一致" },
            { value: "false", label: "一致或无须核对" },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="案号"
          style={{ width: 220 }}
          onSearch={(v) => set({ q: v || undefined })}
        />
        {canEdit ? (
          <Button type="primary" onClick={() => setDialog({ row: null })}>
            登记鉴定
          </Button>
        ) : null}
      </Space>
      {data ? (
        <Typography.Paragraph type="secondary">
          共 {data.counts.total} 项，超过时限 {data.counts.overdue} 项，进行中 {data.counts.running}{" "}
          项，与扣除审限不一致 {data.counts.mismatch} 项。时限：自委托日期次日起 {data.limitWorkingDays}{" "}
          个工作日（按国务院公布的节假日和调休计算），经鉴定机构负责人批准可延长不超过{" "}
          {data.extensionWorkingDays} 个工作日（司法部《司法鉴定程序通则》第二十八条）。
        </Typography.Paragraph>
      ) : null}
      <Table<AppraisalRow>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={{
          current: q.page,
          pageSize: q.pageSize,
          total: data?.total ?? 0,
          onChange: (page, pageSize) => setQ((old) => ({ ...old, page, pageSize })),
        }}
      />
      <AppraisalDialog open={dialog !== null} row={dialog?.row ?? null} onClose={() => setDialog(null)} />
    </>
  );
}

function Comparison() {
  const cmp = useComparison({});
  const [drill, setDrill] = useState<{ quarter: string; kind: string; stage: string } | null>(null);
  const cases = useComparisonCases(drill);
  const cells = cmp.data?.cells ?? [];
  const drillable = (v: React.ReactNode, c: ComparisonCell) => (
    <Button
      type="link"
      size="small"
      onClick={() => setDrill({ quarter: c.quarter, kind: c.kind, stage: c.stage })}
    >
      {v}
    </Button>
  );
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="诉前鉴定与诉中鉴定对比"
        description={`按委托日期所在季度和鉴定类型，比较诉前鉴定（经诉前调解案号委托，之后立案的案件以原审案号关联该诉前调解案号）与诉中鉴定的案件：自委托鉴定至结案的平均自然日、平均扣除审限天数、长期未结（立案至结案或至今满 ${cmp.data?.longPendingDays ?? 365} 天）的比例。点击件数查看案件。`}
      />
      <Table<ComparisonCell>
        rowKey={(c) => `${c.quarter}|${c.kind}|${c.stage}`}
        size="small"
        loading={cmp.isFetching}
        dataSource={cells}
        pagination={false}
        columns={[
          { title: "季度", dataIndex: "quarter", render: (v: string) => v.replace("Q", "年第") + "季度" },
          { title: "鉴定类型", dataIndex: "kind" },
          {
            title: "阶段",
            dataIndex: "stage",
            render: (v: string) => <Tag color={v === "诉前" ? "blue" : "purple"}>{v}</Tag>,
          },
          { title: "案件数", dataIndex: "cases", render: (v: number, c) => drillable(v, c) },
          { title: "已结", dataIndex: "closed" },
          { title: "委托至结案（平均）", dataIndex: "meanDaysToClose", render: days },
          { title: "扣除审限（平均）", dataIndex: "meanExcludedDays", render: days },
          { title: "长期未结占比", dataIndex: "longPendingShare", render: percent },
        ]}
      />
      <Drawer
        open={drill !== null}
        width={900}
        title={
          drill ? `${drill.quarter.replace("Q", "年第")}季度 ${drill.kind} ${drill.stage}鉴定的案件` : ""
        }
        onClose={() => setDrill(null)}
      >
        <Table
          rowKey="caseNumber"
          size="small"
          loading={cases.isFetching}
          dataSource={cases.data?.rows ?? []}
          pagination={false}
          columns={[
            { title: "案号", dataIndex: "caseNumber" },
            { title: "承办部门", dataIndex: "division" },
            { title: "承办人", dataIndex: "judge" },
            { title: "委托日期", dataIndex: "commissionedOn" },
            { title: "立案日期", dataIndex: "filedOn" },
            { title: "结案日期", dataIndex: "closedOn", render: (v: string | null) => v ?? "未结" },
            { title: "委托至结案", dataIndex: "daysToClose", render: days },
            { title: "扣除审限", dataIndex: "excludedDays", render: (v: number) => `${v} 天` },
            {
              title: "长期未结",
              dataIndex: "longPending",
              render: (v: boolean) => (v ? <Tag color="red">是</Tag> : "否"),
            },
          ]}
        />
      </Drawer>
    </>
  );
}

export default function AppraisalsPage() {
  const [tab, setTab] = useState("register");
  return (
    <Card title="鉴定登记">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: "register", label: "鉴定台账", children: <Register /> },
          { key: "comparison", label: "诉前与诉中对比", children: <Comparison /> },
        ]}
      />
    </Card>
  );
}
