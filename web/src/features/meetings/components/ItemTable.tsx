/** A list of 上会事项: the case, the meeting kind, where it came from, its state, meeting and result. */
import { Table, type TableColumnsType, Tag } from "antd";
import { Link } from "react-router";
import { formatDate } from "../../../shared/format";
import type { ItemRow } from "../api";

const STATE_COLORS: Record<string, string> = {
  waiting: "processing",
  scheduled: "blue",
  discussed: "gold",
  "not-adopted": "warning",
  adopted: "success",
  "referred-committee": "magenta",
  closed: "default",
  decided: "success",
};

export function ItemTable({
  rows,
  loading,
  testId,
}: {
  rows: ItemRow[];
  loading?: boolean;
  testId?: string;
}) {
  const columns: TableColumnsType<ItemRow> = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      width: 200,
      render: (v: string | null, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{v}</Link> : v),
    },
    { title: "会议", dataIndex: "meetingKindName", width: 120 },
    { title: "承办人", key: "judge", width: 160, render: (_, r) => `${r.judge}（${r.division}）` },
    { title: "来源", dataIndex: "source", width: 150 },
    {
      title: "状态",
      dataIndex: "stateLabel",
      width: 170,
      render: (label: string, r) => (
        <Link to={`/matters/${r.matterId}`}>
          <Tag color={STATE_COLORS[r.state] ?? "default"} data-testid="meeting-item-state">
            {label}
          </Tag>
        </Link>
      ),
    },
    { title: "提请日期", dataIndex: "openedOn", width: 110, render: formatDate },
    {
      title: "会议",
      key: "meeting",
      width: 200,
      render: (_, r) =>
        r.meetingId ? (
          <Link to={`/meetings/${r.meetingId}`}>{`${r.meetingTitle}（${formatDate(r.meetingDate)}）`}</Link>
        ) : (
          "—"
        ),
    },
    { title: "讨论结果", dataIndex: "result", ellipsis: true, render: (v: string | null) => v ?? "—" },
    {
      title: "合议庭采纳",
      dataIndex: "adoption",
      width: 160,
      ellipsis: true,
      render: (v: string | null) => v ?? "—",
    },
  ];
  return (
    <Table
      rowKey="matterId"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1400 }}
      locale={{ emptyText: "没有事项" }}
      data-testid={testId}
    />
  );
}
