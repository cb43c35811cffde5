/** One 发改案件 entry (by its first-instance case), with its classification, for its reader. */
import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { readClassification } from "../../db/reversals/classifications.js";
import type { Actor } from "../../domain/auth/index.js";
import type { ReversalEntry } from "../../domain/reversals/register.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { loadRegister, type ReversalRow, reversalRow, reviewsOf } from "./register.js";

/**
 * The entry of a case the actor may see: 404 for an unknown case, 403 outside the actor's scope
 * (whether it was reversed is not told), 404 when the case is not a 发改案件.
 */
export async function findEntry(actor: Actor, handle: Db, caseId: number): Promise<ReversalEntry> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const entry = (await loadRegister(handle)).entries.find((e) => e.caseId === caseId);
  if (!entry) throw new NotFoundError(`${ref.caseNumber} 不是发改案件（没有改判或发回重审的二审结果）`);
  return entry;
}

export async function getReversal(actor: Actor, handle: Db, caseId: number): Promise<ReversalRow> {
  const entry = await findEntry(actor, handle, caseId);
  return reversalRow(
    actor,
    entry,
    await readClassification(handle, caseId),
    (await reviewsOf(handle)).get(caseId),
  );
}
