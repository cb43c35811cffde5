/**
 * The office writes a scheme version (a new one, or a change to a stored one). Checked whole
 * first — every faulty item named — and stored in one transaction with its audit entry; a name and
 * version already stored is refused (a new version of a scheme gets a new version number).
 */
import { findSchemeById, findSchemeByVersion } from "../../db/assessment/find-scheme.js";
import { insertScheme, updateScheme } from "../../db/assessment/write-scheme.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkSchemeForm, type SchemeForm } from "./scheme-input.js";
import { type SchemeRow, schemeRow } from "./scheme-row.js";

export async function createAssessmentScheme(actor: Actor, handle: Db, form: SchemeForm): Promise<SchemeRow> {
  mustAuthorize(actor, "manage-assessment-schemes");
  const s = checkSchemeForm(form);
  if (await findSchemeByVersion(handle, s.name, s.version))
    throw new ConflictError(`考核办法“${s.name}”已有版本 ${s.version}，请使用新的版本号`);
  const id = await insertScheme(handle, s, actor.username, new Date().toISOString(), {
    user: actor.username,
    action: "create",
    entity: "assessment_scheme",
    entityId: "",
    after: s,
  });
  const stored = await findSchemeById(handle, id);
  if (!stored) throw new NotFoundError(`考核办法 ${id} 不存在`);
  return schemeRow(actor, stored);
}

export async function updateAssessmentScheme(
  actor: Actor,
  handle: Db,
  id: number,
  form: SchemeForm,
): Promise<SchemeRow> {
  mustAuthorize(actor, "manage-assessment-schemes");
  const before = await findSchemeById(handle, id);
  if (!before) throw new NotFoundError(`考核办法 ${id} 不存在`);
  const s = checkSchemeForm(form);
  const clash = await findSchemeByVersion(handle, s.name, s.version);
  if (clash && clash.id !== id)
    throw new ConflictError(`考核办法“${s.name}”已有版本 ${s.version}，请使用新的版本号`);
  await updateScheme(handle, id, s, new Date().toISOString(), {
    user: actor.username,
    action: "update",
    entity: "assessment_scheme",
    entityId: String(id),
    before,
    after: s,
  });
  const after = await findSchemeById(handle, id);
  if (!after) throw new NotFoundError(`考核办法 ${id} 不存在`);
  return schemeRow(actor, after);
}
