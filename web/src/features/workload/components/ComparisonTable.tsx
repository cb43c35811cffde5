/** 本庭与全院对比: each indicator's division figure, the court's, the difference and the range. */
import { Table, Tag, Typography } from "antd";
import { formatValue } from "../../../shared/format";
import type { ComparisonRow } from "../api";

function difference(r: ComparisonRow): string {
  if (r.difference === null) return "—";
  const sign = r.difference > 0 ? "+" : r.difference < 0 ? "−" : "";
  const abs = Math.abs(r.difference);
  // Shares differ in percentage points.
  if (r.unit === "%") return `${sign}${(abs * 100).toFixed(1)} 个百分点`;
  return `${sign}${formatValue(abs, r.unit)}`;
}

export function ComparisonTable({ rows }: { rows: ComparisonRow[] }) {
  return (
    <Table<ComparisonRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      data-testid="comparison-table"
      rowClassName={(r) => (r.assessment === "weak" ? "row-weak" : "")}
      onRow={(r) => ({ style: r.assessment === "weak" ? { background: "#fff1f0" } : undefined })}
      columns={[
        { title: "指标", dataIndex: "name" },
        {
          title: "本庭",
          dataIndex: "value",
          align: "right",
          render: (v: number | null, r) => formatValue(v, r.unit),
        },
        {
          title: "全院",
          dataIndex: "courtValue",
          align: "right",
          render: (v: number | null, r) => (
            <span>
              {formatValue(v, r.unit)}
              {r.basis === "per-division" ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {" "}
                  （各庭平均）
                </Typography.Text>
              ) : null}
            </span>
          ),
        },
        {
          title: "差值",
          key: "difference",
          align: "right",
          render: (_: unknown, r) => (
            <Typography.Text type={r.worse ? "danger" : undefined}>{difference(r)}</Typography.Text>
          ),
        },
        { title: "合理区间", dataIndex: "reference", render: (v: string | null) => v ?? "—" },
        {
          title: "评价",
          dataIndex: "assessment",
          render: (v: string) =>
            v === "weak" ? <Tag color="red">劣势</Tag> : v === "ok" ? <Tag color="green">达标</Tag> : "—",
        },
      ]}
    />
  );
}
