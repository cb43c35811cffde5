/**
 * 本庭与全院对比: a division's figure on each indicator against the court's, for a chief.
 *
 * What the division is compared with:
 *   - a count (件: 收案、结案、未结 …) against the court's mean per division (the court's count ÷ the
 *     number of divisions with cases in the period), since a division's count is never comparable
 *     with the whole court's;
 *   - every other figure (a share, a mean or median of days, a disposition time) against the
 *     court's own figure over all its cases (全院值).
 * difference = division − court (the figure's unit); `worse` says whether the difference goes the
 * indicator's bad way (below the court for "higher is better", above it for "lower is better").
 * Weak (劣势) is the reference-range assessment of the division's own figure (outside 合理区间).
 */
import type { Assessment, Figure, IndicatorDef } from "../indicators/index.js";

export interface ComparisonRow {
  id: string;
  name: string;
  unit: string;
  direction: "higher" | "lower" | "neutral";
  /** How the court figure was taken: 全院值, or 各庭平均 for counts. */
  basis: "court" | "per-division";
  value: number | null;
  courtValue: number | null;
  difference: number | null;
  worse: boolean;
  assessment: Assessment;
  /** The reference range in words (none: no range). */
  reference: string | null;
}

/** The reference range of an indicator in words (≥ 95%, ≤ 30 天 …). */
export function referenceText(def: IndicatorDef): string | null {
  const r = def.reference;
  if (!r) return null;
  const fmt = (v: number) => (def.unit === "%" ? `${Math.round(v * 1000) / 10}%` : `${v}${def.unit}`);
  if (r.min !== undefined && r.max !== undefined) return `${fmt(r.min)}～${fmt(r.max)}`;
  if (r.min !== undefined) return `≥${fmt(r.min)}`;
  if (r.max !== undefined) return `≤${fmt(r.max)}`;
  return null;
}

export function compareWithCourt(
  defs: readonly IndicatorDef[],
  division: Record<string, (Figure & { assessment: Assessment }) | undefined>,
  court: Record<string, Figure | undefined>,
  divisionsWithCases: number,
): ComparisonRow[] {
  return defs.map((d) => {
    const own = division[d.id];
    const whole = court[d.id];
    const perDivision = d.kind === "count";
    const value = own?.value ?? null;
    let courtValue = whole?.value ?? null;
    if (perDivision && courtValue !== null)
      courtValue = divisionsWithCases > 0 ? courtValue / divisionsWithCases : null;
    const difference = value !== null && courtValue !== null ? value - courtValue : null;
    const worse =
      difference !== null &&
      ((d.direction === "higher" && difference < 0) || (d.direction === "lower" && difference > 0));
    return {
      id: d.id,
      name: d.name,
      unit: d.unit,
      direction: d.direction,
      basis: perDivision ? "per-division" : "court",
      value,
      courtValue,
      difference,
      worse,
      assessment: own?.assessment ?? "none",
      reference: referenceText(d),
    };
  });
}
