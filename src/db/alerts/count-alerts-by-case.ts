/** Open alerts of the given cases within a scope, counted by case, severity and state. */
import type { Db } from "../connect.js";
import type { Filter } from "../indicators/compile.js";
import { Params, placeholderFor, readRows } from "../sql.js";
import { alertWhere } from "./where.js";

export interface CaseAlertCount {
  caseId: number;
  severity: string;
  state: string;
  count: number;
}

/** Counts of the open (not resolved) alerts of `caseIds` (at most a page of a list at a time). */
export async function countAlertsByCase(
  handle: Db,
  scope: readonly Filter[],
  caseIds: readonly number[],
): Promise<CaseAlertCount[]> {
  if (caseIds.length === 0) return [];
  const params = new Params(placeholderFor(handle));
  const where = alertWhere(scope, {}, params);
  const ids = caseIds.map((id) => params.add(id)).join(", ");
  const rows = await readRows<{ case_id: number; severity: string; state: string; n: number }>(
    handle,
    `SELECT a.case_id AS case_id, a.severity AS severity, a.state AS state, COUNT(*) AS n
FROM alerts a WHERE ${where} AND a.case_id IN (${ids})
GROUP BY a.case_id, a.severity, a.state`,
    params.values,
  );
  return rows.map((r) => ({
    caseId: Number(r.case_id),
    severity: r.severity,
    state: r.state,
    count: Number(r.n),
  }));
}
