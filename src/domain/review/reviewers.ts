/**
 * Who may review a case, and the assignment of reviewers for a 交叉评查 (cross review).
 *
 * - Nobody reviews a case they are the judge of (承办人) — any kind of plan. Local practice: the
 *   plan's 一·十二 ("评查一案，反馈一案，整改一案") requires the review to be independent of the judge.
 * - 交叉评查: the reviewer comes from **another division** than the case's, and is never the case's
 *   judge — a hard rule; a case no eligible reviewer can take stays unassigned (the caller says so),
 *   it is never given to someone of its own division.
 * - Balance: each case goes to the eligible reviewer with the fewest cases so far; equal loads are
 *   broken by a seeded shuffle of the reviewers (mulberry32(seed)), so the assignment is
 *   reproducible from the plan's seed.
 */
import { byCodePoint } from "./draw.js";
import { mulberry32 } from "./prng.js";

export type PlanKind = "routine" | "focus" | "special" | "cross";

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  routine: "常规评查",
  focus: "重点评查",
  special: "专项评查",
  cross: "交叉评查",
};

export interface ReviewerCandidate {
  username: string;
  name: string;
  /** The division they sit in (null: the whole court, e.g. 审管办). */
  division: string | null;
  /** The name they carry as 承办人, if a judge. */
  judgeName: string | null;
}

export interface ReviewedCase {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
}

/** Why `reviewer` may not review `c` under a plan of `kind`, in Chinese; null when they may. */
export function reviewerConflict(
  kind: PlanKind,
  reviewer: ReviewerCandidate,
  c: ReviewedCase,
): string | null {
  const ownJudge =
    reviewer.judgeName !== null &&
    reviewer.judgeName === c.judge &&
    (reviewer.division === c.division || kind === "cross");
  if (ownJudge) return `${reviewer.name}是案件${c.caseNumber}的承办人，不得评查本人承办的案件`;
  if (kind === "cross" && reviewer.division !== null && reviewer.division === c.division)
    return `交叉评查的评查人不得来自案件所在部门（${c.division}）：${reviewer.name}属于${reviewer.division}`;
  if (kind === "cross" && reviewer.division === null)
    return `交叉评查的评查人须为其他审判部门人员：${reviewer.name}未归属任何部门`;
  return null;
}

export interface Assignment {
  caseId: number;
  reviewer: string;
}

export interface AssignmentResult {
  assignments: Assignment[];
  /** Cases no eligible reviewer could take. */
  unassigned: number[];
}

/** Assigns one reviewer to each case, never breaking `reviewerConflict`; balanced, seeded. */
export function assignReviewers(
  kind: PlanKind,
  cases: readonly ReviewedCase[],
  reviewers: readonly ReviewerCandidate[],
  seed: number,
): AssignmentResult {
  const rng = mulberry32(seed);
  // A seeded shuffle of the reviewers (in username order first) fixes the tie order.
  const order = [...reviewers].sort((a, b) => byCodePoint(a.username, b.username));
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const load = new Map<string, number>(order.map((r) => [r.username, 0]));
  const assignments: Assignment[] = [];
  const unassigned: number[] = [];
  for (const c of [...cases].sort((a, b) => a.caseId - b.caseId)) {
    let best: ReviewerCandidate | null = null;
    for (const r of order) {
      if (reviewerConflict(kind, r, c) !== null) continue;
      if (best === null || load.get(r.username)! < load.get(best.username)!) best = r;
    }
    if (best === null) unassigned.push(c.caseId);
    else {
      assignments.push({ caseId: c.caseId, reviewer: best.username });
      load.set(best.username, load.get(best.username)! + 1);
    }
  }
  return { assignments, unassigned };
}
