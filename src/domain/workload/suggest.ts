/**
 * 分案建议 (assignment suggestion) for a new case: among the eligible judges of the case's division,
 * the one with the least weighted pending load. It is only a suggestion — never applied by itself;
 * the division's chief (or the office) follows it or chooses another judge, and the decision is
 * recorded. Every candidate's numbers are shown with it.
 *
 * Order (each step breaks the ties of the one before, so the result never depends on input order):
 *   1. weighted pending cases (未结加权), least first;
 *   2. weighted cases received in the recent window (近期新收加权), least first;
 *   3. pending cases (未结件数), least first;
 *   4. the judge's name in code-point order.
 */
import { cmp } from "./workload.js";

/** How many days back (ending on the day of the suggestion) "recently received" counts. */
export const RECENT_RECEIVED_DAYS = 90;

export interface Candidate {
  judge: string;
  /** Weighted pending cases (the case being assigned excluded). */
  weightedPending: number;
  /** Weighted cases received in the recent window. */
  weightedRecent: number;
  pending: number;
}

export interface RankedCandidate extends Candidate {
  /** 1 = suggested. */
  rank: number;
}

export function rankCandidates(candidates: readonly Candidate[]): RankedCandidate[] {
  return [...candidates]
    .sort(
      (a, b) =>
        a.weightedPending - b.weightedPending ||
        a.weightedRecent - b.weightedRecent ||
        a.pending - b.pending ||
        cmp(a.judge, b.judge),
    )
    .map((c, i) => ({ ...c, rank: i + 1 }));
}
