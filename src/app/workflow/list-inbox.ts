/**
 * 我的待办: the reader's open tasks (addressed to their account, to them as a case's judge, or to a
 * position they hold in their division or court-wide), overdue first; 我发起的: the matters they
 * opened; 已办: the matters they have taken a step on. Paged on the server.
 */
import type { Db } from "../../db/connect.js";
import {
  listActedMatters,
  listInboxTasks,
  listInitiatedMatters,
  type PageQuery,
} from "../../db/workflow/list-inbox.js";
import type { Actor } from "../../domain/auth/index.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type InboxRow, type InboxTab, inboxRow, readTaskHolder } from "./inbox-row.js";

export interface InboxQuery extends PageQuery {
  tab?: InboxTab;
}

export interface InboxPage {
  tab: InboxTab;
  total: number;
  page: number;
  pageSize: number;
  rows: InboxRow[];
}

export async function listInbox(actor: Actor, handle: Db, q: InboxQuery, today: string): Promise<InboxPage> {
  mustAuthorize(actor, "view-inbox");
  return readInbox(actor, handle, q, today);
}

/** The page without the policy check (the export's pages, already authorised). */
export async function readInbox(actor: Actor, handle: Db, q: InboxQuery, today: string): Promise<InboxPage> {
  const tab = q.tab ?? "todo";
  const calendar = legalCalendar();
  const page =
    tab === "todo"
      ? await listInboxTasks(handle, await readTaskHolder(actor, handle), q)
      : tab === "initiated"
        ? await listInitiatedMatters(handle, actor.username, q)
        : await listActedMatters(handle, actor.username, q);
  return { tab, ...page, rows: page.rows.map((r) => inboxRow(r, calendar, today)) };
}

/**
 * The rows of an inbox export, page by page: the one page asked for, or every row of the tab (an
 * export is built after the policy check, by the export pool).
 */
export async function* inboxExportPages(
  handle: Db,
  actor: Actor,
  q: InboxQuery,
  today: string,
  pageRows: number,
): AsyncGenerator<InboxRow[]> {
  if (q.page !== undefined) {
    yield (await readInbox(actor, handle, q, today)).rows;
    return;
  }
  for (let page = 1; ; page++) {
    const r = await readInbox(actor, handle, { ...q, page, pageSize: pageRows }, today);
    if (r.rows.length > 0) yield r.rows;
    if (r.rows.length < r.pageSize || page * r.pageSize >= r.total) return;
  }
}
