/**
 * 督办单 (/api/supervision-orders): the lists by tab, their export, and issuing orders on alerts or
 * cases (one per judge). Issuing refreshes the alert lists (their rows show the order) and the
 * workflow queries (我的待办).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  IssuedOrder,
  issueOrdersBody,
  OrderRow,
  orderListQuery,
} from "../../../../src/http/routes/supervision-orders/schema.js";
import { download, type Query, request } from "../../shared/api/client";
import type { ListResult } from "../../shared/api/types";

export type { IssuedOrder, OrderRow };
export type OrderQuery = z.input<typeof orderListQuery>;
export type OrderTab = NonNullable<OrderQuery["tab"]>;
export type IssueOrdersRequest = z.input<typeof issueOrdersBody>;

export const orderKeys = {
  all: ["supervision-orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (q: OrderQuery) => [...orderKeys.lists(), q] as const,
};

export function useOrders(q: OrderQuery) {
  return useQuery({
    queryKey: orderKeys.list(q),
    queryFn: ({ signal }) =>
      request<ListResult<OrderRow>>("GET", "/supervision-orders", { query: q as Query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function exportOrders(q: OrderQuery, name: string): Promise<string> {
  return download("/supervision-orders/export", q as Query, `督办单_${name}.xlsx`);
}

/** 发起督办 on the chosen alerts or cases: one order per judge. */
export function useIssueOrders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IssueOrdersRequest) =>
      request<{ orders: IssuedOrder[] }>("POST", "/supervision-orders", { json: body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["alerts"] });
      void queryClient.invalidateQueries({ queryKey: ["cases"] });
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["workflow"] });
    },
  });
}
