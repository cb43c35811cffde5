import type { Db } from "../connect.js";
import { alertFromRow, type StoredAlert } from "./mapper.js";

export async function findAlert(handle: Db, id: number): Promise<StoredAlert | undefined> {
  const row = await handle.db.selectFrom("alerts").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? alertFromRow(row as unknown as Record<string, unknown>) : undefined;
}

/** The open (not resolved) alerts of one case, oldest first. */
export async function openAlertsOfCase(handle: Db, caseId: number): Promise<StoredAlert[]> {
  const rows = await handle.db
    .selectFrom("alerts")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("state", "<>", "resolved")
    .orderBy("id")
    .execute();
  return rows.map((r) => alertFromRow(r as unknown as Record<string, unknown>));
}
