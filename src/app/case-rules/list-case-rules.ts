/**
 * 类案裁判规则: the list (by status, 案由, words in the title or text) of the rules of the reader's
 * courts and those that say no court, and the rules that guide a case — adopted rules of the case's
 * own court (or of no court) with the case's 案由, shown on the page of a pending case (类案指导).
 */
import { readRules } from "../../db/case-rules/case-rules.js";
import { caseDatesByIds, findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { type Actor, authorize, recordCourts } from "../../domain/auth/index.js";
import { isRuleStatus, sameCause } from "../../domain/case-rules/rule.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type CaseRuleRow, caseRuleRow } from "./case-rule-row.js";

export async function listCaseRules(
  actor: Actor,
  handle: Db,
  q: { status?: string; cause?: string; q?: string } = {},
): Promise<{ rows: CaseRuleRow[]; canCreate: boolean }> {
  mustAuthorize(actor, "view-case-rules");
  if (q.status && !isRuleStatus(q.status))
    throw InvalidInputError.of("status", q.status, "不是有效的规则状态（草稿、审委会已通过、已废止）");
  const words = q.q?.trim();
  const courts = recordCourts(actor);
  const rows = (await readRules(handle, { status: q.status, ...(courts ? { courts } : {}) }))
    .filter((r) => !q.cause?.trim() || sameCause(r.cause, q.cause) || r.cause.includes(q.cause.trim()))
    .filter((r) => !words || r.title.includes(words) || r.ruleText.includes(words))
    .map((r) => caseRuleRow(actor, r));
  return { rows, canCreate: authorize(actor, "edit-case-rule", { status: "draft" }).allowed };
}

export interface CaseGuidance {
  caseId: number;
  cause: string | null;
  /** The case is pending (not closed): guidance is shown. */
  pending: boolean;
  rules: CaseRuleRow[];
}

/** 类案指导 for a case's page: adopted rules whose 案由 is the case's, when the case is pending. */
export async function caseGuidance(actor: Actor, handle: Db, caseId: number): Promise<CaseGuidance> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const dates = (await caseDatesByIds(handle, [caseId])).get(caseId);
  const cause = dates?.cause ?? null;
  const pending = dates !== undefined && dates.closedOn === null;
  if (!pending || !cause) return { caseId, cause, pending, rules: [] };
  // A case is guided by its own court's rules: not by a sibling's, nor by another court's a 中院 reads.
  const rules = (await readRules(handle, { status: "adopted", courts: [ref.courtCode] }))
    .filter((r) => sameCause(r.cause, cause))
    .map((r) => caseRuleRow(actor, r));
  return { caseId, cause, pending, rules };
}
