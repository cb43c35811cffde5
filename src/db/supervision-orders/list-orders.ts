/**
 * 督办单 lists: issued by me, waiting for my answer, overdue — within the reader's scope — a page
 * at a time with the total, and page by page for the export (keyset).
 */

import type { Db } from "../connect.js";
import { caseOrAccountInCourts, scopeCourts } from "../courts/court-where.js";
import type { Filter } from "../indicators/compile.js";
import { keysetPages, orderByKeys, type SortKey } from "../keyset.js";
import { limitOffset, Params, paging, placeholderFor, readRows } from "../sql.js";
import { ORDER_KIND, orderFromRow, type StoredOrder } from "./mapper.js";

/** States in which the judge owes an answer. */
const AWAITING = ["issued", "returned", "escalated-chief", "escalated-leader"];
const ANSWER_TASK = "答复督办";

export interface OrderListFilter {
  /** mine: issued by `username`; answer: waiting for the judge's answer; overdue; all (in scope). */
  tab: "mine" | "answer" | "overdue" | "all";
  username: string;
  /** The reader's judge (name and division), for the answer tab. */
  judge?: { name: string; division: string } | null;
  today: string;
  /** open: not 销号; closed: 销号 only. */
  state?: string;
}

export interface OrderPageQuery extends OrderListFilter {
  page?: number;
  pageSize?: number;
  all?: boolean;
}

const SELECT = `m.id, m.state, m.version, m.title, m.case_id, m.case_number, m.division, m.judge, m.initiator,
  m.data_json, m.opened_on, m.closed_on,
  (SELECT MIN(t.due_on) FROM tasks t WHERE t.matter_id = m.id AND t.state = 'open' AND t.title = '${ANSWER_TASK}') AS answer_due_on,
  (SELECT COUNT(*) FROM matter_links l WHERE l.matter_id = m.id AND l.entity = 'alert') AS alert_count,
  (SELECT COUNT(*) FROM matter_links l WHERE l.matter_id = m.id AND l.entity = 'case') AS case_count`;

const KEYS: SortKey[] = [
  { expr: "m.opened_on", desc: true },
  { expr: "m.id", desc: true },
];

function orderWhere(scope: readonly Filter[], f: OrderListFilter, params: Params): string {
  const parts = [`m.kind = ${params.add(ORDER_KIND)}`];
  // Placeholders only where used (PostgreSQL cannot type a parameter the text does not use).
  const awaiting = () => `m.state IN (${AWAITING.map((s) => params.add(s)).join(", ")})`;
  if (f.tab === "mine") {
    // What one issued is theirs to follow, whatever the scope.
    parts.push(`m.initiator = ${params.add(f.username)}`);
  } else {
    // A matter lies in its case's court, or (none) in its initiator's.
    const courts = scopeCourts(scope);
    if (courts) parts.push(caseOrAccountInCourts("m.case_id", "m.initiator", courts, params));
    for (const s of scope) {
      if (s.field === "division") parts.push(`m.division = ${params.add(s.values[0])}`);
      if (s.field === "judge") parts.push(`m.judge = ${params.add(s.values[0])}`);
    }
  }
  if (f.tab === "answer") {
    if (!f.judge) parts.push("1 = 0");
    else
      parts.push(
        `m.judge = ${params.add(f.judge.name)}`,
        `m.division = ${params.add(f.judge.division)}`,
        awaiting(),
      );
  }
  if (f.tab === "overdue") {
    parts.push(`(m.state IN (${params.add("escalated-chief")}, ${params.add("escalated-leader")}) OR (${awaiting()} AND EXISTS (
      SELECT 1 FROM tasks t WHERE t.matter_id = m.id AND t.state = 'open' AND t.title = '${ANSWER_TASK}' AND t.due_on < ${params.add(f.today)})))`);
  }
  if (f.state === "open") parts.push(`m.state <> ${params.add("closed")}`);
  else if (f.state) parts.push(`m.state = ${params.add(f.state)}`);
  return parts.join(" AND ");
}

export async function listOrderRows(
  handle: Db,
  scope: readonly Filter[],
  q: OrderPageQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: StoredOrder[] }> {
  const params = new Params(placeholderFor(handle));
  const where = orderWhere(scope, q, params);
  const count = await readRows<{ n: number }>(
    handle,
    `SELECT COUNT(*) AS n FROM matters m WHERE ${where}`,
    params.values,
  );
  const total = Number(count[0]?.n ?? 0);
  const p = paging(q, total);
  const rows = await readRows<Record<string, unknown>>(
    handle,
    `SELECT ${SELECT} FROM matters m WHERE ${where} ORDER BY ${orderByKeys(KEYS)} ${limitOffset(params, p)}`,
    params.values,
  );
  return { total, page: p.page, pageSize: p.pageSize, rows: rows.map(orderFromRow) };
}

/** The same list read page by page (keyset), for its export. */
export async function* orderPages(
  handle: Db,
  scope: readonly Filter[],
  q: OrderPageQuery,
  pageRows: number,
): AsyncGenerator<StoredOrder[]> {
  const params = new Params(placeholderFor(handle));
  const where = orderWhere(scope, q, params);
  const p = q.all ? undefined : paging(q, 0);
  for await (const rows of keysetPages(
    handle,
    { select: SELECT, from: "FROM matters m", where, values: params.values, keys: KEYS },
    { pageRows, offset: p ? (p.page - 1) * p.pageSize : 0, limit: p?.pageSize },
  ))
    yield rows.map(orderFromRow);
}
