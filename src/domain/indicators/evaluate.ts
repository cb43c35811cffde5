/**
 * From raw aggregates to figures: the value of each indicator kind, the null rule for empty
 * denominators, comparison with the reference range, and the periods a figure is compared with
 * (同比 the same period a year earlier, 环比 the previous period).
 */
import {
  addMonths,
  civilFromDays,
  daysInMonth,
  formatIsoDate,
  parseIsoDate,
} from "../calendar/civil-date.js";
import type { IndicatorDef } from "./catalogue.js";

export interface Figure {
  /** null when the denominator is zero (never 0 or NaN). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** The value of an indicator from its aggregates. `quantile` carries the median/P90 when computed. */
export function figureOf(
  def: IndicatorDef,
  numerator: number,
  denominator: number | null,
  periodDays: number,
  quantile?: number | null,
): Figure {
  switch (def.kind) {
    case "count":
      return { value: numerator, numerator, denominator: null };
    case "ratio":
    case "mean":
      return { value: denominator ? numerator / (denominator as number) : null, numerator, denominator };
    case "period-days":
      return {
        value: denominator ? (periodDays * numerator) / (denominator as number) : null,
        numerator,
        denominator,
      };
    case "median":
    case "p90":
      return { value: denominator ? (quantile ?? null) : null, numerator: null, denominator };
  }
}

export type Assessment = "ok" | "weak" | "none";

/** Whether a value lies in the indicator's reference range (weak values are marked on screens). */
export function assess(def: IndicatorDef, value: number | null): Assessment {
  if (value === null || !def.reference) return "none";
  const { min, max } = def.reference;
  if (min !== undefined && value < min) return "weak";
  if (max !== undefined && value > max) return "weak";
  return "ok";
}

export interface Period {
  from: string;
  to: string;
}

export function periodLengthDays(p: Period): number {
  return parseIsoDate(p.to) - parseIsoDate(p.from) + 1;
}

/** Whole calendar months from the first of a month to the last of a month, or undefined. */
function wholeMonths(p: Period): number | undefined {
  const f = civilFromDays(parseIsoDate(p.from));
  const t = civilFromDays(parseIsoDate(p.to));
  if (f.day !== 1 || t.day !== daysInMonth(t.year, t.month)) return undefined;
  const months = (t.year - f.year) * 12 + (t.month - f.month) + 1;
  return months > 0 ? months : undefined;
}

/** 环比: the period of the same length just before (the previous month, quarter or year for whole months). */
export function previousPeriod(p: Period): Period {
  const months = wholeMonths(p);
  if (months !== undefined) {
    const from = addMonths(parseIsoDate(p.from), -months);
    return { from: formatIsoDate(from), to: formatIsoDate(parseIsoDate(p.from) - 1) };
  }
  const len = periodLengthDays(p);
  return { from: formatIsoDate(parseIsoDate(p.from) - len), to: formatIsoDate(parseIsoDate(p.from) - 1) };
}

/** 同比: the same period one year earlier (month ends kept: 2024-02-29 → 2023-02-28). */
export function samePeriodLastYear(p: Period): Period {
  const months = wholeMonths(p);
  const from = addMonths(parseIsoDate(p.from), -12);
  if (months !== undefined) {
    const end = addMonths(from, months) - 1;
    return { from: formatIsoDate(from), to: formatIsoDate(end) };
  }
  return { from: formatIsoDate(from), to: formatIsoDate(addMonths(parseIsoDate(p.to), -12)) };
}

/** The calendar months covering a period, each clipped to it. */
export function monthsOf(p: Period): (Period & { label: string })[] {
  const out: (Period & { label: string })[] = [];
  const end = parseIsoDate(p.to);
  let cur = parseIsoDate(p.from);
  while (cur <= end) {
    const c = civilFromDays(cur);
    const monthEnd = cur + (daysInMonth(c.year, c.month) - c.day);
    const to = Math.min(monthEnd, end);
    out.push({ from: formatIsoDate(cur), to: formatIsoDate(to), label: formatIsoDate(cur).slice(0, 7) });
    cur = to + 1;
  }
  return out;
}
