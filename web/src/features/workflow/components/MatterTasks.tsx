/** A matter's tasks (待办): for whom, what, by when, working days left — overdue in red. */
import { Table, type TableColumnsType, Tag, Typography } from "antd";
import { formatDate, formatDateTime } from "../../../shared/format";
import type { TaskRow } from "../types";

export const TASK_STATE_NAMES: Record<string, string> = { open: "待办", done: "已办", cancelled: "已撤销" };
const TASK_STATE_COLORS: Record<string, string> = {
  open: "processing",
  done: "success",
  cancelled: "default",
};

/** Working days left on the legal calendar, in words: red when overdue, orange within two days. */
export function WorkingDaysLeft({ value }: { value: number | null }) {
  if (value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  if (value < 0)
    return (
      <span style={{ color: "#cf1322", fontWeight: 600 }} data-testid="days-left" data-overdue="1">
        逾期 {-value} 个工作日
      </span>
    );
  return (
    <span style={{ color: value <= 2 ? "#d46b08" : undefined }} data-testid="days-left">
      {value === 0 ? "今日到期" : `剩余 ${value} 个工作日`}
    </span>
  );
}

export function MatterTasks({ tasks }: { tasks: readonly TaskRow[] }) {
  const columns: TableColumnsType<TaskRow> = [
    { title: "待办事项", dataIndex: "title", width: 180 },
    { title: "办理人", dataIndex: "assignee", width: 180 },
    { title: "期限", dataIndex: "dueOn", width: 130, render: (v: string | null) => formatDate(v) },
    {
      title: "剩余工作日",
      dataIndex: "workingDaysLeft",
      width: 140,
      render: (v: number | null) => <WorkingDaysLeft value={v} />,
    },
    {
      title: "状态",
      dataIndex: "state",
      width: 90,
      render: (s: string) => <Tag color={TASK_STATE_COLORS[s]}>{TASK_STATE_NAMES[s] ?? s}</Tag>,
    },
    {
      title: "办结",
      key: "closed",
      width: 200,
      render: (_: unknown, t) => (t.closedAt ? `${t.closedBy ?? ""} ${formatDateTime(t.closedAt)}` : "—"),
    },
  ];
  return (
    <Table<TaskRow>
      size="small"
      rowKey="id"
      dataSource={[...tasks]}
      columns={columns}
      pagination={false}
      scroll={{ x: 900 }}
      rowClassName={(t) => (t.state === "open" && (t.workingDaysLeft ?? 0) < 0 ? "row-overdue" : "")}
      locale={{ emptyText: "没有待办" }}
      data-testid="matter-tasks"
    />
  );
}
