/** A recorded 分案决定 as the API shows it (the numbers shown when it was decided, parsed). */
import type { AssignmentDecisionRecord } from "../../db/workload/assignment-decisions.js";
import type { RankedCandidate } from "../../domain/workload/index.js";

export interface AssignmentDecisionView {
  id: number;
  caseId: number;
  caseNumber: string;
  division: string;
  suggestedJudge: string;
  followed: boolean;
  assignedJudge: string;
  note: string | null;
  decidedBy: string;
  decidedAt: string;
  /** Every candidate's numbers as shown when the decision was taken. */
  candidates: RankedCandidate[];
}

export function decisionView(r: AssignmentDecisionRecord): AssignmentDecisionView {
  let candidates: RankedCandidate[] = [];
  try {
    const parsed = JSON.parse(r.suggestionJson) as { candidates?: RankedCandidate[] };
    candidates = Array.isArray(parsed.candidates) ? parsed.candidates : [];
  } catch {
    candidates = [];
  }
  return {
    id: r.id,
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    division: r.division,
    suggestedJudge: r.suggestedJudge,
    followed: r.followed,
    assignedJudge: r.assignedJudge,
    note: r.note,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    candidates,
  };
}
