/**
 * Archived reports, newest period first: optionally of one job and period, and only of the scopes
 * given (undefined: every scope — the whole court's readers). A page of rows and the total.
 */
import type { Db } from "../connect.js";
import { type ArchivedReport, toArchivedReport } from "./mapper.js";

export interface ArchiveFilter {
  job?: string;
  period?: string;
  scopes?: readonly string[];
  page: number;
  pageSize: number;
}

export async function listArchivedReports(
  handle: Db,
  f: ArchiveFilter,
): Promise<{ rows: ArchivedReport[]; total: number }> {
  let q = handle.db.selectFrom("report_archive");
  if (f.job) q = q.where("job", "=", f.job);
  if (f.period) q = q.where("period_label", "=", f.period);
  if (f.scopes) q = q.where("scope", "in", f.scopes.length > 0 ? [...f.scopes] : [""]);
  const count = await q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy("period_label", "desc")
    .orderBy("job")
    .orderBy("id", "desc")
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows: rows.map(toArchivedReport), total: Number(count.n) };
}
