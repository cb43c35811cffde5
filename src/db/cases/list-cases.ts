/**
 * Searching cases (case number, party or judge) within filters, with their facts: a sorted page and
 * the total. The default order is the most urgent first (URGENCY_ORDER).
 */
import type { Db } from "../connect.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { orderByKeys, type SortKey } from "../keyset.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "./case-list-row.js";

export const CASE_SORT = {
  urgency: "urgency",
  case_number: "c.case_number",
  filed_on: "f.filed_day",
  closed_on: "f.closed_day",
  deadline: "f.deadline_day",
  days_left: "f.days_left",
  natural_days: "f.natural_days",
  division: "f.division",
  judge: "f.judge",
} as const;
export type CaseSort = keyof typeof CASE_SORT;

/**
 * The most urgent first: pending cases by days to the deadline — overdue by the most days first,
 * then the fewest days left — then the cases without a running clock (closed, or no statutory
 * limit), then by case number. `desc` reverses it. (c = cases, f = case_facts)
 */
export function urgencyKeys(desc = false): SortKey[] {
  return [
    { expr: "CASE WHEN f.days_left IS NULL THEN 1 ELSE 0 END", desc },
    { expr: "f.days_left", desc },
    { expr: "c.case_number", desc },
    { expr: "c.id", desc },
  ];
}

/** Statuses of case_facts, and `pending`: every case not closed. */
export const CASE_STATUSES = [
  "running",
  "overdue",
  "closed-on-time",
  "closed-late",
  "no-limit",
  "pending",
] as const;
export type CaseStatusFilter = (typeof CASE_STATUSES)[number];

export interface CaseSearch {
  /** Part of a case number, a party's name or the judge's name. */
  q?: string;
  filters: Filter[];
  /** case_facts.status, or `pending` (not closed). */
  status?: CaseStatusFilter;
  page?: number;
  pageSize?: number;
  sort?: CaseSort;
  order?: "asc" | "desc";
}

/**
 * What a case search reads: the joins and the WHERE clause (filters, the text, the status), with
 * their parameters added to `params`. The list, its count and its export (case-list-pages.ts) all
 * read from this.
 */
export function caseSearchSource(s: CaseSearch, params: Params): { from: string; where: string } {
  let where = compileFilters(s.filters, params.placeholder, params.values);
  const q = s.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where += ` AND (c.case_number LIKE ${params.add(like)} ESCAPE '\\' OR c.plaintiffs LIKE ${params.add(like)} ESCAPE '\\' OR c.defendants LIKE ${params.add(like)} ESCAPE '\\' OR f.judge LIKE ${params.add(like)} ESCAPE '\\')`;
  }
  if (s.status === "pending") where += " AND f.closed_day IS NULL";
  else if (s.status) where += ` AND f.status = ${params.add(s.status)}`;
  return { from: "FROM case_facts f JOIN cases c ON c.id = f.case_id", where };
}

/**
 * The order of a case search: the most urgent first by default (urgencyKeys); a column sorts
 * descending unless asked otherwise; the id last, so the order is total (keyset pages).
 */
export function caseSearchOrder(s: Pick<CaseSearch, "sort" | "order">): SortKey[] {
  if (!s.sort || s.sort === "urgency") return urgencyKeys(s.order === "desc");
  const desc = s.order !== "asc";
  return [
    { expr: CASE_SORT[s.sort], desc },
    { expr: "c.id", desc },
  ];
}

export async function listCaseRows(
  handle: Db,
  s: CaseSearch,
): Promise<{ total: number; page: number; pageSize: number; rows: CaseListRow[] }> {
  const params = new Params(placeholderFor(handle));
  const src = caseSearchSource(s, params);
  const from = `${src.from} WHERE ${src.where}`;
  const count = await readRows<{ n: number }>(handle, `SELECT COUNT(*) AS n ${from}`, params.values);
  const total = Number(count[0]?.n ?? 0);
  const p = paging(s, total);
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT ${CASE_ROW_COLUMNS}
${from} ORDER BY ${orderByKeys(caseSearchOrder(s))} ${limitOffset(params, p)}`,
    params.values,
  );
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(caseListRowOf) };
}
