/**
 * The import history, newest first: the imports of the reader's courts (an import belongs to the
 * court of the account that ran it) and those that say no court.
 */
import type { Db } from "../../db/connect.js";
import { type ImportHistoryRow, listImportRecords } from "../../db/imports/import-records.js";
import { type Actor, recordCourts } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";

export type { ImportHistoryRow } from "../../db/imports/import-records.js";

export async function listImports(
  actor: Actor,
  handle: Db,
  q: { page?: number; pageSize?: number },
): Promise<{ total: number; page: number; pageSize: number; rows: ImportHistoryRow[] }> {
  mustAuthorize(actor, "view-imports");
  const pageSize = q.pageSize ?? 20;
  const page = q.page ?? 1;
  const { total, rows } = await listImportRecords(handle, page, pageSize, recordCourts(actor) ?? undefined);
  return { total, page, pageSize, rows };
}
