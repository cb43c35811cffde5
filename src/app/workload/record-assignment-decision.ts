/**
 * 按建议分案 or 改派: the chief (or the office) records the decision on a pending case's suggestion.
 * The suggestion is computed again at that moment and stored with the decision (the numbers the
 * decision was taken on). The imported case data is not changed: the decision is a record, for the
 * filing system where cases are actually assigned.
 */
import type { Db } from "../../db/connect.js";
import { findAssignmentDecision, insertAssignmentDecision } from "../../db/workload/assignment-decisions.js";
import type { Actor } from "../../domain/auth/index.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type AssignmentDecisionView, decisionView } from "./decision-view.js";
import { computeSuggestion, loadCaseToAssign } from "./suggest-assignment.js";

export interface AssignmentDecisionInput {
  caseId: number;
  /** true: 按建议分案; false: 改派 to `judge`. */
  followed: boolean;
  judge?: string;
  note?: string;
}

export async function recordAssignmentDecision(
  actor: Actor,
  handle: Db,
  input: AssignmentDecisionInput,
  today: string,
): Promise<AssignmentDecisionView> {
  const c = await loadCaseToAssign(handle, input.caseId);
  const s = await computeSuggestion(handle, c, today, !!actor.court);
  const before = await findAssignmentDecision(handle, c.id);
  mustAuthorize(actor, "decide-assignment", {
    courtCode: c.courtCode,
    division: c.division,
    judge: c.judge,
    pending: s.pending,
    decided: before !== undefined,
  });
  if (!s.suggested) throw new InvalidInputError("caseId", `${c.division}没有可分案的法官，无法给出分案建议`);
  let assigned: string;
  if (input.followed) assigned = s.suggested;
  else {
    const judge = input.judge?.trim() ?? "";
    if (!judge) throw new InvalidInputError("judge", "改派时请选择承办法官");
    if (!s.candidates.some((x) => x.judge === judge))
      throw InvalidInputError.of("judge", judge, `不是${c.division}可分案的法官`);
    assigned = judge;
  }
  const note = input.note?.trim() || null;
  const now = new Date().toISOString();
  const followed = assigned === s.suggested;
  const id = await insertAssignmentDecision(
    handle,
    {
      caseId: c.id,
      caseNumber: c.caseNumber,
      division: c.division,
      suggestedJudge: s.suggested,
      suggestionJson: JSON.stringify({
        asOf: s.asOf,
        recentFrom: s.recentFrom,
        weight: s.weight,
        eligibility: s.eligibility,
        candidates: s.candidates,
      }),
      followed,
      assignedJudge: assigned,
      note,
      decidedBy: actor.username,
      decidedAt: now,
      createdAt: now,
    },
    {
      user: actor.username,
      action: followed ? "assign-as-suggested" : "assign-other",
      entity: "assignment",
      entityId: "",
      after: { caseNumber: c.caseNumber, suggested: s.suggested, assigned, note },
    },
  );
  if (id === undefined) throw new ConflictError("该案已记录分案决定");
  const saved = await findAssignmentDecision(handle, c.id);
  if (!saved) throw new ConflictError("该案的分案决定未能保存");
  return decisionView(saved);
}
