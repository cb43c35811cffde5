/** Searching the cases the actor may see (case number, party; division, judge, status), a page at a time. */
import type { CaseListRow } from "../../db/cases/case-list-row.js";
import { type CaseSearch, listCaseRows } from "../../db/cases/list-cases.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";

export type { CaseListRow } from "../../db/cases/case-list-row.js";
export { CASE_SORT, type CaseSort } from "../../db/cases/list-cases.js";

export type CaseListQuery = Omit<CaseSearch, "filters"> & { filters?: CaseSearch["filters"] };

export async function listCases(
  actor: Actor,
  handle: Db,
  query: CaseListQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: CaseListRow[] }> {
  mustAuthorize(actor, "view-cases");
  return listCaseRows(handle, { ...query, filters: [...scopeFilters(actor), ...(query.filters ?? [])] });
}
