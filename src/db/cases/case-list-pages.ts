/**
 * A case search read page by page (keyset pagination), for its export: the same source, the same
 * order and the same rows as one page of listCaseRows.
 */
import type { Db } from "../connect.js";
import { keysetPages } from "../keyset.js";
import { Params, paging, placeholderFor } from "../sql.js";
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "./case-list-row.js";
import { type CaseSearch, caseSearchOrder, caseSearchSource } from "./list-cases.js";

export async function* caseListPages(
  handle: Db,
  s: CaseSearch,
  pageRows: number,
): AsyncGenerator<CaseListRow[]> {
  const params = new Params(placeholderFor(handle));
  const src = caseSearchSource(s, params);
  // The page of the list that listCaseRows answers (paging() clamps it the same way).
  const p = paging(s, 0);
  for await (const rows of keysetPages(
    handle,
    { ...src, select: CASE_ROW_COLUMNS, values: params.values, keys: caseSearchOrder(s) },
    { pageRows, offset: (p.page - 1) * p.pageSize, limit: p.pageSize },
  ))
    yield rows.map(caseListRowOf);
}
