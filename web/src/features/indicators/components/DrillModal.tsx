/**
 * The case list behind a figure (/api/indicators/drill): the same predicate as the figure, so the
 * list's total equals the numerator (or the denominator). Server-side paging and sorting; export
 * of the visible page or of every row.
 */
import { WarningOutlined } from "@ant-design/icons";
import { Modal, Segmented, Space, Table, type TableProps, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { errorMessage } from "../../../shared/api/client";
import type {
  DrillPart,
  DrillQuery,
  DrillRow,
  Figure,
  Grouping,
  IndicatorInfo,
} from "../../../shared/api/types";
import { ExportButtons } from "../../../shared/components/ExportButtons";
import {
  formatCount,
  formatDate,
  formatPeriod,
  formatValue,
  STATUS_COLORS,
  STATUS_NAMES,
} from "../../../shared/format";
import { exportDrill as downloadDrill, useDrill } from "../api";

export interface DrillTarget {
  indicator: IndicatorInfo;
  from: string;
  to: string;
  by?: Grouping;
  group?: string;
  /** Shown to people: 全院, a division, a judge, a month … */
  groupLabel: string;
  division?: string;
  judge?: string;
  figure: Figure;
  part: DrillPart;
}

/** Which part a click on the figure's value opens, and whether the other part may be chosen. */
export function drillParts(info: IndicatorInfo): { initial: DrillPart; toggle: boolean } {
  switch (info.kind) {
    case "count":
      return { initial: "numerator", toggle: false };
    case "mean":
    case "median":
    case "p90":
      return { initial: "denominator", toggle: false };
    default:
      return { initial: "numerator", toggle: true };
  }
}

/** The count a drill-down part should list (numerator or denominator; a mean's sum lists its cases). */
export function expectedTotal(info: IndicatorInfo, figure: Figure, part: DrillPart): number | null {
  if (part === "denominator") return figure.denominator;
  if (info.kind === "count") return figure.value ?? figure.numerator;
  return figure.numerator;
}

const PART_NAMES: Record<DrillPart, string> = { numerator: "分子", denominator: "分母" };

type SortField = NonNullable<DrillQuery["sort"]>;

export function DrillModal({ target, onClose }: { target: DrillTarget | null; onClose: () => void }) {
  const [part, setPart] = useState<DrillPart>("numerator");
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [sort, setSort] = useState<{ field: SortField; order: "asc" | "desc" } | null>(null);

  // A new figure opens on its own part, first page, unsorted (state adjusted while rendering, so
  // the previous figure's page is never asked for the new one).
  const [shown, setShown] = useState<DrillTarget | null>(null);
  if (target !== shown) {
    setShown(target);
    if (target) {
      setPart(target.part);
      setPage(1);
      setSort(null);
    }
  }

  const query: DrillQuery | null = target
    ? {
        indicator: target.indicator.id,
        part,
        from: target.from,
        to: target.to,
        by: target.by,
        group: target.group,
        division: target.division,
        judge: target.judge,
        page,
        pageSize,
        sort: sort?.field,
        order: sort?.order,
      }
    : null;
  const list = useDrill(query);
  const rows: DrillRow[] = list.data?.rows ?? [];
  const total = list.data?.total ?? null;
  const loading = list.isFetching;
  const error = list.error ? errorMessage(list.error) : null;

  if (!target || !query) return null;
  const info = target.indicator;
  const { toggle } = drillParts(info);
  const exportDrill = (which: "page" | "all") => {
    const q = { ...query };
    if (which === "all") {
      delete q.page;
      delete q.pageSize;
    }
    return downloadDrill(q);
  };
  const expected = expectedTotal(info, target.figure, part);
  const mismatch = total !== null && expected !== null && total !== expected;

  const sortOrder = (field: SortField) =>
    sort?.field === field ? (sort.order === "asc" ? ("ascend" as const) : ("descend" as const)) : null;

  const columns: TableProps<DrillRow>["columns"] = [
    {
      title: "案号",
      dataIndex: "caseNumber",
      key: "case_number",
      sorter: true,
      sortOrder: sortOrder("case_number"),
      width: 230,
      fixed: "left",
      render: (v: string, r) => (
        <Link to={`/cases/${r.id}`} onClick={onClose} data-testid="drill-case-link">
          {v}
        </Link>
      ),
    },
    { title: "案由", dataIndex: "cause", width: 150, ellipsis: true, render: (v) => v ?? "—" },
    {
      title: "承办部门",
      dataIndex: "division",
      key: "division",
      sorter: true,
      sortOrder: sortOrder("division"),
      width: 130,
      ellipsis: true,
    },
    {
      title: "承办人",
      dataIndex: "judge",
      key: "judge",
      sorter: true,
      sortOrder: sortOrder("judge"),
      width: 90,
    },
    { title: "审理程序", dataIndex: "procedure", width: 100 },
    {
      title: "立案日期",
      dataIndex: "filedOn",
      key: "filed_on",
      sorter: true,
      sortOrder: sortOrder("filed_on"),
      width: 130,
      render: formatDate,
    },
    {
      title: "结案日期",
      dataIndex: "closedOn",
      key: "closed_on",
      sorter: true,
      sortOrder: sortOrder("closed_on"),
      width: 130,
      render: formatDate,
    },
    { title: "结案方式", dataIndex: "closureMode", width: 90, render: (v) => v ?? "—" },
    {
      title: "审限届满日",
      dataIndex: "deadline",
      key: "deadline",
      sorter: true,
      sortOrder: sortOrder("deadline"),
      width: 130,
      render: formatDate,
    },
    {
      title: "审限状态",
      dataIndex: "status",
      width: 110,
      render: (s: string) => <Tag color={STATUS_COLORS[s] ?? "default"}>{STATUS_NAMES[s] ?? s}</Tag>,
    },
    {
      title: "剩余天数",
      dataIndex: "daysLeft",
      key: "days_left",
      sorter: true,
      sortOrder: sortOrder("days_left"),
      width: 100,
      align: "right",
      render: (v: number | null) =>
        v === null ? (
          "—"
        ) : (
          <span style={{ color: v < 0 ? "#cf1322" : v <= 5 ? "#d46b08" : undefined }}>{v}</span>
        ),
    },
    {
      title: "审理天数",
      dataIndex: "durationDays",
      key: "duration_days",
      sorter: true,
      sortOrder: sortOrder("duration_days"),
      width: 100,
      align: "right",
      render: (v: number | null) => (v === null ? "—" : v),
    },
    {
      title: "自然天数",
      dataIndex: "naturalDays",
      key: "natural_days",
      sorter: true,
      sortOrder: sortOrder("natural_days"),
      width: 100,
      align: "right",
    },
    { title: "延长", dataIndex: "extensionCount", width: 60, align: "right" },
    { title: "扣除天数", dataIndex: "excludedDays", width: 90, align: "right" },
  ];

  return (
    <Modal
      open
      onCancel={onClose}
      footer={null}
      width="min(1280px, 96vw)"
      destroyOnHidden
      title={
        <Space wrap size={8}>
          <span>{info.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {target.groupLabel} · {formatPeriod(target.from, target.to)}
          </Typography.Text>
        </Space>
      }
    >
      <div data-testid="drill-modal">
        <div
          style={{
            display: "flex",
            justifyContent: "space-between",
            alignItems: "center",
            marginBottom: 12,
            gap: 12,
          }}
        >
          <Space wrap size={12}>
            <span>
              指标值 <b>{formatValue(target.figure.value, info.unit)}</b>
              {info.unit !== "%" ? ` ${info.unit}` : ""}
            </span>
            {toggle ? (
              <Segmented<DrillPart>
                value={part}
                onChange={(v) => {
                  setPart(v);
                  setPage(1);
                }}
                options={[
                  { value: "numerator", label: `分子 ${formatCount(target.figure.numerator)}` },
                  { value: "denominator", label: `分母 ${formatCount(target.figure.denominator)}` },
                ]}
                data-testid="drill-part"
              />
            ) : null}
            <span>
              {toggle ? `${PART_NAMES[part]}案件` : "案件"}共{" "}
              <b data-testid="drill-total" style={{ fontSize: 16 }}>
                {total === null ? "…" : formatCount(total)}
              </b>{" "}
              件
            </span>
            {mismatch ? (
              <Tooltip
                title={`指标${PART_NAMES[part]}为 ${formatCount(expected)} 件，数据可能已刷新，请重新查询`}
              >
                <Tag color="red" icon={<WarningOutlined />}>
                  与指标不一致
                </Tag>
              </Tooltip>
            ) : null}
          </Space>
          <Space>
            <ExportButtons total={total} testIdPrefix="drill" onExport={exportDrill} />
          </Space>
        </div>
        {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
        <Table<DrillRow>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 1700, y: "calc(100vh - 360px)" }}
          data-testid="drill-table"
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
            const field = s?.order ? (s.columnKey as SortField) : undefined;
            const nextSort = field
              ? { field, order: s?.order === "descend" ? ("desc" as const) : ("asc" as const) }
              : null;
            const sortChanged = JSON.stringify(nextSort) !== JSON.stringify(sort);
            setSort(nextSort);
            setPageSize(pg.pageSize ?? 20);
            setPage(sortChanged ? 1 : (pg.current ?? 1));
          }}
        />
      </div>
    </Modal>
  );
}
