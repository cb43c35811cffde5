/**
 * The case list behind a figure: the same measure predicate as the aggregate in its WHERE clause,
 * so the list's length always equals the count. A sorted page and the total.
 */
import type { Measure } from "../../domain/indicators/catalogue.js";
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "../cases/case-list-row.js";
import { urgencyKeys } from "../cases/list-cases.js";
import type { Db } from "../connect.js";
import { orderByKeys, type SortKey } from "../keyset.js";
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

/**
 * What a drill-down list reads: the periods CTE, the joins and the WHERE clause (filters, the
 * measure's predicate, the group), with their parameters added to `params`. The list, its count
 * and its export (drill-pages.ts) all read from this.
 */
export function drillSource(s: DrillSelection, params: Params): { cte: string; from: string; where: string } {
  let where = `${compileFilters(s.filters, params.placeholder, params.values)} AND ${measureWhere(s.measure)}`;
  if (s.group) where += ` AND ${groupExpr(s.group.by)} = ${params.add(s.group.key)}`;
  return {
    cte: periodsCte([s.period]),
    // The court as well as the id: on a federation node ids are per member and both tables are
    // partitioned by court, so the join runs partition by partition (on the member).
    from: `FROM case_facts f JOIN p ON ${RELEVANT} JOIN cases c ON c.id = f.case_id AND c.court_code = f.court_code`,
    where,
  };
}

/** The order of a drill-down list: NULLs of the sort column last when ascending, then the id. */
export function drillOrder(s: Pick<DrillSelection, "sort" | "order">): SortKey[] {
  if (s.sort === "urgency") return urgencyKeys(s.order === "desc");
  const sort = SORT_COLUMN[s.sort];
  const desc = s.order === "desc";
  const nulls = desc ? "0" : "1";
  return [
    { expr: `CASE WHEN ${sort} IS NULL THEN ${nulls} ELSE ${nulls === "1" ? "0" : "1"} END`, desc: false },
    { expr: sort, desc },
    { expr: "c.id", desc },
  ];
}

export async function drillRows(
  handle: Db,
  s: DrillSelection,
): Promise<{ total: number; page: number; pageSize: number; rows: CaseListRow[] }> {
  const params = new Params(placeholderFor(handle));
  const src = drillSource(s, params);
  const from = `${src.from} WHERE ${src.where}`;

  const count = await readRows<{ n: number }>(
    handle,
    `WITH ${src.cte} SELECT COUNT(*) AS n ${from}`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);

  const p = paging(s, total);
  const listSql = `WITH ${src.cte}
SELECT ${CASE_ROW_COLUMNS}
${from}
ORDER BY ${orderByKeys(drillOrder(s))}
${limitOffset(params, p)}`;
  const rows = await readRows<Record<string, unknown>>(handle, listSql, params.values);
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(caseListRowOf) };
}
