/**
 * A 类案裁判规则's life: a draft is changed; adopted, with the day and the reference of the
 * 审判委员会's decision (《人民法院组织法》第三十七条); retired, with the day and why. Each step sends
 * back the version it read. Only the office of the court that wrote the rule takes them (a 中院
 * reads its basic courts' rules but does not keep them).
 */
import { readRules, updateRule } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type CaseRuleRow, caseRuleRef, caseRuleRow } from "./case-rule-row.js";
import { checkRuleForm, type RuleForm } from "./rule-form.js";

async function load(actor: Actor, handle: Db, id: number) {
  const [r] = await readRules(handle, { id });
  if (!r) throw new NotFoundError(`类案裁判规则 ${id} 不存在`);
  return caseRuleRow(actor, r);
}

function checkDay(field: string, v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || tryParseIsoDate(v) === undefined)
    throw InvalidInputError.of(field, v, "日期应为形如 2025-06-30 的有效日期");
  return v;
}

export async function editCaseRule(
  actor: Actor,
  handle: Db,
  id: number,
  input: RuleForm & { version: number },
  now = new Date().toISOString(),
): Promise<CaseRuleRow> {
  const before = await load(actor, handle, id);
  mustAuthorize(actor, "edit-case-rule", await caseRuleRef(handle, before));
  const { fields, caseIds } = await checkRuleForm(actor, handle, input);
  const ok = await updateRule(handle, id, { fields, caseIds }, input.version, actor.username, now);
  if (!ok) throw new ConflictError(`规则“${before.title}”已被他人修改，请刷新后重试`);
  return load(actor, handle, id);
}

export async function adoptCaseRule(
  actor: Actor,
  handle: Db,
  id: number,
  input: { adoptedOn: string; reference: string; version: number },
  now = new Date().toISOString(),
): Promise<CaseRuleRow> {
  const before = await load(actor, handle, id);
  mustAuthorize(actor, "adopt-case-rule", await caseRuleRef(handle, before));
  const adoptedOn = checkDay("adoptedOn", input.adoptedOn);
  const reference = input.reference.trim();
  if (reference.length < 2)
    throw InvalidInputError.of(
      "reference",
      input.reference,
      "请填写审委会决定的出处（如“审委会2025年第5次会议”）",
    );
  const ok = await updateRule(
    handle,
    id,
    { status: "adopted", adoptedOn, adoptionReference: reference },
    input.version,
    actor.username,
    now,
  );
  if (!ok) throw new ConflictError(`规则“${before.title}”已被他人修改，请刷新后重试`);
  return load(actor, handle, id);
}

export async function retireCaseRule(
  actor: Actor,
  handle: Db,
  id: number,
  input: { retiredOn: string; note: string; version: number },
  now = new Date().toISOString(),
): Promise<CaseRuleRow> {
  const before = await load(actor, handle, id);
  mustAuthorize(actor, "retire-case-rule", await caseRuleRef(handle, before));
  const retiredOn = checkDay("retiredOn", input.retiredOn);
  if (before.adoptedOn && retiredOn < before.adoptedOn)
    throw InvalidInputError.of("retiredOn", retiredOn, `废止日期早于审委会通过日期 ${before.adoptedOn}`);
  const note = input.note.trim();
  if (note.length < 2)
    throw InvalidInputError.of("note", input.note, "请写明废止原因（如法律修订、新的司法解释）");
  const ok = await updateRule(
    handle,
    id,
    { status: "retired", retiredOn, retirementNote: note },
    input.version,
    actor.username,
    now,
  );
  if (!ok) throw new ConflictError(`规则“${before.title}”已被他人修改，请刷新后重试`);
  return load(actor, handle, id);
}
