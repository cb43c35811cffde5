/**
 * Scoring: every unit (a division or a judge) of a period against a scheme — per item the value,
 * the points and a Chinese sentence that explains them with the numbers; the total on a 0–100
 * scale over the items that could be scored. Pure; the formulas are in docs/assessment.md.
 *
 * - range:    inside [min, max] → w; outside, d = distance to the nearest bound,
 *             points = max(0, w − penalty × ceil(d / step − 1e-9))
 * - target:   w × clamp((v − floor) / (target − floor), 0, 1)
 * - relative: higher: w × v / best (w for all when best = 0); lower: w × best / v (w when v = 0)
 * - deduct:   max(0, w − points × v)
 * - a null value (zero denominator) is not scored and its weight leaves the total's weight;
 *   total = 100 × Σ points / Σ weights of the scored items, null when nothing is scored.
 */
import type { IndicatorBrief, IndicatorLookup, Scheme, SchemeItem } from "./scheme.js";

export interface ScoredItem {
  indicator: string;
  /** The unit's value of the indicator over the period (null: nothing to compute it from). */
  value: number | null;
  /** Unrounded; null when not scored. */
  points: number | null;
  weight: number;
  scored: boolean;
  explanation: string;
}

export interface UnitScore {
  key: string;
  /** 0–100, unrounded; null when no item could be scored. */
  total: number | null;
  items: ScoredItem[];
}

export interface UnitValues {
  key: string;
  values: Record<string, number | null | undefined>;
}

/** Guards against binary fractions: 0.95 − 0.94 is 0.01000…09, one step, not two. */
const EPS = 1e-9;

/** A number with at most `digits` decimals, trailing zeros dropped. */
export function trimNumber(v: number, digits = 2): string {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return String(Object.is(r, -0) ? 0 : r);
}

/** A value as people read it: shares as percentages, days, counts, yuan. */
export function formatValue(unit: IndicatorBrief["unit"], v: number): string {
  switch (unit) {
    case "%":
      return `${trimNumber(v * 100)}%`;
    case "天":
      return `${trimNumber(v, 1)} 天`;
    case "件":
      return `${trimNumber(v)} 件`;
    case "元":
      return `${trimNumber(v)} 元`;
    case "比":
      return trimNumber(v, 2);
  }
}

/** A difference or a step as people read it: percentage points for shares. */
export function formatAmount(unit: IndicatorBrief["unit"], d: number): string {
  if (unit === "%") return `${trimNumber(d * 100)} 个百分点`;
  if (unit === "比") return trimNumber(d, 2);
  return `${trimNumber(d)} ${unit}`;
}

/** The number in the unit people read, without the unit (formulas). */
function bare(unit: IndicatorBrief["unit"], v: number): string {
  return unit === "%" ? trimNumber(v * 100) : trimNumber(v);
}

const pts = (p: number) => `${trimNumber(p)} 分`;

function scoreRange(item: SchemeItem, def: IndicatorBrief, v: number): { points: number; text: string } {
  const w = item.weight;
  const { min, max } = item;
  const u = def.unit;
  const head = `${def.name} ${formatValue(u, v)}`;
  const below = min !== undefined && v < min;
  const above = max !== undefined && v > max;
  if (!below && !above) {
    const range =
      min !== undefined && max !== undefined
        ? `${formatValue(u, min)}～${formatValue(u, max)}`
        : min !== undefined
          ? `≥${formatValue(u, min)}`
          : `≤${formatValue(u, max as number)}`;
    return { points: w, text: `${head}，在合理区间（${range}）内，得满分 ${pts(w)}` };
  }
  const step = item.step as number;
  const penalty = item.penalty as number;
  const d = below ? (min as number) - v : v - (max as number);
  const steps = Math.ceil(d / step - EPS);
  const raw = penalty * steps;
  const points = Math.max(0, w - raw);
  const where = below
    ? `低于下限 ${formatValue(u, min as number)} 差`
    : `高于上限 ${formatValue(u, max as number)} 超出`;
  const stepText = formatAmount(u, step);
  const partial =
    Math.abs(d / step - Math.round(d / step)) > 1e-6 ? `（不足 ${stepText}按 ${stepText}计）` : "";
  const taken = raw >= w ? `应扣 ${pts(raw)}，扣完为止，得 0 分` : `扣 ${pts(raw)}，得 ${pts(points)}`;
  return {
    points,
    text: `${head}，${where} ${formatAmount(u, d)}，按每 ${stepText}扣 ${pts(penalty)}${partial}${taken}`,
  };
}

