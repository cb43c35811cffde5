/** A list of meetings: day and time, title (a link to the meeting), chair, place, items, status. */
import { Table, type TableColumnsType, Tag } from "antd";
import { Link } from "react-router";
import { formatDate } from "../../../shared/format";
import type { Meeting } from "../api";

export function MeetingTable({
  rows,
  loading,
  testId,
}: {
  rows: Meeting[];
  loading?: boolean;
  testId?: string;
}) {
  const columns: TableColumnsType<Meeting> = [
    {
      title: "日期",
      key: "day",
      width: 150,
      render: (_, m) => `${formatDate(m.scheduledOn)} ${m.startTime}`,
    },
    {
      title: "会议",
      dataIndex: "title",
      render: (v: string, m) => <Link to={`/meetings/${m.id}`}>{v}</Link>,
    },
    { title: "类型", dataIndex: "kindName", width: 120 },
    { title: "主持人", dataIndex: "chairName", width: 110 },
    { title: "地点", dataIndex: "place", width: 150 },
    { title: "议题", key: "items", width: 70, render: (_, m) => m.agenda.length },
    {
      title: "状态",
      dataIndex: "statusName",
      width: 90,
      render: (v: string, m) => <Tag color={m.status === "held" ? "success" : "processing"}>{v}</Tag>,
    },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={rows}
      columns={columns}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: "没有会议" }}
      data-testid={testId}
    />
  );
}
