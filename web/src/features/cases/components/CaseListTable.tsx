/**
 * Every case list on screen (a figure's cases, the case search, 我的在办案件): 案号 first and fixed,
 * then how urgent the case is (审限状态, 剩余/超期天数 — "已超 128 天"), its open alerts when the
 * list has them, then every other column, reachable by scrolling sideways. Sorted on the server;
 * with no sort chosen the list is the most urgent first, shown on the 剩余/超期天数 column.
 */
import { Space, Table, type TableProps, Tag, Tooltip, Typography } from "antd";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { CaseListRow, CaseSearchRow } from "../../../shared/api/types";
import {
  formatCount,
  formatDate,
  formatDaysLeft,
  SEVERITY_COLORS,
  SEVERITY_NAMES,
  SEVERITY_ORDER,
  STATUS_COLORS,
  STATUS_NAMES,
} from "../../../shared/format";

export interface CaseSort {
  field: string;
  order: "asc" | "desc";
}

/** The order the server uses when none is asked for: the most urgent first. */
export const URGENCY = "urgency";

type Row = CaseListRow & Partial<Pick<CaseSearchRow, "alerts">>;

/** Days to the deadline in words, red when overdue, orange within five days. */
export function DaysLeft({ value }: { value: number | null }) {
  const color = value === null ? undefined : value < 0 ? "#cf1322" : value <= 5 ? "#d46b08" : undefined;
  return (
    <span className="num" style={{ color, fontWeight: value !== null && value < 0 ? 600 : undefined }}>
      {formatDaysLeft(value)}
    </span>
  );
}

