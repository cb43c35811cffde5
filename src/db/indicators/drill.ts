/**
 * The case list behind a figure: the same measure predicate as the aggregate in its WHERE clause,
 * so the list's length always equals the count. A sorted page and the total.
 */
import type { Measure } from "../../domain/indicators/catalogue.js";
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "../cases/case-list-row.js";
import { urgencyOrder } from "../cases/list-cases.js";
import type { Db } from "../connect.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import {
  compileFilters,
  type Filter,
  type Grouping,
  groupExpr,
  measureWhere,
  periodsCte,
  RELEVANT,
  type SqlPeriod,
} from "./compile.js";

export const DRILL_SORT_FIELDS = [
  "urgency",
  "case_number",
  "filed_on",
  "closed_on",
  "duration_days",
  "deadline",
  "days_left",
  "division",
  "judge",
  "natural_days",
] as const;
export type DrillSortField = (typeof DRILL_SORT_FIELDS)[number];

const SORT_COLUMN: Record<Exclude<DrillSortField, "urgency">, string> = {
  case_number: "c.case_number",
  filed_on: "f.filed_day",
  closed_on: "f.closed_day",
  duration_days: "f.duration_days",
  deadline: "f.deadline_day",
  days_left: "f.days_left",
  division: "f.division",
  judge: "f.judge",
  natural_days: "f.natural_days",
};

export interface DrillSelection {
  measure: Measure;
  period: SqlPeriod;
  filters: Filter[];
  /** Restrict to one group of a grouping (not month or all: those restrict by period). */
  group?: { by: Grouping; key: string };
  sort: DrillSortField;
  order: "asc" | "desc";
  page?: number;
  pageSize?: number;
  all?: boolean;
}

export async function drillRows(
  handle: Db,
  s: DrillSelection,
): Promise<{ total: number; page: number; pageSize: number; rows: CaseListRow[] }> {
  const params = new Params(placeholderFor(handle));
  let where = `${compileFilters(s.filters, params.placeholder, params.values)} AND ${measureWhere(s.measure)}`;
  if (s.group) where += ` AND ${groupExpr(s.group.by)} = ${params.add(s.group.key)}`;
  const cte = periodsCte([s.period]);
  const from = `FROM case_facts f JOIN p ON ${RELEVANT} JOIN cases c ON c.id = f.case_id WHERE ${where}`;

  const count = await readRows<{ n: number }>(
    handle,
    `WITH ${cte} SELECT COUNT(*) AS n ${from}`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);

  const order = s.order === "desc" ? "DESC" : "ASC";
  const p = paging(s, total);
  const nulls = order === "ASC" ? "1" : "0";
  const orderBy =
    s.sort === "urgency"
      ? urgencyOrder(order)
      : `CASE WHEN ${SORT_COLUMN[s.sort]} IS NULL THEN ${nulls} ELSE ${nulls === "1" ? "0" : "1"} END, ${SORT_COLUMN[s.sort]} ${order}, c.id ${order}`;
  const listSql = `WITH ${cte}
SELECT ${CASE_ROW_COLUMNS}
${from}
ORDER BY ${orderBy}
${limitOffset(params, p)}`;
  const rows = await readRows<Record<string, unknown>>(handle, listSql, params.values);
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(caseListRowOf) };
}
