/**
 * Archived reports, newest period first, the court's version before the divisions': optionally of one job and period, and only of the scopes
 * given (undefined: every scope — the whole court's readers). A page of rows and the total.
 */
import { sql } from "kysely";
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
    // The whole court's version first, then the divisions' in the order they were made (the court's
    // division order), each with its files.
    .orderBy(sql`case when scope = 'court' then 0 else 1 end`)
    .orderBy("id")
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { rows: rows.map(toArchivedReport), total: Number(count.n) };
}
