/**
 * 并案审理: the groups of pending cases the court may try together — one party (原告) against many,
 * or many against one party (被告), one cause, filed within the window — with their judges,
 * divisions, total amount and filing span; a row expands to its cases (links to the case page); 提议并案
 * sends a group to the chief of its main division (the matter page takes it from there) — only for
 * today's groups: a proposal concerns the cases as they stand now.
 */
import {
  Button,
  Card,
  DatePicker,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import { formatDate, formatYuan } from "../../../shared/format";
import { type BatchQuery, type BatchRow, useBatches, useBatchSettings } from "../api";
import { BatchSettingsDialog } from "../components/BatchSettingsDialog";
import { ProposeBatchDialog } from "../components/ProposeBatchDialog";

type CaseRow = BatchRow["cases"][number];

const PROPOSAL_COLORS: Record<string, string> = {
  proposed: "gold",
  approved: "green",
  rejected: "default",
  withdrawn: "default",
};

export default function BatchesPage() {
  const [q, setQ] = useState<BatchQuery>({});
  const [proposing, setProposing] = useState<BatchRow | null>(null);
  const [editing, setEditing] = useState(false);
  const settings = useBatchSettings();
  const canEdit = settings.data?.actions.includes("edit-batch-settings") ?? false;
  const list = useBatches(q);
  const rows = list.data?.rows ?? [];
  const set = (patch: Partial<BatchQuery>) => setQ((old) => ({ ...old, ...patch }));
  const causes = [...new Set(rows.map((r) => r.cause))].sort();
  const divisions = [...new Set(rows.flatMap((r) => r.divisions.map((d) => d.division)))].sort();
  const s = list.data?.settings;

  const columns: TableColumnsType<BatchRow> = [
    {
      title: "类型",
      dataIndex: "sideName",
      render: (v: string) => (
        <Tag color={v === "原告" ? "blue" : "purple"}>{v === "原告" ? "同一原告" : "同一被告"}</Tag>
      ),
    },
    { title: "当事人", dataIndex: "party" },
    { title: "案由", dataIndex: "cause" },
    { title: "件数", dataIndex: "caseCount", align: "right" },
    {
      title: "承办人",
      key: "judges",
      render: (_: unknown, r) => (
        <Tooltip title={r.judges.map((j) => `${j.division}${j.judge}：${j.cases} 件`).join("；")}>
          <span>
            {r.judges.length} 人（
            {r.judges
              .slice(0, 3)
              .map((j) => j.judge)
              .join("、")}
            {r.judges.length > 3 ? "等" : ""}）
          </span>
        </Tooltip>
      ),
    },
    {
      title: "承办部门",
      key: "divisions",
      render: (_: unknown, r) => r.divisions.map((d) => `${d.division}（${d.cases}）`).join("、"),
    },
    {
      title: "标的额合计",
      dataIndex: "totalAmountFen",
      align: "right",
      render: (v: number, r) => (
        <Tooltip title={r.amountMissing > 0 ? `另有 ${r.amountMissing} 件未录入标的额` : undefined}>
          {formatYuan(v / 100)}
        </Tooltip>
      ),
    },
    {
      title: "立案日期",
      key: "span",
      render: (_: unknown, r) =>
        `${formatDate(r.firstFiledOn)} 至 ${formatDate(r.lastFiledOn)}（${r.spanDays} 日）`,
    },
    {
      title: "并案建议",
      key: "proposal",
      render: (_: unknown, r) =>
        r.proposal ? (
          <Link to={`/matters/${r.proposal.matterId}`}>
            <Tag color={PROPOSAL_COLORS[r.proposal.state]}>{r.proposal.stateName}</Tag>
          </Link>
        ) : r.actions.includes("propose-batch") && !q.asOf ? (
          <Button size="small" type="primary" onClick={() => setProposing(r)} data-testid="batch-propose">
            提议并案
          </Button>
        ) : (
          "—"
        ),
    },
  ];

  const caseColumns: TableColumnsType<CaseRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      render: (v: string, c) => <Link to={`/cases/${c.id}`}>{v}</Link>,
    },
    { title: "立案日期", dataIndex: "filedOn", render: (v: string) => formatDate(v) },
    { title: "承办部门", dataIndex: "division" },
    { title: "承办人", dataIndex: "judge" },
    { title: "原告", dataIndex: "plaintiffs", render: (v: string | null) => v ?? "—" },
    { title: "被告", dataIndex: "defendants", render: (v: string | null) => v ?? "—" },
    {
      title: "标的额",
      dataIndex: "amountFen",
      align: "right",
      render: (v: number | null) => (v === null ? "未录入" : formatYuan(v / 100)),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        并案审理
      </Typography.Title>
      <Typography.Text type="secondary">
        同一原告起诉多人或多人起诉同一被告、案由相同、立案相距不超过 {s?.windowDays ?? 90} 日、至少{" "}
        {s?.minCases ?? 5} 件的未结民事一审案件（截至 {formatDate(list.data?.asOf)}
        ）。诉讼标的属同一种类、经当事人同意的， 可以合并审理（民事诉讼法第五十五条）。
      </Typography.Text>
      <Card size="small">
        <Space wrap>
          <Select
            allowClear
            placeholder="类型"
            style={{ width: 140 }}
            value={q.side}
            onChange={(v) => set({ side: v })}
            options={[
              { value: "plaintiff", label: "同一原告" },
              { value: "defendant", label: "同一被告" },
            ]}
          />
          <Select
            allowClear
            showSearch
            placeholder="案由"
            style={{ width: 200 }}
            value={q.cause}
            onChange={(v) => set({ cause: v })}
            options={causes.map((c) => ({ value: c, label: c }))}
          />
          <Select
            allowClear
            placeholder="承办部门"
            style={{ width: 180 }}
            value={q.division}
            onChange={(v) => set({ division: v })}
            options={divisions.map((d) => ({ value: d, label: d }))}
          />
          <DatePicker
            placeholder="截至日期（默认今天）"
            style={{ width: 190 }}
            value={q.asOf ? dayjs(q.asOf) : null}
            onChange={(d) => set({ asOf: d ? d.format("YYYY-MM-DD") : undefined })}
            data-testid="batches-as-of"
          />
          <Typography.Text>
            共 {list.data?.total ?? 0} 组，涉及 {list.data?.cases ?? 0} 件
          </Typography.Text>
          {canEdit ? (
            <Button onClick={() => setEditing(true)} data-testid="batch-settings">
              设置
            </Button>
          ) : null}
        </Space>
      </Card>
      {list.error ? <Typography.Text type="danger">{errorMessage(list.error)}</Typography.Text> : null}
      <Table<BatchRow>
        rowKey="key"
        size="small"
        loading={list.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: true, showTotal: (n) => `共 ${n} 组` }}
        expandable={{
          expandedRowRender: (r) => (
            <Table<CaseRow>
              rowKey="id"
              size="small"
              columns={caseColumns}
              dataSource={r.cases}
              pagination={r.cases.length > 50 ? { pageSize: 50 } : false}
            />
          ),
        }}
        data-testid="batches-table"
      />
      <BatchSettingsDialog
        open={editing}
        settings={settings.data?.settings}
        onClose={() => setEditing(false)}
      />
      <ProposeBatchDialog row={proposing} basis={list.data?.basis ?? []} onClose={() => setProposing(null)} />
    </Space>
  );
}
