/**
 * drillDown — the exact case list behind a figure's numerator or denominator: the same predicate
 * as the aggregate, so the list's length always equals the count. Paged and sortable, within the
 * actor's scope.
 */
import type { Db } from "../../db/connect.js";
import {
  compileFilters,
  type Filter,
  type Grouping,
  groupExpr,
  measureWhere,
  POSTGRES_PLACEHOLDER,
  periodsCte,
  RELEVANT,
  SQLITE_PLACEHOLDER,
} from "../../db/indicators/compile.js";
import { readRowsQ } from "../../db/read.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { indicatorById, monthsOf } from "../../domain/indicators/index.js";
import { type Actor, assertCan } from "../shared/actor.js";
import { scopeFilters } from "../shared/scope.js";
import { QueryError, validatePeriod } from "./compute-indicators.js";

export const DRILL_SORT_FIELDS = [
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

export interface DrillQuery {
  indicator: string;
  part: "numerator" | "denominator";
  from: string;
  to: string;
  /** With `group`: restrict to one group of that grouping (for month: the month label YYYY-MM). */
  by?: Grouping;
  group?: string;
  filters?: Filter[];
  page?: number;
  pageSize?: number;
  sort?: DrillSortField;
  order?: "asc" | "desc";
  /** Return every row (exports); ignores page/pageSize. */
  all?: boolean;
}

export interface DrillRow {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
  typeCode: string;
  cause: string | null;
  procedure: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  deadline: string | null;
  status: string;
  daysLeft: number | null;
  durationDays: number | null;
  naturalDays: number;
  extensionCount: number;
  excludedDays: number;
  appealOutcome: string | null;
}

/** The columns of a case list row (c = cases, f = case_facts), for every list of cases. */
export const CASE_ROW_COLUMNS = `c.id AS id, c.case_number AS case_number, f.division AS division, f.judge AS judge,
  f.type_code AS type_code, f.cause AS cause, f.procedure AS procedure, f.filed_on AS filed_on,
  f.closed_on AS closed_on, f.closure_mode AS closure_mode, f.deadline AS deadline, f.status AS status,
  f.days_left AS days_left, f.duration_days AS duration_days, f.natural_days AS natural_days,
  f.extension_count AS extension_count, f.excluded_days AS excluded_days, f.appeal_outcome AS appeal_outcome`;

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const textOrNull = (v: unknown): string | null => (v as string | null | undefined) ?? null;

/** A row selected with CASE_ROW_COLUMNS. */
export function caseRowOf(r: Record<string, unknown>): DrillRow {
  return {
    id: Number(r.id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    typeCode: String(r.type_code),
    cause: textOrNull(r.cause),
    procedure: String(r.procedure),
    filedOn: String(r.filed_on),
    closedOn: textOrNull(r.closed_on),
    closureMode: textOrNull(r.closure_mode),
    deadline: textOrNull(r.deadline),
    status: String(r.status),
    daysLeft: numOrNull(r.days_left),
    durationDays: numOrNull(r.duration_days),
    naturalDays: Number(r.natural_days),
    extensionCount: Number(r.extension_count),
    excludedDays: Number(r.excluded_days),
    appealOutcome: textOrNull(r.appeal_outcome),
  };
}

export interface DrillResult {
  indicator: string;
  part: "numerator" | "denominator";
  total: number;
  page: number;
  pageSize: number;
  rows: DrillRow[];
}

const SORT_COLUMN: Record<DrillSortField, string> = {
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

export async function drillDown(actor: Actor, handle: Db, q: DrillQuery): Promise<DrillResult> {
  assertCan(actor, "view-cases");
  validatePeriod(q.from, q.to);
  const def = indicatorById(q.indicator);
  if (!def) throw new QueryError("indicator", q.indicator, "未知的指标");
  const measure = q.part === "numerator" ? def.numerator : def.denominator;
  if (!measure) throw new QueryError("part", q.part, `指标“${def.name}”没有分母`);
  const by = q.by ?? "all";

  let period = { from: q.from, to: q.to, label: "本期" };
  if (by === "month" && q.group !== undefined) {
    const m = monthsOf(period).find((x) => x.label === q.group);
    if (!m) throw new QueryError("group", q.group, "不在统计期间内的月份");
    period = m;
  }
  const placeholder = handle.dialect === "postgres" ? POSTGRES_PLACEHOLDER : SQLITE_PLACEHOLDER;
  const params: unknown[] = [];
  const filters = [...scopeFilters(actor), ...(q.filters ?? [])];
  let where = `${compileFilters(filters, placeholder, params)} AND ${measureWhere(measure)}`;
  if (q.group !== undefined && by !== "month" && by !== "all") {
    params.push(q.group);
    where += ` AND ${groupExpr(by)} = ${placeholder(params.length)}`;
  }
  const cte = periodsCte([
    { id: 0, label: period.label, fromDay: parseIsoDate(period.from), toDay: parseIsoDate(period.to) },
  ]);
  const from = `FROM case_facts f JOIN p ON ${RELEVANT} JOIN cases c ON c.id = f.case_id WHERE ${where}`;

  const countRes = await readRowsQ<{ n: number }>(handle, `WITH ${cte} SELECT COUNT(*) AS n ${from}`, params);
  const total = Number(countRes.rows[0]?.n ?? 0);

  const sort = SORT_COLUMN[q.sort ?? "case_number"];
  if (!sort) throw new QueryError("sort", q.sort, "不支持的排序字段");
  const order = q.order === "desc" ? "DESC" : "ASC";
  const pageSize = q.all ? Math.max(total, 1) : Math.min(Math.max(q.pageSize ?? 50, 1), 1000);
  const page = q.all ? 1 : Math.max(q.page ?? 1, 1);
  const listParams = [...params, pageSize, (page - 1) * pageSize];
  const nulls = order === "ASC" ? "1" : "0";
  const listSql = `WITH ${cte}
SELECT ${CASE_ROW_COLUMNS}
${from}
ORDER BY CASE WHEN ${sort} IS NULL THEN ${nulls} ELSE ${nulls === "1" ? "0" : "1"} END, ${sort} ${order}, c.id ${order}
LIMIT ${placeholder(listParams.length - 1)} OFFSET ${placeholder(listParams.length)}`;
  const res = await readRowsQ<Record<string, unknown>>(handle, listSql, listParams);
  const rows = res.rows.map(caseRowOf);
  return { indicator: def.id, part: q.part, total, page, pageSize, rows };
}
