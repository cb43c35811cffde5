/**
 * Writing the staff register: one member added or changed, or a sheet's rows (inserted or updated
 * by 工号) — each in one transaction with its audit entry, so that nothing is half-written.
 */
import type { StaffInput } from "../../domain/people/staff.js";
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";
import { staffColumns } from "./mapper.js";

export async function insertStaff(
  handle: Db,
  s: StaffInput,
  now: string,
  audit: AuditEntry,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto("staff")
      .values({ ...staffColumns(s), created_at: now, updated_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    await appendAudit(trx, { ...audit, entityId: audit.entityId || String(r.id) });
    return Number(r.id);
  });
}

export async function updateStaff(
  handle: Db,
  id: number,
  s: StaffInput,
  now: string,
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("staff")
      .set({ ...staffColumns(s), updated_at: now })
      .where("id", "=", id)
      .execute();
    await appendAudit(trx, audit);
  });
}

/** A sheet's rows: each inserted, or updated when its 工号 is in the register; all or none. */
export async function writeStaffRows(
  handle: Db,
  rows: readonly StaffInput[],
  now: string,
  audit: AuditEntry,
): Promise<{ inserted: number; updated: number }> {
  return handle.db.transaction().execute(async (trx) => {
    const existing = new Set(
      (await trx.selectFrom("staff").select("staff_no").execute()).map((r) => r.staff_no),
    );
    let inserted = 0;
    let updated = 0;
    for (const s of rows) {
      if (existing.has(s.staffNo)) {
        await trx
          .updateTable("staff")
          .set({ ...staffColumns(s), updated_at: now })
          .where("staff_no", "=", s.staffNo)
          .execute();
        updated++;
      } else {
        await trx
          .insertInto("staff")
          .values({ ...staffColumns(s), created_at: now, updated_at: now })
          .execute();
        existing.add(s.staffNo);
        inserted++;
      }
    }
    await appendAudit(trx, { ...audit, detail: { ...(audit.detail as object), inserted, updated } });
    return { inserted, updated };
  });
}
