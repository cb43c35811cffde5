/** Searching cases (case number or party) within filters, with their facts: a sorted page and the total. */
import type { Db } from "../connect.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { orderByKeys, type SortKey } from "../keyset.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "./case-list-row.js";

export const CASE_SORT = {
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

export interface CaseSearch {
  /** Part of a case number or a party's name. */
  q?: string;
  filters: Filter[];
  /** case_facts.status */
  status?: string;
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
  if (s.q) {
    const like = `%${s.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    where += ` AND (c.case_number LIKE ${params.add(like)} ESCAPE '\\' OR c.plaintiffs LIKE ${params.add(like)} ESCAPE '\\' OR c.defendants LIKE ${params.add(like)} ESCAPE '\\')`;
  }
  if (s.status) where += ` AND f.status = ${params.add(s.status)}`;
  return { from: "FROM case_facts f JOIN cases c ON c.id = f.case_id", where };
}

/** The order of a case search: the sort column (filing day by default, newest first), then the id. */
export function caseSearchOrder(s: Pick<CaseSearch, "sort" | "order">): SortKey[] {
  const sort = CASE_SORT[s.sort ?? "filed_on"] ?? CASE_SORT.filed_on;
  const desc = s.order !== "asc";
  return [
    { expr: sort, desc },
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
