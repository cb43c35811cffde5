/**
 * 我的待办 (a page of the holder's open tasks with their matters: overdue first — the earliest due
 * first, those without a due date last), 我发起的 (matters the person opened, open ones first,
 * newest first) and 已办 (matters the person has taken a step on, their latest step first).
 */
import type { Db } from "../connect.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { type TaskHolder, taskHolderBranches, taskHolderWhere } from "./inbox-where.js";
import {
  type ActedMatterItem,
  type InboxTaskItem,
  inboxTaskFromRow,
  MATTER_ITEM_COLUMNS,
  type MatterListItem,
  matterItemFromRow,
} from "./mapper-inbox.js";

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  rows: T[];
}

const PAGING = { pageSize: 20, max: 1000 };

const TASK_COLUMNS = "t.id, t.matter_id, t.title, t.due_on, t.opened_on";

/**
 * The ids of the page's tasks, in order: due first (the earliest due, hence the overdue, first),
 * tasks without a due date last, then by id. Each way a task can be the holder's reads at most
 * `offset + limit` tasks from its index in that order (dated and undated apart: the databases
 * place NULL at opposite ends); the union of those few is sorted for the page. A chief's first
 * page thus reads some twenty index entries however many tasks their position has.
 */
function taskPageSql(holder: TaskHolder, params: Params, p: { page: number; pageSize: number }): string {
  const upTo = p.page * p.pageSize;
  const parts = taskHolderBranches(holder).flatMap((b) => [
    `SELECT * FROM (SELECT ${TASK_COLUMNS} FROM tasks t WHERE ${b(params)} AND t.due_on IS NOT NULL
       ORDER BY t.due_on, t.id LIMIT ${params.add(upTo)}) d`,
    `SELECT * FROM (SELECT ${TASK_COLUMNS} FROM tasks t WHERE ${b(params)} AND t.due_on IS NULL
       ORDER BY t.id LIMIT ${params.add(upTo)}) n`,
  ]);
  return `SELECT * FROM (${parts.join(" UNION ")}) t ORDER BY ${TASK_ORDER} ${limitOffset(params, p)}`;
}

/** Due first (the earliest due, hence the overdue, first); tasks without a due date last. */
const TASK_ORDER = "CASE WHEN t.due_on IS NULL THEN 1 ELSE 0 END, t.due_on, t.id";

export async function listInboxTasks(
  handle: Db,
  holder: TaskHolder,
  q: PageQuery,
): Promise<Page<InboxTaskItem>> {
  const countParams = new Params(placeholderFor(handle));
  const countWhere = taskHolderWhere(holder, countParams);
  const counting = readRows<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM tasks t WHERE ${countWhere}`,
    countParams.values,
  );
  // The page is read beside the count (the page asked for does not depend on the total).
  const p = paging(q, 0, PAGING);
  const params = new Params(placeholderFor(handle));
  const page = taskPageSql(holder, params, p);
  const reading = readRows<Record<string, unknown>>(
    handle,
    `SELECT t.id AS task_id, t.title AS task_title, t.due_on, t.opened_on AS task_opened_on, ${MATTER_ITEM_COLUMNS}
       FROM (${page}) t JOIN matters m ON m.id = t.matter_id
      ORDER BY ${TASK_ORDER}`,
    params.values,
  );
  const [count, rows] = await Promise.all([counting, reading]);
  const total = Number(count[0]?.n ?? 0);
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(inboxTaskFromRow) };
}

/** The holder's open tasks, and how many of them were due before `today`. */
export async function countInboxTasks(
  handle: Db,
  holder: TaskHolder,
  today: string,
): Promise<{ open: number; overdue: number }> {
  const params = new Params(placeholderFor(handle));
  const before = params.add(today);
  const where = taskHolderWhere(holder, params);
  const r = await readRows<{ n: number; late: number | null }>(
    handle,
    `SELECT COUNT(*) AS n, SUM(CASE WHEN t.due_on < ${before} THEN 1 ELSE 0 END) AS late
       FROM tasks t WHERE ${where}`,
    params.values,
  );
  return { open: Number(r[0]?.n ?? 0), overdue: Number(r[0]?.late ?? 0) };
}

/** 我发起的: matters `username` opened — open ones first, then the newest. */
export async function listInitiatedMatters(
  handle: Db,
  username: string,
  q: PageQuery,
): Promise<Page<MatterListItem>> {
  const params = new Params(placeholderFor(handle));
  const who = params.add(username);
  const count = await readRows<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM matters m WHERE m.initiator = ${who}`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);
  const p = paging(q, total, PAGING);
  if (total === 0) return { total, page: p.page, pageSize: p.pageSize, rows: [] };
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT ${MATTER_ITEM_COLUMNS} FROM matters m WHERE m.initiator = ${who}
      ORDER BY CASE WHEN m.closed_on IS NULL THEN 0 ELSE 1 END, m.opened_at DESC, m.id DESC
      ${limitOffset(params, p)}`,
    params.values,
  );
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(matterItemFromRow) };
}

/**
 * 已办: matters `username` has taken a step on after opening (the opening step is 我发起的), the
 * latest step first.
 */
export async function listActedMatters(
  handle: Db,
  username: string,
  q: PageQuery,
): Promise<Page<ActedMatterItem>> {
  const params = new Params(placeholderFor(handle));
  const who = params.add(username);
  const acted = `SELECT x.matter_id, MAX(x.at) AS acted_at, MAX(x.on_day) AS acted_on FROM matter_trace x
     WHERE x.by_user = ${who} AND x.from_state IS NOT NULL GROUP BY x.matter_id`;
  const count = await readRows<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM (${acted}) a`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);
  const p = paging(q, total, PAGING);
  if (total === 0) return { total, page: p.page, pageSize: p.pageSize, rows: [] };
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT ${MATTER_ITEM_COLUMNS}, a.acted_on FROM (${acted}) a JOIN matters m ON m.id = a.matter_id
      ORDER BY a.acted_at DESC, m.id DESC ${limitOffset(params, p)}`,
    params.values,
  );
  return {
    total,
    page: p.page,
    pageSize: p.pageSize,
    rows: rows.map((r) => ({ ...matterItemFromRow(r), actedOn: String(r.acted_on) })),
  };
}
