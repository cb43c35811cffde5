/** 我的待办 API: the reader's open tasks, the matters they opened and acted on; the header's count. */
import { z } from "zod";
import type { countInbox } from "../../../app/workflow/count-inbox.js";
import { type InboxRow as AppInboxRow, INBOX_TABS } from "../../../app/workflow/inbox-row.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const inboxQuery = z.object({
  tab: z.enum(INBOX_TABS).optional().describe("todo 待办（默认）、initiated 我发起的、done 已办"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const inboxRow = z.object({
  matterId: z.number().int(),
  kind: z.string(),
  kindName: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  terminal: z.boolean(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  initiator: z.string(),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  taskId: z.number().int().nullable(),
  taskTitle: z.string().nullable(),
  dueOn: isoDate.nullable(),
  workingDaysLeft: z.number().int().nullable().describe("剩余工作日（法定工作日历；负数为逾期）"),
  overdue: z.boolean(),
  actedOn: isoDate.nullable().describe("已办：本人最近一次办理的日期"),
});
export type InboxRow = z.infer<typeof inboxRow>;
schemaMatches<InboxRow, AppInboxRow>(true);

export const inboxPage = z.object({
  tab: z.enum(INBOX_TABS),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(inboxRow),
});
export type InboxPage = z.infer<typeof inboxPage>;

export const inboxCountBody = z.object({
  open: z.number().int().describe("未办待办数"),
  overdue: z.number().int().describe("其中已逾期"),
});
export type InboxCount = z.infer<typeof inboxCountBody>;
schemaMatches<InboxCount, Awaited<ReturnType<typeof countInbox>>>(true);