function scoreTarget(item: SchemeItem, def: IndicatorBrief, v: number): { points: number; text: string } {
  const w = item.weight;
  const target = item.target as number;
  const floor = item.floor as number;
  const u = def.unit;
  const head = `${def.name} ${formatValue(u, v)}`;
  const fraction = (v - floor) / (target - floor);
  if (fraction >= 1 - EPS) {
    return { points: w, text: `${head}，达到目标值 ${formatValue(u, target)}，得满分 ${pts(w)}` };
  }
  if (fraction <= EPS) {
    const worse = target > floor ? "低于" : "高于";
    const at = Math.abs(v - floor) <= EPS * Math.max(1, Math.abs(floor)) ? "等于" : worse;
    return {
      points: 0,
      text: `${head}，${at}零分线 ${formatValue(u, floor)}（目标值 ${formatValue(u, target)}），得 0 分`,
    };
  }
  const points = w * fraction;
  return {
    points,
    text:
      `${head}，介于零分线 ${formatValue(u, floor)} 与目标值 ${formatValue(u, target)} 之间，按线性得分 ` +
      `${trimNumber(w)} ×（${bare(u, v)} − ${bare(u, floor)}）÷（${bare(u, target)} − ${bare(u, floor)}）= ${pts(points)}`,
  };
}

function scoreRelative(
  item: SchemeItem,
  def: IndicatorBrief,
  v: number,
  present: number[],
): { points: number; text: string } {
  const w = item.weight;
  const u = def.unit;
  const head = `${def.name} ${formatValue(u, v)}`;
  if (def.direction === "lower") {
    const best = Math.min(...present);
    if (v === 0) return { points: w, text: `${head}，为各单位最低（最优），得满分 ${pts(w)}` };
    if (best === 0)
      return { points: 0, text: `${head}，各单位最低为 ${formatValue(u, 0)}，本单位不为 0，得 0 分` };
    const points = (w * best) / v;
    if (v === best) return { points: w, text: `${head}，为各单位最低（最优），得满分 ${pts(w)}` };
    return {
      points,
      text: `${head}，各单位最低（最优）为 ${formatValue(u, best)}，得 ${trimNumber(w)} × ${bare(u, best)} ÷ ${bare(u, v)} = ${pts(points)}`,
    };
  }
  const best = Math.max(...present);
  if (best === 0) return { points: w, text: `${head}，各单位均为 0，均得满分 ${pts(w)}` };
  if (v === best) return { points: w, text: `${head}，为各单位最高（最优），得满分 ${pts(w)}` };
  const points = (w * v) / best;
  return {
    points,
    text: `${head}，各单位最高（最优）为 ${formatValue(u, best)}，得 ${trimNumber(w)} × ${bare(u, v)} ÷ ${bare(u, best)} = ${pts(points)}`,
  };
}

function scoreDeduct(item: SchemeItem, def: IndicatorBrief, v: number): { points: number; text: string } {
  const w = item.weight;
  const per = item.points as number;
  const head = `${def.name} ${formatValue(def.unit, v)}`;
  if (v === 0) return { points: w, text: `${head}，不扣分，得满分 ${pts(w)}` };
  const raw = per * v;
  const points = Math.max(0, w - raw);
  const taken = raw >= w ? `应扣 ${pts(raw)}，扣完为止，得 0 分` : `扣 ${pts(raw)}，得 ${pts(points)}`;
  return { points, text: `${head}，每件扣 ${pts(per)}，${taken}` };
}

/**
 * Scores every unit. `values` are the units compared (for `relative`, the best is taken among
 * them); `lookup` gives each indicator's name, unit and direction. The scheme must be valid
 * (validateScheme).
 */
export function scoreUnits(
  scheme: Scheme,
  values: readonly UnitValues[],
  lookup: IndicatorLookup,
): UnitScore[] {
  const defs = scheme.items.map((item) => {
    const def = lookup(item.indicator);
    if (!def) throw new Error(`未知的指标 ${item.indicator}`);
    return def;
  });
  const unitValue = (u: UnitValues, id: string): number | null => {
    const v = u.values[id];
    return typeof v === "number" && Number.isFinite(v) ? v : null;
  };
  // For `relative`: the values present among the units, per item.
  const present = scheme.items.map((item) =>
    item.method === "relative"
      ? values.map((u) => unitValue(u, item.indicator)).filter((v): v is number => v !== null)
      : [],
  );

  return values.map((unit) => {
    let sumPoints = 0;
    let sumWeights = 0;
    const items = scheme.items.map((item, i): ScoredItem => {
      const def = defs[i] as IndicatorBrief;
      const v = unitValue(unit, item.indicator);
      if (v === null) {
        return {
          indicator: item.indicator,
          value: null,
          points: null,
          weight: item.weight,
          scored: false,
          explanation: `${def.name}无可计算数据（分母为零），不计分，权重不计入总分`,
        };
      }
      const r =
        item.method === "range"
          ? scoreRange(item, def, v)
          : item.method === "target"
            ? scoreTarget(item, def, v)
            : item.method === "relative"
              ? scoreRelative(item, def, v, present[i] as number[])
              : scoreDeduct(item, def, v);
      sumPoints += r.points;
      sumWeights += item.weight;
      return {
        indicator: item.indicator,
        value: v,
        points: r.points,
        weight: item.weight,
        scored: true,
        explanation: r.text,
      };
    });
    return { key: unit.key, total: sumWeights > 0 ? (100 * sumPoints) / sumWeights : null, items };
  });
}
