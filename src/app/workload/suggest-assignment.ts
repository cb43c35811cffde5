/**
 * 分案建议 for a pending case: among the division's eligible judges (active 员额法官 in the staff
 * register; without any there, the judges named in the division's cases pending or received or
 * closed within the recent window), the one with the least
 * weighted pending load — each candidate's numbers shown. A suggestion only: it changes nothing;
 * the chief or the office records 按建议分案 or 改派 (record-assignment-decision.ts).
 *
 * The loads are as of the day asked: pending = filed by that day and not closed; recent intake =
 * weighted cases filed in the 90 days ending that day. The case itself is left out of its current
 * judge's load (it is the case being assigned).
 */
import type { Db } from "../../db/connect.js";
import { findAssignmentDecision } from "../../db/workload/assignment-decisions.js";
import { type CaseToAssign, findCaseToAssign } from "../../db/workload/case-to-assign.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  computeWorkload,
  type RankedCandidate,
  RECENT_RECEIVED_DAYS,
  rankCandidates,
  weightOf,
} from "../../domain/workload/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AssignmentDecisionView, decisionView } from "./decision-view.js";
import { workloadOfCourt } from "./get-workload.js";
import { rosterOfDivision } from "./judges-of-division.js";
import { RECENT_FILED_DAYS } from "./list-cases-to-assign.js";
import { readWorkloadWeights } from "./weights-setting.js";

export type AssignmentAction = "follow" | "reassign";

export interface AssignmentSuggestion {
  caseId: number;
  caseNumber: string;
  division: string;
  /** 承办人 in the imported data. */
  currentJudge: string;
  typeCode: string;
  procedure: string;
  /** The case's own weight. */
  weight: number;
  filedOn: string;
  pending: boolean;
  /** Filed within the last 30 days (a new case, as the 待分案 list offers them). */
  recentlyFiled: boolean;
  asOf: string;
  /** First day of the recent-intake window. */
  recentFrom: string;
  /** staff: 人员名册中的在岗员额法官; cases: 本庭案件中的承办人 (no register). */
  eligibility: "staff" | "cases";
  candidates: RankedCandidate[];
  suggested: string | null;
  decision: AssignmentDecisionView | null;
  actions: AssignmentAction[];
}

export async function loadCaseToAssign(handle: Db, caseId: number): Promise<CaseToAssign> {
  const c = await findCaseToAssign(handle, caseId);
  if (!c) throw new NotFoundError(`案件 ${caseId} 不存在`);
  return c;
}

/**
 * The suggestion's figures (no authorisation: the callers ask first). `byCourt`: the database holds
 * several courts (the reader is limited to courts) — the candidates are the judges of the case's
 * own court only.
 */
export async function computeSuggestion(
  handle: Db,
  c: CaseToAssign,
  today: string,
  byCourt = false,
): Promise<Omit<AssignmentSuggestion, "decision" | "actions">> {
  const { weights } = await readWorkloadWeights(handle);
  const recentFrom = formatIsoDate(parseIsoDate(today) - (RECENT_RECEIVED_DAYS - 1));
  const { rows } = await workloadOfCourt(handle, { from: recentFrom, to: today }, weights, {
    excludeCaseId: c.id,
    divisions: [c.division],
    ...(byCourt ? { courts: [c.courtCode] } : {}),
  });
  const withCases = [...new Set(rows.map((r) => r.judge))];
  const roster = await rosterOfDivision(handle, c.division, withCases, byCourt ? c.courtCode : undefined);
  const summary = computeWorkload(
    rows,
    weights,
    roster.judges.map((judge) => ({ division: c.division, judge })),
  );
  const byJudge = new Map(summary.judges.map((j) => [j.judge, j]));
  const candidates = rankCandidates(
    roster.judges.map((judge) => {
      const w = byJudge.get(judge);
      return {
        judge,
        weightedPending: w?.weighted.pending ?? 0,
        weightedRecent: w?.weighted.received ?? 0,
        pending: w?.counts.pending ?? 0,
      };
    }),
  );
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    division: c.division,
    currentJudge: c.judge,
    typeCode: c.typeCode,
    procedure: c.procedure,
    weight: weightOf(weights, c.typeCode, c.procedure),
    filedOn: c.filedOn,
    pending: c.closedOn === null || c.closedOn > today,
    recentlyFiled: c.filedOn <= today && parseIsoDate(today) - parseIsoDate(c.filedOn) < RECENT_FILED_DAYS,
    asOf: today,
    recentFrom,
    eligibility: roster.source,
    candidates,
    suggested: candidates[0]?.judge ?? null,
  };
}

export async function suggestAssignment(
  actor: Actor,
  handle: Db,
  caseId: number,
  today: string,
): Promise<AssignmentSuggestion> {
  const c = await loadCaseToAssign(handle, caseId);
  mustAuthorize(actor, "view-assignment", c);
  const s = await computeSuggestion(handle, c, today, !!actor.court);
  const decided = await findAssignmentDecision(handle, caseId);
  const canDecide = authorize(actor, "decide-assignment", {
    courtCode: c.courtCode,
    division: c.division,
    judge: c.judge,
    pending: s.pending,
    decided: decided !== undefined,
  }).allowed;
  const actions: AssignmentAction[] = [];
  if (canDecide && s.suggested) actions.push("follow");
  if (canDecide && s.candidates.length > 1) actions.push("reassign");
  return { ...s, decision: decided ? decisionView(decided) : null, actions };
}
