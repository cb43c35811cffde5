/**
 * 庭审观摩评比 — scoring an observed hearing and ranking the round.
 *
 * Each member of the 考评小组 scores a hearing on the observation sheet (items with points); their
 * total is the sum. The hearing's score is the mean of its scorers' totals; when at least
 * `trimAtScorers` members scored it (setting, default 5), one highest and one lowest total are
 * dropped first (a trimmed mean, as in panel-judged competitions, to blunt one scorer's outlier).
 * Scores are rounded half up to two decimals for display and ranking.
 *
 * Ranking (ties broken in this order): the higher score; the more scorers; the higher lowest kept
 * total; the earlier hearing date; the case number in Unicode order. The top N (setting, default 3)
 * are proposed as 示范庭 and confirmed by the office. Local practice (the plan's 一·十).
 */
import { byCodePoint } from "./draw.js";

export interface ObservationItem {
  code: string;
  name: string;
  points: number;
}

export const DEFAULT_OBSERVATION_SHEET: readonly ObservationItem[] = [
  { code: "prep", name: "庭前准备", points: 15 },
  { code: "control", name: "庭审驾驭", points: 30 },
  { code: "procedure", name: "程序规范", points: 25 },
  { code: "language", name: "法言法语", points: 15 },
  { code: "documents", name: "文书及笔录", points: 15 },
];

export class ObservationError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly value?: unknown,
  ) {
    super(message);
  }
}

/** A member's total on the sheet; each item 0 … its points (halves allowed). */
export function scoreTotal(
  sheet: readonly ObservationItem[],
  scores: Readonly<Record<string, number>>,
): number {
  let total = 0;
  for (const it of sheet) {
    const v = scores[it.code];
    if (
      v === undefined ||
      v === null ||
      !Number.isFinite(v) ||
      v < 0 ||
      v > it.points ||
      Math.round(v * 2) !== v * 2
    )
      throw new ObservationError(
        `scores.${it.code}`,
        `“${it.name}”的得分应为 0 至 ${it.points} 分（以 0.5 分为单位），现为 ${v ?? "空"}`,
        v,
      );
    total += v;
  }
  for (const code of Object.keys(scores))
    if (!sheet.some((it) => it.code === code))
      throw new ObservationError(`scores.${code}`, `评分表中没有“${code}”一项`, code);
  return total;
}

/** Half-up rounding to 2 decimals that is exact for the sums of halves this handles. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

export interface HearingScore {
  score: number | null;
  scorers: number;
  trimmed: boolean;
  /** The lowest total kept (for tie-breaking); null without scorers. */
  lowestKept: number | null;
}

export function hearingScore(totals: readonly number[], trimAtScorers = 5): HearingScore {
  const n = totals.length;
  if (n === 0) return { score: null, scorers: 0, trimmed: false, lowestKept: null };
  const sorted = [...totals].sort((a, b) => a - b);
  const trimmed = n >= trimAtScorers && n >= 3;
  const kept = trimmed ? sorted.slice(1, -1) : sorted;
  const mean = kept.reduce((s, x) => s + x, 0) / kept.length;
  return { score: round2(mean), scorers: n, trimmed, lowestKept: kept[0]! };
}

export interface RankedHearing {
  id: number;
  caseNumber: string;
  heldOn: string;
  result: HearingScore;
}

export function rankHearings<H extends RankedHearing>(hearings: readonly H[]): H[] {
  const scored = hearings.filter((h) => h.result.score !== null);
  const unscored = hearings.filter((h) => h.result.score === null);
  scored.sort(
    (a, b) =>
      b.result.score! - a.result.score! ||
      b.result.scorers - a.result.scorers ||
      b.result.lowestKept! - a.result.lowestKept! ||
      byCodePoint(a.heldOn, b.heldOn) ||
      byCodePoint(a.caseNumber, b.caseNumber),
  );
  return [
    ...scored,
    ...unscored.sort((a, b) => byCodePoint(a.heldOn, b.heldOn) || byCodePoint(a.caseNumber, b.caseNumber)),
  ];
}

/** The hearings proposed as 示范庭: the first `n` of the ranking that have a score. */
export function proposeDemonstration<H extends RankedHearing>(hearings: readonly H[], n: number): H[] {
  return rankHearings(hearings)
    .filter((h) => h.result.score !== null)
    .slice(0, Math.max(0, n));
}
