/**
 * 督办单 lists: 我发起的 (issued by me), 待我答复 (waiting for my answer as the judge in charge),
 * 已逾期 (past the reply date unanswered) and all — within the reader's data scope, a page at a time.
 */
import type { Db } from "../../db/connect.js";
import { listOrderRows, type OrderPageQuery } from "../../db/supervision-orders/list-orders.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { type OrderRow, orderRow } from "./order-row.js";

export type OrderTab = OrderPageQuery["tab"];

export interface OrderListQuery {
  tab?: OrderTab;
  state?: string;
  page?: number;
  pageSize?: number;
}

export function orderPageQuery(actor: Actor, q: OrderListQuery, today: string): OrderPageQuery {
  return {
    tab: q.tab ?? "all",
    state: q.state,
    page: q.page,
    pageSize: q.pageSize,
    username: actor.username,
    judge: actor.judgeName && actor.division ? { name: actor.judgeName, division: actor.division } : null,
    today,
  };
}

export async function listOrders(
  actor: Actor,
  handle: Db,
  q: OrderListQuery,
  today: string,
): Promise<{ total: number; page: number; pageSize: number; rows: OrderRow[] }> {
  mustAuthorize(actor, "view-alerts");
  const result = await listOrderRows(handle, scopeFilters(actor), orderPageQuery(actor, q, today));
  return { ...result, rows: result.rows.map((o) => orderRow(o, today)) };
}
