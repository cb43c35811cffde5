/**
 * A drill-down list read page by page (keyset pagination), for its export: the same source, the
 * same order and the same rows as drillRows, whether every row or one page of the list.
 */
import { CASE_ROW_COLUMNS, type CaseListRow, caseListRowOf } from "../cases/case-list-row.js";
import type { Db } from "../connect.js";
import { keysetPages } from "../keyset.js";
import { Params, paging, placeholderFor } from "../sql.js";
import { type DrillSelection, drillOrder, drillSource } from "./drill.js";

export async function* drillPages(
  handle: Db,
  s: DrillSelection,
  pageRows: number,
): AsyncGenerator<CaseListRow[]> {
  const params = new Params(placeholderFor(handle));
  const src = drillSource(s, params);
  // A page of the list (paging() as drillRows does), or every row.
  const p = s.all ? undefined : paging(s, 0);
  for await (const rows of keysetPages(
    handle,
    { ...src, select: CASE_ROW_COLUMNS, values: params.values, keys: drillOrder(s) },
    { pageRows, offset: p ? (p.page - 1) * p.pageSize : 0, limit: p?.pageSize },
  ))
    yield rows.map(caseListRowOf);
}
