/**
 * The import history (`imports`): one row per import attempt, with its counts. An import belongs to
 * the court of the account that ran it (imports.court_code; null for an account without a court).
 */
import type { Kysely, SelectQueryBuilder } from "kysely";
import type { Db } from "../connect.js";
import { ofCourtsOrNone } from "../courts/of-courts.js";
import type { Database, ImportsTable } from "../schema.js";

/** An import as recorded; its court, when not given, is that of the account named by user_name. */
export type ImportRecord = Omit<ImportsTable, "id" | "court_code"> & { court_code?: string | null };

export async function insertImportRecord(db: Kysely<Database>, r: ImportRecord): Promise<number> {
  const { court_code, ...rest } = r;
  const row = await db
    .insertInto("imports")
    .values((eb) => ({
      ...rest,
      court_code:
        court_code !== undefined
          ? court_code
          : eb.selectFrom("users").select("users.court_code").where("users.username", "=", r.user_name),
    }))
    .returning("id")
    .executeTakeFirstOrThrow();
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

/**
 * The newest imports first, a page at a time; `courts`: only the imports of these courts (法院代字)
 * and those that say no court (an account without a court's, seen by every reader); absent: all.
 */
export async function listImportRecords(
  handle: Db,
  page: number,
  pageSize: number,
  courts?: readonly string[],
): Promise<{ total: number; rows: ImportHistoryRow[] }> {
  const inCourts = <Q extends SelectQueryBuilder<Database, "imports", object>>(q: Q): Q => {
    if (!courts) return q;
    return q.where(ofCourtsOrNone(courts)) as Q;
  };
  const total = await inCourts(handle.db.selectFrom("imports"))
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  const rows = await inCourts(handle.db.selectFrom("imports").selectAll())
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
