/**
 * Each judge's cases of each type code and procedure for a period, in one pass over case_facts:
 * received (filed in the period), closed (closed in the period) and pending at its end (filed by
 * its end and not closed by then). The caller's filters (the reader's scope, a division) apply.
 */
import type { WorkloadCountRow } from "../../domain/workload/index.js";
import type { Db } from "../connect.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { Params, placeholderFor, readRows } from "../sql.js";

export interface WorkloadCountQuery {
  /** Day numbers (days since 1970-01-01), inclusive. */
  fromDay: number;
  toDay: number;
  filters: Filter[];
  /** A case left out (the case being assigned, when its own judge's load is counted). */
  excludeCaseId?: number;
}

export async function readWorkloadCounts(handle: Db, q: WorkloadCountQuery): Promise<WorkloadCountRow[]> {
  const p = new Params(placeholderFor(handle));
  const from = () => p.add(q.fromDay);
  const to = () => p.add(q.toDay);
  const received = `SUM(CASE WHEN f.filed_day >= ${from()} AND f.filed_day <= ${to()} THEN 1 ELSE 0 END)`;
  const closed = `SUM(CASE WHEN f.closed_day >= ${from()} AND f.closed_day <= ${to()} THEN 1 ELSE 0 END)`;
  const pending = `SUM(CASE WHEN f.closed_day IS NULL OR f.closed_day > ${to()} THEN 1 ELSE 0 END)`;
  const relevant = `f.filed_day <= ${to()} AND (f.closed_day IS NULL OR f.closed_day >= ${from()})`;
  const exclude = q.excludeCaseId === undefined ? "" : ` AND f.case_id <> ${p.add(q.excludeCaseId)}`;
  const where = compileFilters(q.filters, p.placeholder, p.values);
  const text = `SELECT f.division AS division, f.judge AS judge, f.type_code AS type_code,
      f.procedure AS procedure, ${received} AS received, ${closed} AS closed, ${pending} AS pending
    FROM case_facts f
    WHERE ${relevant}${exclude} AND ${where}
    GROUP BY f.division, f.judge, f.type_code, f.procedure`;
  const rows = await readRows<Record<string, unknown>>(handle, text, p.values);
  return rows.map((r) => ({
    division: String(r.division),
    judge: String(r.judge),
    typeCode: String(r.type_code),
    procedure: String(r.procedure),
    received: Number(r.received),
    closed: Number(r.closed),
    pending: Number(r.pending),
  }));
}