/** A case's open alerts: one tag per level present (一级 first), the unacknowledged ones named. */
export function AlertBadges({ alerts }: { alerts: CaseSearchRow["alerts"] }) {
  if (alerts.open === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  const levels = SEVERITY_ORDER.filter((s) => alerts.bySeverity[s] > 0);
  return (
    <Tooltip
      title={`未消除预警 ${alerts.open} 条${alerts.unacknowledged ? `，其中未处理 ${alerts.unacknowledged} 条` : ""}：${levels
        .map((s) => `${SEVERITY_NAMES[s]} ${alerts.bySeverity[s]} 条`)
        .join("、")}`}
    >
      <Space size={2} wrap={false} data-testid="case-alert-badges">
        {levels.map((s) => (
          <Tag key={s} color={SEVERITY_COLORS[s]} style={{ marginInlineEnd: 0 }} data-severity={s}>
            {(SEVERITY_NAMES[s] ?? s).slice(0, 2)} {alerts.bySeverity[s]}
          </Tag>
        ))}
      </Space>
    </Tooltip>
  );
}

export function CaseListTable({
  rows,
  total,
  loading,
  page,
  pageSize,
  sort,
  sortable,
  onChange,
  onOpenCase,
  testId,
  scrollY,
  expandedRow,
}: {
  rows: Row[];
  total: number | null;
  loading: boolean;
  page: number;
  pageSize: number;
  /** null: the server's default, the most urgent first. */
  sort: CaseSort | null;
  /** The sort keys the list's API accepts. */
  sortable: readonly string[];
  onChange: (next: { page: number; pageSize: number; sort: CaseSort | null }) => void;
  /** Called when a case is opened (a dialog closes itself). */
  onOpenCase?: () => void;
  testId: string;
  scrollY?: string | number;
  /** Shown under a row when it is expanded (案-件比's list: the dispute's chain of cases). */
  expandedRow?: (row: Row) => ReactNode;
}) {
  const withAlerts = rows.some((r) => r.alerts !== undefined);
  const can = (key: string) => sortable.includes(key);
  const sortOrder = (key: string) => {
    const current = sort ?? { field: URGENCY, order: "asc" as const };
    return current.field === key
      ? current.order === "asc"
        ? ("ascend" as const)
        : ("descend" as const)
      : null;
  };
  const sorted = (key: string) => (can(key) ? { sorter: true, sortOrder: sortOrder(key) } : {});

  const columns: TableProps<Row>["columns"] = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      key: "case_number",
      width: 220,
      fixed: "left",
      ...sorted("case_number"),
      render: (v: string, r) => (
        <Link to={`/cases/${r.id}`} onClick={onOpenCase} data-testid={`${testId}-case-link`}>
          {v}
        </Link>
      ),
    },
    {
      title: "审限状态",
      dataIndex: "status",
      key: "status",
      width: 108,
      render: (s: string) => <Tag color={STATUS_COLORS[s] ?? "default"}>{STATUS_NAMES[s] ?? s}</Tag>,
    },
    {
      title: "剩余/超期天数",
      dataIndex: "daysLeft",
      key: URGENCY,
      width: 128,
      ...sorted(URGENCY),
      render: (v: number | null) => <DaysLeft value={v} />,
    },
    ...(withAlerts
      ? [
          {
            title: "预警",
            key: "alerts",
            width: 150,
            render: (_: unknown, r: Row) => (r.alerts ? <AlertBadges alerts={r.alerts} /> : null),
          },
        ]
      : []),
    { title: "承办部门", dataIndex: "division", key: "division", width: 140, ...sorted("division") },
    { title: "承办人", dataIndex: "judge", key: "judge", width: 90, ...sorted("judge") },
    { title: "案由", dataIndex: "cause", key: "cause", width: 170, render: (v) => v ?? "—" },
    { title: "审理程序", dataIndex: "procedure", key: "procedure", width: 100 },
    {
      title: "立案日期",
      dataIndex: "filedOn",
      key: "filed_on",
      width: 130,
      ...sorted("filed_on"),
      render: formatDate,
    },
    {
      title: "结案日期",
      dataIndex: "closedOn",
      key: "closed_on",
      width: 130,
      ...sorted("closed_on"),
      render: formatDate,
    },
    { title: "结案方式", dataIndex: "closureMode", key: "closure_mode", width: 90, render: (v) => v ?? "—" },
    {
      title: "审限届满日",
      dataIndex: "deadline",
      key: "deadline",
      width: 130,
      ...sorted("deadline"),
      render: formatDate,
    },
    {
      title: "审理天数",
      dataIndex: "durationDays",
      key: "duration_days",
      width: 100,
      align: "right",
      ...sorted("duration_days"),
      render: (v: number | null) => (v === null ? "—" : v),
    },
    {
      title: "自然天数",
      dataIndex: "naturalDays",
      key: "natural_days",
      width: 100,
      align: "right",
      ...sorted("natural_days"),
    },
    { title: "延长次数", dataIndex: "extensionCount", key: "extension_count", width: 86, align: "right" },
    { title: "扣除天数", dataIndex: "excludedDays", key: "excluded_days", width: 86, align: "right" },
    {
      title: "二审结果",
      dataIndex: "appealOutcome",
      key: "appeal_outcome",
      width: 100,
      render: (v) => v ?? "—",
    },
  ];
  const width = columns.reduce((n, c) => n + Number(c.width ?? 100), 0);

  return (
    <Table<Row>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      columns={columns}
      scroll={{ x: width, y: scrollY }}
      data-testid={testId}
      locale={{ emptyText: "没有符合条件的案件" }}
      expandable={expandedRow ? { expandedRowRender: expandedRow } : undefined}
      pagination={{
        current: page,
        pageSize,
        total: total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (t) => `共 ${formatCount(t)} 件`,
        size: "small",
      }}
      onChange={(pg, _filters, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        const field = s?.order ? String(s.columnKey) : undefined;
        const next: CaseSort | null = field
          ? { field, order: s?.order === "descend" ? "desc" : "asc" }
          : null;
        // The default (most urgent first) needs no parameter.
        const normal = next && next.field === URGENCY && next.order === "asc" ? null : next;
        const changed = JSON.stringify(normal) !== JSON.stringify(sort);
        onChange({ page: changed ? 1 : (pg.current ?? 1), pageSize: pg.pageSize ?? pageSize, sort: normal });
      }}
    />
  );
}
