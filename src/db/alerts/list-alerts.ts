/** A page of stored alerts within a scope, filtered and sorted, with the total. */
import { SEVERITY_RANK } from "../../domain/alerts/index.js";
import type { Db } from "../connect.js";
import type { Filter } from "../indicators/compile.js";
import { orderByKeys, type SortKey } from "../keyset.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { alertFromRow, type StoredAlert } from "./mapper.js";
import { type AlertFilters, alertWhere } from "./where.js";

const SEVERITY_SQL = `CASE a.severity ${Object.entries(SEVERITY_RANK)
  .map(([s, r]) => `WHEN '${s}' THEN ${r}`)
  .join(" ")} ELSE 0 END`;

export const ALERT_SORT = {
  severity: SEVERITY_SQL,
  case_number: "a.case_number",
  division: "a.division",
  judge: "a.judge",
  rule: "a.rule_id",
  first_seen: "a.first_seen",
} as const;
export type AlertSort = keyof typeof ALERT_SORT;

/** The select list of an alert row (alertFromRow maps it). */
export const ALERT_ROW_COLUMNS = `a.*, ${SEVERITY_SQL} AS severity_rank`;

export interface AlertPageQuery extends AlertFilters {
  page?: number;
  pageSize?: number;
  sort?: AlertSort;
  order?: "asc" | "desc";
  all?: boolean;
}

/** The order of an alert list: the sort column (severity by default, highest first), then seriousness, case number and id. */
export function alertOrder(q: Pick<AlertPageQuery, "sort" | "order">): SortKey[] {
  const sort = ALERT_SORT[q.sort ?? "severity"] ?? ALERT_SORT.severity;
  return [
    { expr: sort, desc: q.order !== "asc" },
    // Within a level, the most serious first (seriousness: days overdue, past the base period …).
    { expr: "a.weight", desc: true },
    { expr: "a.case_number", desc: false },
    { expr: "a.id", desc: false },
  ];
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
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT ${ALERT_ROW_COLUMNS} FROM alerts a WHERE ${where}
       ORDER BY ${orderByKeys(alertOrder(q))} ${limitOffset(params, p)}`,
    params.values,
  );
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(alertFromRow) };
}
