/** Counts of stored alerts within a scope, by rule, division and severity. */
import type { Db } from "../connect.js";
import type { Filter } from "../indicators/compile.js";
import { Params, placeholderFor, readRows } from "../sql.js";
import { type AlertFilters, alertWhere } from "./where.js";

export interface AlertGroupCount {
  key: string;
  count: number;
}

export async function countAlertRows(
  handle: Db,
  scope: readonly Filter[],
  f: AlertFilters,
): Promise<{ byRule: AlertGroupCount[]; byDivision: AlertGroupCount[]; bySeverity: AlertGroupCount[] }> {
  const params = new Params(placeholderFor(handle));
  const where = alertWhere(scope, f, params);
  const run = async (group: string) =>
    (
      await readRows<{ k: string; n: number }>(
        handle,
        `SELECT ${group} AS k, COUNT(*) AS n FROM alerts a WHERE ${where} GROUP BY ${group} ORDER BY n DESC, k`,
        params.values,
      )
    ).map((r) => ({ key: r.k, count: Number(r.n) }));
  const [byRule, byDivision, bySeverity] = await Promise.all([
    run("a.rule_id"),
    run("a.division"),
    run("a.severity"),
  ]);
  return { byRule, byDivision, bySeverity };
}
