/**
 * Writing a scheme version: a new one inserted, or a stored one changed — each in one transaction
 * with its audit entry.
 */
import type { Scheme } from "../../domain/assessment/scheme.js";
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export interface SchemeWrite extends Scheme {
  effectiveFrom: string;
  effectiveTo: string | null;
}

function columns(s: SchemeWrite) {
  return {
    name: s.name,
    version: s.version,
    effective_from: s.effectiveFrom,
    effective_to: s.effectiveTo,
    items_json: JSON.stringify(s.items),
  };
}

export async function insertScheme(
  handle: Db,
  s: SchemeWrite,
  createdBy: string,
  now: string,
  audit: AuditEntry,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto("assessment_schemes")
      .values({ ...columns(s), created_by: createdBy, created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { ...audit, entityId: String(r.id) });
    return Number(r.id);
  });
}

export async function updateScheme(
  handle: Db,
  id: number,
  s: SchemeWrite,
  now: string,
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("assessment_schemes")
      .set({ ...columns(s), updated_at: now })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, audit);
  });
}
