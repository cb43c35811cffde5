/**
 * The monthly trend of chosen indicators (/api/indicators?by=month). Shares on the left axis,
 * counts and days on the right; a click on a point opens that month's case list.
 */
import { Alert, Card, Select, Space, Spin, Typography } from "antd";
import { useMemo, useState } from "react";
import { errorMessage } from "../../../shared/api/client";
import type { DrillPart, IndicatorInfo, PanelFigure } from "../../../shared/api/types";
import { type ChartOption, EChart } from "../../../shared/charts/LazyEChart";
import { formatMonth, formatPeriod, formatValue } from "../../../shared/format";
import { type PeriodChoice, trendRange } from "../../../shared/period";
import { useIndicatorPanel } from "../api";
import { drillParts } from "./DrillModal";

const PALETTE = ["#1d4f91", "#d46b08", "#389e0d", "#722ed1"];

export function TrendCard({
  period,
  catalogue,
  filters,
  unitLabel,
  onDrill,
  defaultIds,
}: {
  /** The indicators shown first (the server's meta names them). */
  defaultIds: string[];
  period: PeriodChoice;
  catalogue: Map<string, IndicatorInfo>;
  filters: { division?: string; judge?: string; court?: string };
  unitLabel: string;
  onDrill: (
    info: IndicatorInfo,
    figure: PanelFigure,
    part: DrillPart,
    month: string,
    range: { from: string; to: string },
  ) => void;
}) {
  const [ids, setIds] = useState<string[]>(() => defaultIds.filter((id) => catalogue.has(id)));
  const range = trendRange(period);
  const panel = useIndicatorPanel({ from: range.from, to: range.to, by: "month", ids, ...filters });

  const option = useMemo<ChartOption | null>(() => {
    const data = panel.data;
    if (!data) return null;
    const months = data.groups.map((g) => g.key);
    const infos = ids.map((id) => catalogue.get(id)).filter((i): i is IndicatorInfo => !!i);
    const hasShare = infos.some((i) => i.unit === "%");
    const hasOther = infos.some((i) => i.unit !== "%");
    const otherUnits = [...new Set(infos.filter((i) => i.unit !== "%").map((i) => i.unit))].join("/");
    return {
      color: PALETTE,
      grid: { left: 56, right: hasOther ? 56 : 24, top: 36, bottom: 28 },
      legend: { top: 4, left: "center" },
      tooltip: {
        trigger: "axis",
        formatter: (params: unknown) => {
          const list = params as {
            seriesIndex: number;
            dataIndex: number;
            marker: string;
            seriesName: string;
          }[];
          if (!list.length) return "";
          const month = months[list[0]?.dataIndex ?? 0] ?? "";
          const lines = list.map((p) => {
            const info = infos[p.seriesIndex] as IndicatorInfo;
            const f = data.groups[p.dataIndex]?.indicators[info.id];
            const extra =
              info.kind === "ratio" && f ? `（${f.numerator ?? "—"}/${f.denominator ?? "—"}）` : "";
            return `${p.marker}${p.seriesName}：${formatValue(f?.value, info.unit)}${info.unit !== "%" ? info.unit : ""}${extra}`;
          });
          return [
            `<b>${formatMonth(month)}</b>`,
            ...lines,
            '<span style="color:#8c8c8c">点击查看该月案件清单</span>',
          ].join("<br/>");
        },
      },
      xAxis: {
        type: "category",
        data: months.map((mo) => {
          const [y, n] = mo.split("-");
          return Number(n) === 1 || mo === months[0] ? `${y}年${Number(n)}月` : `${Number(n)}月`;
        }),
        axisTick: { alignWithLabel: true },
      },
      yAxis: [
        ...(hasShare
          ? [
              {
                type: "value" as const,
                name: "%",
                scale: true,
                axisLabel: { formatter: (v: number) => `${+(v * 100).toFixed(1)}%` },
              },
            ]
          : []),
        ...(hasOther
          ? [
              {
                type: "value" as const,
                name: otherUnits,
                scale: true,
                splitLine: { show: !hasShare },
              },
            ]
          : []),
      ],
      series: infos.map((info) => ({
        type: "line" as const,
        name: info.name,
        yAxisIndex: info.unit === "%" || !hasShare ? 0 : 1,
        smooth: false,
        symbolSize: 7,
        connectNulls: false,
        data: data.groups.map((g) => g.indicators[info.id]?.value ?? null),
        markLine:
          info.reference &&
          (info.reference.min !== undefined || info.reference.max !== undefined) &&
          infos.length <= 2
            ? {
                silent: true,
                symbol: "none",
                lineStyle: { type: "dashed" as const, opacity: 0.6 },
                label: {
                  position: "insideEndTop" as const,
                  formatter: `${info.reference.min !== undefined ? "≥" : "≤"}${formatValue(
                    info.reference.min ?? info.reference.max,
                    info.unit,
                  )}`,
                },
                data: [{ yAxis: (info.reference.min ?? info.reference.max) as number }],
              }
            : undefined,
      })),
    };
  }, [panel.data, ids, catalogue]);

  return (
    <Card
      size="small"
      title={
        <Space size={8} wrap>
          <span>月度趋势 · {unitLabel}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400 }}>
            {formatPeriod(range.from, range.to)}
          </Typography.Text>
        </Space>
      }
      extra={
        <Select
          mode="multiple"
          size="small"
          value={ids}
          maxCount={4}
          onChange={(v) => v.length && setIds(v)}
          style={{ minWidth: 320, maxWidth: 560 }}
          options={[...catalogue.values()].map((i) => ({ value: i.id, label: i.name }))}
          optionFilterProp="label"
          data-testid="trend-indicators"
        />
      }
      data-testid="trend-card"
    >
      {panel.error ? <Alert type="error" showIcon title={errorMessage(panel.error)} /> : null}
      <Spin spinning={panel.isFetching}>
        {option ? (
          <EChart
            option={option}
            height={280}
            data-testid="trend-chart"
            onClick={(e) => {
              const info = catalogue.get(ids[e.seriesIndex ?? -1] ?? "");
              const month = panel.data?.groups[e.dataIndex]?.key;
              const f = month ? panel.data?.groups[e.dataIndex]?.indicators[info?.id ?? ""] : undefined;
              if (info && f && month) onDrill(info, f, drillParts(info).initial, month, range);
            }}
          />
        ) : (
          <div style={{ height: 280 }} />
        )}
      </Spin>
    </Card>
  );
}
