/** The import history (`imports`): one row per import attempt, with its counts. */
import type { Kysely } from "kysely";
import type { Db } from "../connect.js";
import type { Database, ImportsTable } from "../schema.js";

export type ImportRecord = Omit<ImportsTable, "id">;

export async function insertImportRecord(db: Kysely<Database>, r: ImportRecord): Promise<number> {
  const row = await db.insertInto("imports").values(r).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

export async function updateImportRecord(
  db: Kysely<Database>,
  id: number,
  r: Partial<ImportRecord>,
): Promise<void> {
  await db.updateTable("imports").set(r).where("id", "=", id).execute();
}

export interface ImportHistoryRow {
  id: number;
  fileNames: string;
  status: string;
  dryRun: boolean;
  casesTotal: number;
  casesInserted: number;
  casesUpdated: number;
  casesUnchanged: number;
  eventsTotal: number;
  eventsInserted: number;
  warnings: number;
  errors: number;
  userName: string;
  startedAt: string;
  finishedAt: string | null;
}

/** The newest imports first, a page at a time. */
export async function listImportRecords(
  handle: Db,
  page: number,
  pageSize: number,
): Promise<{ total: number; rows: ImportHistoryRow[] }> {
  const total = await handle.db
    .selectFrom("imports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const rows = await handle.db
    .selectFrom("imports")
    .selectAll()
    .orderBy("id", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(total.n),
    rows: rows.map((x) => ({
      id: x.id,
      fileNames: x.file_names,
      status: x.status,
      dryRun: x.dry_run === 1,
      casesTotal: x.cases_total,
      casesInserted: x.cases_inserted,
      casesUpdated: x.cases_updated,
      casesUnchanged: x.cases_unchanged,
      eventsTotal: x.events_total,
      eventsInserted: x.events_inserted,
      warnings: x.warnings,
      errors: x.errors,
      userName: x.user_name,
      startedAt: x.started_at,
      finishedAt: x.finished_at,
    })),
  };
}
