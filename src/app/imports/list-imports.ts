/** The import history, newest first. */
import type { Db } from "../../db/connect.js";
import { type ImportHistoryRow, listImportRecords } from "../../db/imports/import-records.js";
import type { Actor } from "../../domain/auth/index.js";
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
  const { total, rows } = await listImportRecords(handle, page, pageSize);
  return { total, page, pageSize, rows };
}
