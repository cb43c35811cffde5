/**
 * An alert list read page by page (keyset pagination), for its export: the same filters, the same
 * order and the same rows as listAlertRows, whether every row or one page of the list.
 */
import type { Db } from "../connect.js";
import type { Filter } from "../indicators/compile.js";
import { keysetPages } from "../keyset.js";
import { Params, paging, placeholderFor } from "../sql.js";
import { ALERT_ROW_COLUMNS, type AlertPageQuery, alertOrder } from "./list-alerts.js";
import { alertFromRow, type StoredAlert } from "./mapper.js";
import { alertWhere } from "./where.js";

export async function* alertPages(
  handle: Db,
  scope: readonly Filter[],
  q: AlertPageQuery,
  pageRows: number,
): AsyncGenerator<StoredAlert[]> {
  const params = new Params(placeholderFor(handle));
  const where = alertWhere(scope, q, params);
  const p = q.all ? undefined : paging(q, 0);
  for await (const rows of keysetPages(
    handle,
    { select: ALERT_ROW_COLUMNS, from: "FROM alerts a", where, values: params.values, keys: alertOrder(q) },
    { pageRows, offset: p ? (p.page - 1) * p.pageSize : 0, limit: p?.pageSize },
  ))
    yield rows.map(alertFromRow);
}
