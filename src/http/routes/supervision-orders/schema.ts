/** The 督办单 API: issuing orders on alerts and cases (in a batch), the lists and their export. */
import { z } from "zod";
import type { IssuedOrder as AppIssuedOrder } from "../../../app/supervision-orders/issue-orders.js";
import type { OrderRow as AppOrderRow } from "../../../app/supervision-orders/order-row.js";
import { isoDate, pageOf, schemaMatches } from "../../schema/common.js";

export const ORDER_TABS = ["mine", "answer", "overdue", "all"] as const;

export const orderListQuery = z.object({
  tab: z
    .enum(ORDER_TABS)
    .optional()
    .describe("mine 我发起的；answer 待我答复；overdue 已逾期；all 范围内全部"),
  state: z.string().max(32).optional().describe("督办单状态；open 为未销号"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const issueOrdersBody = z.object({
  alertIds: z.array(z.number().int().min(1)).max(500).default([]),
  caseIds: z.array(z.number().int().min(1)).max(500).default([]),
  request: z.string().max(1000).describe("督办要求，不少于 10 个字"),
  replyDue: isoDate.nullable().optional().describe("答复期限（日期）"),
  replyWorkingDays: z.number().int().nullable().optional().describe("或：自今日起若干个工作日"),
});

export const orderRow = z.object({
  id: z.number().int(),
  state: z.string(),
  stateLabel: z.string(),
  version: z.number().int(),
  title: z.string(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  initiator: z.string(),
  request: z.string(),
  replyDue: isoDate.nullable(),
  overdue: z.boolean(),
  explanation: z.string().nullable(),
  measures: z.array(z.string()),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  alertCount: z.number().int(),
  caseCount: z.number().int(),
});
export type OrderRow = z.infer<typeof orderRow>;
schemaMatches<OrderRow, AppOrderRow>(true);

export const orderPage = pageOf(orderRow);

export const issuedOrder = z.object({
  id: z.number().int(),
  title: z.string(),
  division: z.string(),
  judge: z.string(),
  replyDue: isoDate,
  alertIds: z.array(z.number().int()),
  caseIds: z.array(z.number().int()),
});
export type IssuedOrder = z.infer<typeof issuedOrder>;
schemaMatches<IssuedOrder, AppIssuedOrder>(true);

export const issuedOrdersBody = z.object({ orders: z.array(issuedOrder) });
