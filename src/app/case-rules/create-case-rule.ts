/**
 * 审管办 drafts a 类案裁判规则 (often from a 评析会's common problems); the rule belongs to the
 * writer's court (none on a one-court installation).
 */
import { insertRule, readRules } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type CaseRuleRow, caseRuleRow } from "./case-rule-row.js";
import { checkRuleForm, type RuleForm } from "./rule-form.js";

export async function createCaseRule(
  actor: Actor,
  handle: Db,
  input: RuleForm,
  now = new Date().toISOString(),
): Promise<CaseRuleRow> {
  mustAuthorize(actor, "edit-case-rule", { status: "draft" });
  const { fields, caseIds } = await checkRuleForm(actor, handle, input);
  const id = await insertRule(
    handle,
    fields,
    caseIds,
    actor.name ?? actor.username,
    actor.username,
    now,
    actor.court ?? null,
  );
  const [r] = await readRules(handle, { id });
  if (!r) throw new NotFoundError(`类案裁判规则 ${id} 不存在`);
  return caseRuleRow(actor, r);
}
