/**
 * The 判后 figures (docs/aftercare.md, docs/indicators.md):
 * - 释明记录率: judgments (in the 释明 scope) with a 释明 recorded ÷ judgments;
 * - 服判息诉率 of the 民初 judgments with and without a 释明: not appealed ÷ closed, the counting
 *   rule of the catalogue's 一审服判息诉率 (a first-instance case is 服判息诉 when 上诉 ≠ 是);
 * - 自动履行率 (本院口径): of the 民初 judgments and mediations with a money obligation that have
 *   taken effect by the data date, those performed without enforcement ÷ all of them.
 * Pure: rows in, groups out.
 */
import type { PerformanceOutcome } from "./settings.js";

export type GroupBy = "division" | "judge";

export interface ExplanationFigureRow {
  division: string;
  judge: string;
  /** A first-instance (民初) judgment: counted in 服判息诉率. */
  firstInstance: boolean;
  appealed: boolean;
  explained: boolean;
  /** How many cases the row stands for (a grouped count; default 1). */
  count?: number;
}

export interface Rate {
  n: number;
  hit: number;
  rate: number | null;
}

export interface ExplanationGroup {
  division: string;
  judge: string | null;
  judgments: number;
  explained: number;
  share: number | null;
  /** 民初 judgments with a 释明: n, 服判息诉 (not appealed), rate. */
  acceptedWith: Rate;
  /** 民初 judgments without one. */
  acceptedWithout: Rate;
}

const rate = (n: number, hit: number): Rate => ({ n, hit, rate: n === 0 ? null : hit / n });

function keyed<R extends { division: string; judge: string }>(rows: readonly R[], by: GroupBy) {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const k = by === "division" ? r.division : `${r.division}\u0000${r.judge}`;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

function explanationGroup(rows: readonly ExplanationFigureRow[], division: string, judge: string | null) {
  let explained = 0;
  let wN = 0;
  let wHit = 0;
  let oN = 0;
  let oHit = 0;
  let judgments = 0;
  for (const r of rows) {
    const k = r.count ?? 1;
    judgments += k;
    if (r.explained) explained += k;
    if (!r.firstInstance) continue;
    if (r.explained) {
      wN += k;
      if (!r.appealed) wHit += k;
    } else {
      oN += k;
      if (!r.appealed) oHit += k;
    }
  }
  return {
    division,
    judge,
    judgments,
    explained,
    share: judgments === 0 ? null : explained / judgments,
    acceptedWith: rate(wN, wHit),
    acceptedWithout: rate(oN, oHit),
  };
}

export function tallyExplanations(
  rows: readonly ExplanationFigureRow[],
  by: GroupBy,
): { rows: ExplanationGroup[]; total: ExplanationGroup } {
  return {
    rows: keyed(rows, by).map((g) =>
      explanationGroup(
        g,
        (g[0] as ExplanationFigureRow).division,
        by === "judge" ? (g[0] as ExplanationFigureRow).judge : null,
      ),
    ),
    total: explanationGroup(rows, "全部", null),
  };
}

export interface PerformanceFigureRow {
  division: string;
  judge: string;
  /** Took effect on or before the data date (recorded or estimated). */
  effective: boolean;
  /** A first-enforcement (执) case names this case as its 原审案号. */
  enforced: boolean;
  /** The 督促履行 outcome recorded, if any. */
  outcome: PerformanceOutcome | null;
  /** 申请执行 as recorded (1 yes, 0 no, null unknown). */
  enforcementApplied: number | null;
  /** How many cases the row stands for (a grouped count; default 1). */
  count?: number;
}

/**
 * How one case counts (the 自动履行率 counting rule, in this order):
 * 1. not yet effective → not counted;
 * 2. a 执 case names it → 进入执行 (not voluntary), whatever was recorded before;
 * 3. 督促 outcome 全部履行 → 自动履行（督促记录）;
 * 4. 督促 outcome 部分履行 or 未履行 → 未自动履行;
 * 5. no outcome, 申请执行 = 是 (in another court) → 进入执行;
 * 6. otherwise → 自动履行（推定：无执行案件、无申请执行登记）.
 */
export type PerformanceClass = "not-effective" | "enforced" | "performed" | "not-performed" | "presumed";

export function performanceClass(r: PerformanceFigureRow): PerformanceClass {
  if (!r.effective) return "not-effective";
  if (r.enforced) return "enforced";
  if (r.outcome === "全部履行") return "performed";
  if (r.outcome === "部分履行" || r.outcome === "未履行") return "not-performed";
  if (r.enforcementApplied === 1) return "enforced";
  return "presumed";
}

export interface PerformanceGroup {
  division: string;
  judge: string | null;
  /** Effective judgments and mediations with a money obligation (the denominator). */
  effective: number;
  performed: number;
  presumed: number;
  notPerformed: number;
  enforced: number;
  /** (performed + presumed) ÷ effective. */
  rate: number | null;
  /** Share of the effective ones with a 督促 outcome recorded (or closed by a 执 case). */
  recordedShare: number | null;
}

function performanceGroup(rows: readonly PerformanceFigureRow[], division: string, judge: string | null) {
  const c = { effective: 0, performed: 0, presumed: 0, notPerformed: 0, enforced: 0, recorded: 0 };
  for (const r of rows) {
    const k = performanceClass(r);
    if (k === "not-effective") continue;
    const n = r.count ?? 1;
    c.effective += n;
    if (r.outcome !== null || r.enforced) c.recorded += n;
    if (k === "performed") c.performed += n;
    else if (k === "presumed") c.presumed += n;
    else if (k === "not-performed") c.notPerformed += n;
    else c.enforced += n;
  }
  return {
    division,
    judge,
    effective: c.effective,
    performed: c.performed,
    presumed: c.presumed,
    notPerformed: c.notPerformed,
    enforced: c.enforced,
    rate: c.effective === 0 ? null : (c.performed + c.presumed) / c.effective,
    recordedShare: c.effective === 0 ? null : c.recorded / c.effective,
  };
}

export function tallyPerformance(
  rows: readonly PerformanceFigureRow[],
  by: GroupBy,
): { rows: PerformanceGroup[]; total: PerformanceGroup } {
  return {
    rows: keyed(rows, by).map((g) =>
      performanceGroup(
        g,
        (g[0] as PerformanceFigureRow).division,
        by === "judge" ? (g[0] as PerformanceFigureRow).judge : null,
      ),
    ),
    total: performanceGroup(rows, "全部", null),
  };
}
