/**
 * Weighted workload (加权工作量) of judges for a period: cases received (立案 in the period),
 * closed (结案 in the period) and pending at the period's end, each counted and weighted by the
 * case weights (weights.ts); the mean per judge of each division and of the court; and each
 * judge's distance from their division's mean, in percent.
 *
 *   weighted(judge)     = Σ count(type code, procedure) × weight(type code, procedure)
 *   mean(division)      = Σ weighted(judges of the division) ÷ number of judges of the division
 *   share(judge)        = (weighted(judge) − mean(division)) ÷ mean(division) × 100 %
 *                         (rounded to one decimal; none when the mean is 0)
 *
 * The arithmetic is done in whole hundredths of a case (weights have at most two decimals), so
 * weighted sums are exact; means are rounded to two decimals only when shown.
 */
import { type WorkloadWeights, weightHundredthsOf } from "./weights.js";

/** Counts of one judge's cases of one type code and procedure (from case_facts). */
export interface WorkloadCountRow {
  division: string;
  judge: string;
  typeCode: string;
  procedure: string;
  received: number;
  closed: number;
  pending: number;
}

export const MEASURES = ["received", "closed", "pending"] as const;
export type Measure = (typeof MEASURES)[number];

export interface Counts {
  received: number;
  closed: number;
  pending: number;
}

export interface JudgeWorkload {
  division: string;
  judge: string;
  /** Cases (not weighted). */
  counts: Counts;
  /** Weighted cases (two decimals). */
  weighted: Counts;
  /** Percent above (+) or below (−) the division's mean weighted figure; null when the mean is 0. */
  share: Record<Measure, number | null>;
}

export interface UnitWorkload {
  /** The division, or 全院. */
  unit: string;
  judges: number;
  counts: Counts;
  weighted: Counts;
  /** Mean weighted figure per judge (two decimals). */
  mean: Counts;
}

export interface WorkloadSummary {
  judges: JudgeWorkload[];
  divisions: UnitWorkload[];
  court: UnitWorkload;
}

const zero = (): Counts => ({ received: 0, closed: 0, pending: 0 });
const round2 = (h: number) => Math.round(h) / 100;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Percent distance of `x` from the mean of `n` values summing to `sum` (all in hundredths). */
export function shareOfMean(x: number, sum: number, n: number): number | null {
  if (sum === 0 || n === 0) return null;
  // (x − sum/n) ÷ (sum/n) × 100 = (x·n − sum) ÷ sum × 100, exact in integers until the division.
  return round1(((x * n - sum) / sum) * 100);
}

const key = (division: string, judge: string) => `${division}\u0000${judge}`;

/**
 * The workload of every judge with a case in the rows (and of every judge of `roster`, at zero
 * when they have none), sorted by division then judge (code-point order, so the same on every
 * machine).
 */
export function computeWorkload(
  rows: readonly WorkloadCountRow[],
  weights: WorkloadWeights,
  roster: readonly { division: string; judge: string }[] = [],
): WorkloadSummary {
  const acc = new Map<string, { division: string; judge: string; counts: Counts; h: Counts }>();
  const entry = (division: string, judge: string) => {
    const k = key(division, judge);
    let e = acc.get(k);
    if (!e) {
      e = { division, judge, counts: zero(), h: zero() };
      acc.set(k, e);
    }
    return e;
  };
  for (const r of roster) entry(r.division, r.judge);
  for (const r of rows) {
    if (r.received === 0 && r.closed === 0 && r.pending === 0) continue;
    const e = entry(r.division, r.judge);
    const w = weightHundredthsOf(weights, r.typeCode, r.procedure);
    for (const m of MEASURES) {
      e.counts[m] += r[m];
      e.h[m] += r[m] * w;
    }
  }
  const list = [...acc.values()].sort((a, b) =>
    a.division === b.division ? cmp(a.judge, b.judge) : cmp(a.division, b.division),
  );

  const byDivision = new Map<string, typeof list>();
  for (const e of list) byDivision.set(e.division, [...(byDivision.get(e.division) ?? []), e]);

  const unitOf = (unit: string, members: typeof list): UnitWorkload & { h: Counts } => {
    const counts = zero();
    const h = zero();
    for (const e of members)
      for (const m of MEASURES) {
        counts[m] += e.counts[m];
        h[m] += e.h[m];
      }
    const n = members.length;
    const mean = zero();
    for (const m of MEASURES) mean[m] = n === 0 ? 0 : round2(h[m] / n);
    return { unit, judges: n, counts, weighted: hToCounts(h), mean, h };
  };

  const divisions = [...byDivision].map(([d, members]) => unitOf(d, members));
  const divisionH = new Map(divisions.map((u) => [u.unit, u]));
  const judges: JudgeWorkload[] = list.map((e) => {
    const u = divisionH.get(e.division) as UnitWorkload & { h: Counts };
    const share = { received: null, closed: null, pending: null } as Record<Measure, number | null>;
    for (const m of MEASURES) share[m] = shareOfMean(e.h[m], u.h[m], u.judges);
    return { division: e.division, judge: e.judge, counts: e.counts, weighted: hToCounts(e.h), share };
  });
  const strip = ({ h: _h, ...u }: UnitWorkload & { h: Counts }): UnitWorkload => u;
  return { judges, divisions: divisions.map(strip), court: strip(unitOf("全院", list)) };
}

function hToCounts(h: Counts): Counts {
  return { received: round2(h.received), closed: round2(h.closed), pending: round2(h.pending) };
}

/** Code-point order: deterministic whatever the machine's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
