/** One stored scheme version. */
import { findSchemeById } from "../../db/assessment/find-scheme.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type SchemeRow, schemeRow } from "./scheme-row.js";

export async function getAssessmentScheme(actor: Actor, handle: Db, id: number): Promise<SchemeRow> {
  mustAuthorize(actor, "view-assessment");
  const s = await findSchemeById(handle, id);
  if (!s) throw new NotFoundError(`考核办法 ${id} 不存在`);
  return schemeRow(actor, s);
}
