/**
 * How the reports write numbers: counts with thousands separators ("1,234 件"), shares as
 * percentages with one decimal ("96.1%"), days with one decimal, and changes against another
 * period with the arithmetic written out ("同比增加 56 件（+4.8%）", "同比上升 1.2 个百分点").
 */
import type { IndicatorDef, IndicatorUnit } from "../indicators/index.js";

/** 1234 → "1,234" */
export function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** One decimal, half away from zero (0.05 → 0.1), without "-0.0". */
export function oneDecimal(x: number): string {
  const r = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  const s = r.toFixed(1);
  return x < 0 && r !== 0 ? `-${s}` : s;
}

/** 0.9612 → "96.1%" */
export function pct(share: number): string {
  return `${oneDecimal(share * 100)}%`;
}

/** A figure in its unit: "1,234 件", "96.1%", "45.3 天"; "—" for no value. */
export function valueText(unit: IndicatorUnit, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (unit) {
    case "件":
      return `${count(value)} 件`;
    case "%":
      return pct(value);
    case "天":
      return `${oneDecimal(value)} 天`;
    case "元":
      return `${count(value)} 元`;
    case "比":
      return value.toFixed(2);
  }
}

/**
 * A count against another period: "同比增加 56 件（+4.8%）", "环比减少 12 件（-1.0%）",
 * "同比持平", "同比增加 5 件（上年同期为 0 件）". `label` is 同比 or 环比.
 */
export function countChange(label: string, now: number, before: number): string {
  const d = now - before;
  if (d === 0) return `${label}持平`;
  const word = d > 0 ? "增加" : "减少";
  if (before === 0) return `${label}${word} ${count(Math.abs(d))} 件（${baseName(label)}为 0 件）`;
  const rate = (d / before) * 100;
  return `${label}${word} ${count(Math.abs(d))} 件（${rate > 0 ? "+" : ""}${oneDecimal(rate)}%）`;
}

function baseName(label: string): string {
  return label === "同比" ? "上年同期" : "上期";
}

/**
 * A share or a number of days against another period: "同比上升 1.2 个百分点",
 * "环比缩短 3.5 天", "同比持平". `before` null: "同比无可比数据".
 */
export function valueChange(
  label: string,
  unit: IndicatorUnit,
  now: number | null,
  before: number | null,
): string {
  if (now === null || before === null) return `${label}无可比数据`;
  if (unit === "件") return countChange(label, now, before);
  if (unit === "%") {
    const points = (now - before) * 100;
    const t = oneDecimal(Math.abs(points));
    if (t === "0.0") return `${label}持平`;
    return `${label}${points > 0 ? "上升" : "下降"} ${t} 个百分点`;
  }
  const d = now - before;
  const t = oneDecimal(Math.abs(d));
  if (t === "0.0") return `${label}持平`;
  if (unit === "天") return `${label}${d > 0 ? "延长" : "缩短"} ${t} 天`;
  return `${label}${d > 0 ? "增加" : "减少"} ${t} ${unit}`;
}

/** The reference range in words: "不低于 95.0%", "不高于 2.0%", "为 0 件". */
export function rangeText(def: IndicatorDef): string {
  const r = def.reference;
  if (!r) return "—";
  const v = (x: number) => valueText(def.unit, x);
  if (r.min !== undefined && r.max !== undefined) return `${v(r.min)}至${v(r.max)}`;
  if (r.min !== undefined) return `不低于 ${v(r.min)}`;
  if (r.max !== undefined)
    return r.max === 0 ? `为 0${def.unit === "件" ? " 件" : ""}` : `不高于 ${v(r.max)}`;
  return "—";
}
