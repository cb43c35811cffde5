/** One case row with its events, by id. */
import type { Db } from "../connect.js";
import type { CaseEventRowDb, CaseRowDb } from "../schema.js";

export async function findCaseRow(handle: Db, id: number): Promise<CaseRowDb | undefined> {
  return handle.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function caseEventRows(handle: Db, caseId: number): Promise<CaseEventRowDb[]> {
  return handle.db
    .selectFrom("case_events")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("id")
    .execute();
}
