/**
 * Groups (divisions, judges, types …) × indicators for the chosen period and unit; sortable; weak
 * values in red; every cell opens its case list. The last row is the unit's total.
 */
import { Alert, Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { errorMessage } from "../../../shared/api/client";
import type { DrillPart, Grouping, IndicatorInfo, PanelFigure } from "../../../shared/api/types";
import { byDivisionOrder, CATEGORY_NAMES, formatCount, formatValue } from "../../../shared/format";
import type { PeriodChoice } from "../../../shared/period";
import { useIndicatorPanel } from "../api";
import { drillParts } from "./DrillModal";

interface Row {
  key: string;
  label: string;
  sub?: string;
  indicators: Record<string, PanelFigure>;
}

export function groupLabel(by: Grouping, key: string): { label: string; sub?: string } {
  if (by === "judge") {
    const i = key.indexOf(" / ");
    return i < 0 ? { label: key } : { label: key.slice(i + 3), sub: key.slice(0, i) };
  }
  if (by === "category") return { label: CATEGORY_NAMES[key] ?? key };
  return { label: key };
}

function sortValue(f: PanelFigure | undefined): number | null {
  if (!f) return null;
  return f.value;
}

export function GroupTable({
  period,
  by,
  ids,
  catalogue,
  filters,
  unitLabel,
  showDivision,
  divisionOrder,
  onDrill,
}: {
  period: PeriodChoice;
  by: Grouping;
  ids: string[];
  catalogue: Map<string, IndicatorInfo>;
  filters: { division?: string; judge?: string; court?: string };
  unitLabel: string;
  /** Show each judge's division beside the name (the whole court's judges). */
  showDivision: boolean;
  /** The court's order of its divisions (meta.divisionOrder): division rows, and judges by division. */
  divisionOrder: readonly string[];
  onDrill: (
    info: IndicatorInfo,
    figure: PanelFigure,
    part: DrillPart,
    group: string | undefined,
    label: string,
  ) => void;
}) {
  // The groups and the unit's total row, asked at the same time.
  const groupPanel = useIndicatorPanel({ from: period.from, to: period.to, by, ids, ...filters });
  const totalPanel = useIndicatorPanel({ from: period.from, to: period.to, by: "all", ids, ...filters });
  const groups = groupPanel.data;
  const total = totalPanel.data;
  const error = groupPanel.error ?? totalPanel.error;

  const rows: Row[] = (groups?.groups ?? []).map((g) => ({
    key: g.key,
    ...(g.name ? { label: g.name } : groupLabel(by, g.key)),
    indicators: g.indicators,
  }));
  // Divisions in the court's own order; judges by division in that order, then by name.
  const division = byDivisionOrder(divisionOrder);
  if (by === "division") rows.sort((a, b) => division(a.label, b.label));
  if (by === "judge")
    rows.sort((a, b) => division(a.sub ?? "", b.sub ?? "") || a.label.localeCompare(b.label, "zh-CN"));
  const totalRow = total?.groups[0]?.indicators;

  const cell = (
    info: IndicatorInfo,
    f: PanelFigure | undefined,
    group: string | undefined,
    label: string,
    testid: string,
  ) => {
    if (!f) return <span>—</span>;
    const { initial } = drillParts(info);
    const weak = f.assessment === "weak";
    const text = formatValue(f.value, info.unit);
    const tip =
      info.kind === "count"
        ? "点击查看案件清单"
        : `分子 ${formatCount(f.numerator)} / 分母 ${formatCount(f.denominator)}，点击查看案件清单`;
    if (f.value === null && info.kind !== "count" && initial === "numerator") {
      return <span className={weak ? "cell-weak" : undefined}>{text}</span>;
    }
    return (
      <Tooltip title={tip} mouseEnterDelay={0.4}>
        <button
          type="button"
          className={weak ? "link-button cell-weak" : "link-button"}
          onClick={() => onDrill(info, f, initial, group, label)}
          data-testid={testid}
          data-weak={weak ? "1" : undefined}
        >
          {text}
        </button>
      </Tooltip>
    );
  };

  const columns: TableColumnsType<Row> = [
    {
      title:
        { division: "部门", judge: "承办人", type: "类型代字", procedure: "审理程序", category: "案件类别" }[
          by as string
        ] ?? "分组",
      dataIndex: "label",
      key: "label",
      fixed: "left",
      width: by === "judge" && showDivision ? 190 : 150,
      sorter: (a, b) =>
        by === "division" ? division(a.label, b.label) : a.label.localeCompare(b.label, "zh-CN"),
      render: (_, r) => (
        <span>
          {r.label}
          {r.sub && showDivision ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {" "}
              · {r.sub}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    ...ids
      .map((id) => catalogue.get(id))
      .filter((i): i is IndicatorInfo => !!i)
      .map((info) => ({
        title: (
          <Tooltip title={info.definition}>
            <span>
              {info.name}
              {info.unit !== "件" && info.unit !== "比" ? (
                <span style={{ color: "#8c8c8c", fontWeight: 400 }}>（{info.unit}）</span>
              ) : null}
            </span>
          </Tooltip>
        ),
        key: info.id,
        width: 118,
        align: "right" as const,
        sorter: (a: Row, b: Row) => {
          const x = sortValue(a.indicators[info.id]);
          const y = sortValue(b.indicators[info.id]);
          if (x === null && y === null) return 0;
          if (x === null) return -1;
          if (y === null) return 1;
          return x - y;
        },
        render: (_: unknown, r: Row) =>
          cell(info, r.indicators[info.id], r.key, `${unitLabel} · ${r.label}`, `cell-${r.key}-${info.id}`),
      })),
  ];

  return (
    <>
      {error ? <Alert type="error" showIcon title={errorMessage(error)} style={{ margin: 8 }} /> : null}
      <Table<Row>
        size="small"
        rowKey="key"
        loading={groupPanel.isFetching || totalPanel.isFetching}
        dataSource={rows}
        columns={columns}
        pagination={false}
        scroll={{ x: 150 + ids.length * 118 }}
        sticky={{ offsetHeader: 0 }}
        data-testid="group-table"
        locale={{ emptyText: "本期间没有案件" }}
        summary={() =>
          totalRow ? (
            <Table.Summary>
              <Table.Summary.Row style={{ background: "#fafafa", fontWeight: 600 }}>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                {ids.map((id, i) => {
                  const info = catalogue.get(id);
                  return (
                    <Table.Summary.Cell index={i + 1} key={id} align="right">
                      {info ? cell(info, totalRow[id], undefined, unitLabel, `cell-total-${id}`) : "—"}
                    </Table.Summary.Cell>
                  );
                })}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    </>
  );
}
