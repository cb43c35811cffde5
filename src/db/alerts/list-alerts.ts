/** A page of stored alerts within a scope, filtered and sorted, with the total. */
import { SEVERITY_RANK } from "../../domain/alerts/index.js";
import type { Db } from "../connect.js";
import type { Filter } from "../indicators/compile.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { alertFromRow, type StoredAlert } from "./mapper.js";
import { type AlertFilters, alertWhere } from "./where.js";

export const ALERT_SORT = {
  severity: "severity_rank",
  case_number: "a.case_number",
  division: "a.division",
  judge: "a.judge",
  rule: "a.rule_id",
  first_seen: "a.first_seen",
} as const;
export type AlertSort = keyof typeof ALERT_SORT;

const SEVERITY_SQL = `CASE a.severity ${Object.entries(SEVERITY_RANK)
  .map(([s, r]) => `WHEN '${s}' THEN ${r}`)
  .join(" ")} ELSE 0 END`;

export interface AlertPageQuery extends AlertFilters {
  page?: number;
  pageSize?: number;
  sort?: AlertSort;
  order?: "asc" | "desc";
  all?: boolean;
}

export async function listAlertRows(
  handle: Db,
  scope: readonly Filter[],
  q: AlertPageQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: StoredAlert[] }> {
  const params = new Params(placeholderFor(handle));
  const where = alertWhere(scope, q, params);
  const count = await readRows<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM alerts a WHERE ${where}`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);
  const p = paging(q, total);
  const sort = ALERT_SORT[q.sort ?? "severity"] ?? ALERT_SORT.severity;
  const order = q.order === "asc" ? "ASC" : "DESC";
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT a.*, ${SEVERITY_SQL} AS severity_rank FROM alerts a WHERE ${where}
       ORDER BY ${sort} ${order}, a.weight DESC, a.case_number ASC, a.id ASC ${limitOffset(params, p)}`,
    params.values,
  );
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(alertFromRow) };
}
