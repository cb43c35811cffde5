/**
 * 考核结果: units × items. Each cell shows the item's points and the unit's value of the
 * indicator; hovering it shows the sentence that explains the points; the value opens the cases
 * behind it (the indicator's case list for that unit and period).
 */
import { Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import type { IndicatorInfo } from "../../../shared/api/types";
import { formatValue } from "../../../shared/format";
import { drillPageUrl, drillParts } from "../../indicators/components/DrillModal";
import type { AssessmentResult, AssessmentUnit } from "../types";

const points = (p: number | null) => (p === null ? "不计分" : p.toFixed(2));

export function ResultsTable({
  result,
  catalogue,
  loading,
}: {
  result: AssessmentResult;
  catalogue: Map<string, IndicatorInfo>;
  loading: boolean;
}) {
  const first = result.units[0];
  const items = first?.items ?? [];
  const columns: TableColumnsType<AssessmentUnit> = [
    {
      title: result.by === "judge" ? "部门 / 承办人" : "部门",
      dataIndex: "key",
      key: "key",
      fixed: "left",
      width: 180,
      sorter: (a, b) => a.key.localeCompare(b.key, "zh-CN"),
    },
    ...items.map((it, i) => {
      const info = catalogue.get(it.indicator);
      return {
        title: (
          <span>
            {info?.name ?? it.indicator}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {it.weight} 分
            </Typography.Text>
          </span>
        ),
        key: it.indicator,
        width: 120,
        align: "right" as const,
        sorter: (a: AssessmentUnit, b: AssessmentUnit) =>
          (a.items[i]?.points ?? -1) - (b.items[i]?.points ?? -1),
        render: (_: unknown, u: AssessmentUnit) => {
          const cell = u.items[i];
          if (!cell) return null;
          const part = info ? drillParts(info).initial : "numerator";
          const href = drillPageUrl({
            indicator: cell.indicator,
            part,
            from: result.from,
            to: result.to,
            by: result.by,
            group: u.key,
            groupLabel: u.key,
          });
          return (
            <Tooltip title={cell.explanation}>
              <div data-testid="score-cell" data-unit={u.key} data-indicator={cell.indicator}>
                <div style={{ fontWeight: 500, color: cell.scored ? undefined : "#999" }}>
                  {points(cell.points)}
                </div>
                {cell.value === null ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    无数据
                  </Typography.Text>
                ) : (
                  <Link to={href} style={{ fontSize: 12 }} data-testid="score-value">
                    {formatValue(cell.value, info?.unit ?? "件")}
                    {info?.unit === "天" ? " 天" : info?.unit === "件" ? " 件" : ""}
                  </Link>
                )}
              </div>
            </Tooltip>
          );
        },
      };
    }),
    {
      title: "总分",
      key: "total",
      fixed: "right",
      width: 90,
      align: "right",
      sorter: (a, b) => (a.total ?? -1) - (b.total ?? -1),
      render: (_: unknown, u) => (
        <Tooltip title={u.total === null ? "没有可计分的项目" : "100 × 各计分项得分之和 ÷ 各计分项权重之和"}>
          <strong data-testid="score-total">{u.total === null ? "—" : u.total.toFixed(2)}</strong>
        </Tooltip>
      ),
    },
  ];
  return (
    <Table<AssessmentUnit>
      rowKey="key"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={result.units}
      pagination={false}
      scroll={{ x: 180 + items.length * 120 + 90 }}
      data-testid="assessment-table"
    />
  );
}
