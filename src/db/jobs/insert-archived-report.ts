/** Archives a file a run made (inside the transaction that marks the run succeeded). */
import type { Kysely } from "kysely";
import type { Database, ReportArchiveTable } from "../schema.js";

export async function insertArchivedReport(
  db: Kysely<Database>,
  row: Omit<ReportArchiveTable, "id">,
): Promise<number> {
  const r = await db.insertInto("report_archive").values(row).returning("id").executeTakeFirstOrThrow();
  return Number(r.id);
}
