import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { Card, Tag, Tooltip, Typography } from "antd";
import type { DrillPart, IndicatorInfo, PanelFigure } from "../../../shared/api/types";
import { type Change, describeChange, formatCount, formatValue, unitSuffix } from "../../../shared/format";
import { COLORS } from "../../../shared/theme";
import { drillParts } from "./DrillModal";

function referenceText(info: IndicatorInfo): string | null {
  const r = info.reference;
  if (!r) return null;
  const f = (v: number) => (info.unit === "%" ? `${+(v * 100).toFixed(2)}%` : `${v}${unitSuffix(info.unit)}`);
  if (r.min !== undefined && r.max !== undefined) return `${f(r.min)} – ${f(r.max)}`;
  if (r.min !== undefined) return `≥ ${f(r.min)}`;
  if (r.max !== undefined) return `≤ ${f(r.max)}`;
  return null;
}

function ChangeLine({ label, change, testid }: { label: string; change: Change; testid: string }) {
  const color =
    change.verdict === "better" ? COLORS.better : change.verdict === "worse" ? COLORS.worse : COLORS.neutral;
  const icon =
    change.trend === "up" ? (
      <ArrowUpOutlined />
    ) : change.trend === "down" ? (
      <ArrowDownOutlined />
    ) : (
      <MinusOutlined />
    );
  return (
    <span
      style={{ whiteSpace: "nowrap" }}
      data-testid={testid}
      data-verdict={change.verdict}
      data-trend={change.trend}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>{" "}
      <span style={{ color, fontSize: 12 }}>
        {change.trend === "none" ? null : icon} {change.text}
      </span>
    </span>
  );
}

export function KpiCard({
  info,
  figure,
  onDrill,
  showMom = true,
}: {
  info: IndicatorInfo;
  figure: PanelFigure | undefined;
  onDrill: (part: DrillPart) => void;
  /** 环比 means something for a month or a quarter, not for a year or a year to date. */
  showMom?: boolean;
}) {
  const weak = figure?.assessment === "weak";
  const { initial, toggle } = drillParts(info);
  const ref = referenceText(info);
  const clickable = !!figure && (info.kind === "count" || figure.value !== null || initial === "denominator");
  const yoy = describeChange(figure?.value, figure?.yoy?.value, info.unit, info.direction);
  const mom = describeChange(figure?.value, figure?.mom?.value, info.unit, info.direction);

  return (
    <Card
      size="small"
      styles={{ body: { padding: "10px 12px" } }}
      style={{ borderTop: `3px solid ${weak ? COLORS.weak : "#1d4f91"}`, height: "100%" }}
      data-testid={`kpi-card-${info.id}`}
    >
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-start", gap: 4 }}>
        <Tooltip
          title={
            <div>
              <div>{info.definition}</div>
              {ref ? <div style={{ marginTop: 4 }}>参考区间：{ref}</div> : null}
              {figure?.fromCases ? <div style={{ marginTop: 4 }}>{figure.fromCases}</div> : null}
            </div>
          }
        >
          <Typography.Text strong ellipsis style={{ fontSize: 13, maxWidth: "100%" }}>
            {info.name}
          </Typography.Text>
        </Tooltip>
        {weak ? (
          <Tooltip title={ref ? `参考区间 ${ref}` : undefined}>
            <Tag
              color="red"
              style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "18px" }}
              data-testid={`kpi-weak-${info.id}`}
            >
              偏离区间
            </Tag>
          </Tooltip>
        ) : figure?.assessment === "ok" ? (
          <Tag color="green" style={{ marginInlineEnd: 0, fontSize: 11, lineHeight: "18px" }}>
            区间内
          </Tag>
        ) : null}
      </div>
      <div style={{ margin: "4px 0 2px", display: "flex", alignItems: "baseline", gap: 4 }}>
        <Tooltip title={clickable ? "点击查看案件清单" : undefined}>
          {/* A real button: Tab reaches it, Enter and Space open the list, the focus ring shows (styles.css). */}
          <button
            type="button"
            className="kpi-value"
            disabled={!clickable}
            onClick={() => onDrill(initial)}
            aria-label={`${info.name} ${formatValue(figure?.value, info.unit)}${unitSuffix(info.unit)}，查看案件清单`}
            style={{ color: weak ? COLORS.weak : "#1f1f1f" }}
            data-testid={`kpi-${info.id}`}
          >
            {formatValue(figure?.value, info.unit)}
          </button>
        </Tooltip>
        {unitSuffix(info.unit) ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {info.unit}
          </Typography.Text>
        ) : null}
      </div>
      <div style={{ display: "flex", flexDirection: "column", lineHeight: "18px" }}>
        <ChangeLine label="同比" change={yoy} testid={`kpi-yoy-${info.id}`} />
        {showMom ? <ChangeLine label="环比" change={mom} testid={`kpi-mom-${info.id}`} /> : null}
      </div>
      {toggle && figure ? (
        <div style={{ fontSize: 12, color: "#8c8c8c", marginTop: 2 }}>
          <span>分子 </span>
          <button
            type="button"
            className="link-button"
            onClick={() => onDrill("numerator")}
            data-testid={`kpi-${info.id}-numerator`}
          >
            {formatCount(figure.numerator)}
          </button>
          <span> / 分母 </span>
          <button
            type="button"
            className="link-button"
            onClick={() => onDrill("denominator")}
            data-testid={`kpi-${info.id}-denominator`}
          >
            {formatCount(figure.denominator)}
          </button>
        </div>
      ) : initial === "denominator" && figure ? (
        <div style={{ fontSize: 12, color: "#8c8c8c", marginTop: 2 }}>
          <span>结案 </span>
          <button
            type="button"
            className="link-button"
            onClick={() => onDrill("denominator")}
            data-testid={`kpi-${info.id}-denominator`}
          >
            {formatCount(figure.denominator)}
          </button>
          <span> 件</span>
        </div>
      ) : null}
    </Card>
  );
}
