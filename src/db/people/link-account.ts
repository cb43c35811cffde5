/** An account's staff member (users.staff_id), and the accounts of a staff member. */
import { type AuditEntry, appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export async function setAccountStaff(
  handle: Db,
  userId: number,
  staffId: number | null,
  audit: AuditEntry,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set({ staff_id: staffId }).where("id", "=", userId).execute();
    await appendAudit(trx, audit);
  });
}

/** The accounts linked to a staff member (active ones first, then by name). */
export async function accountsOfStaff(
  handle: Db,
  staffId: number,
): Promise<{ id: number; username: string; disabled: boolean }[]> {
  const rows = await handle.db
    .selectFrom("users")
    .select(["id", "username", "disabled"])
    .where("staff_id", "=", staffId)
    .orderBy("disabled")
    .orderBy("username")
    .execute();
  return rows.map((r) => ({ id: Number(r.id), username: r.username, disabled: Number(r.disabled) === 1 }));
}
