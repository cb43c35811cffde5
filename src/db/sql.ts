/**
 * Dialect helpers: what differs between SQLite and PostgreSQL in hand-written SQL (placeholders),
 * running a read-only statement where it is cheapest, paging, and a table's id bounds. Queries
 * written here run unchanged on both databases.
 */
import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Db } from "./connect.js";
import type { DialectName } from "./dialect.js";
import type { Database } from "./schema.js";

/** The text of the i-th (1-based) positional parameter. */
export type Placeholder = (index: number) => string;
export const SQLITE_PLACEHOLDER: Placeholder = () => "?";
export const POSTGRES_PLACEHOLDER: Placeholder = (i) => `$${i}`;

export function placeholderFor(handle: { dialect: DialectName }): Placeholder {
  return handle.dialect === "postgres" ? POSTGRES_PLACEHOLDER : SQLITE_PLACEHOLDER;
}

/**
 * Positional parameters collected while SQL text is built: `p.add(v)` appends a value and returns
 * its placeholder.
 */
export class Params {
  readonly values: unknown[] = [];
  constructor(readonly placeholder: Placeholder) {}
  add(v: unknown): string {
    this.values.push(v);
    return this.placeholder(this.values.length);
  }
}

export interface Paging {
  page: number;
  pageSize: number;
}

/** A page request clamped to sane bounds (page ≥ 1, 1 ≤ pageSize ≤ max); `all` asks for every row. */
export function paging(
  q: { page?: number; pageSize?: number; all?: boolean },
  total: number,
  defaults: { pageSize: number; max: number } = { pageSize: 50, max: 1000 },
): Paging {
  if (q.all) return { page: 1, pageSize: Math.max(total, 1) };
  return {
    page: Math.max(q.page ?? 1, 1),
    pageSize: Math.min(Math.max(q.pageSize ?? defaults.pageSize, 1), defaults.max),
  };
}

/** `LIMIT … OFFSET …` with both values as parameters. */
export function limitOffset(params: Params, p: Paging): string {
  return `LIMIT ${params.add(p.pageSize)} OFFSET ${params.add((p.page - 1) * p.pageSize)}`;
}

/**
 * Runs a read-only statement: on a worker connection when the database has a read pool (SQLite
 * files — keeps the server's event loop free and uses the other core), else through Kysely.
 */
export async function readRows<T = Record<string, unknown>>(
  handle: Db,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  if (handle.readPool) return (await handle.readPool.all(sql, params)) as T[];
  return (await handle.db.executeQuery<T>(CompiledQuery.raw(sql, [...params]))).rows;
}

/** As readRows, shaped like Kysely's query result (`{ rows }`). */
export async function readRowsQ<T = Record<string, unknown>>(
  handle: Db,
  sql: string,
  params: readonly unknown[] = [],
): Promise<{ rows: T[] }> {
  return { rows: await readRows<T>(handle, sql, params) };
}

/**
 * The lowest and highest id of a table (0 and −1 when it is empty), each by its own subquery: one
 * `SELECT min(id), max(id)` is not answered from the index's ends by SQLite, which scans the
 * whole table for it instead (48 ms on a million facts).
 */
export async function idBounds(
  db: Kysely<Database>,
  table: "cases" | "case_facts",
): Promise<{ lo: number; hi: number }> {
  const id = table === "cases" ? "id" : "case_id";
  const r = await sql<{ lo: number | string | null; hi: number | string | null }>`select
    (select min(${sql.ref(id)}) from ${sql.table(table)}) as lo,
    (select max(${sql.ref(id)}) from ${sql.table(table)}) as hi`.execute(db);
  const row = r.rows[0];
  if (row?.lo === null || row?.lo === undefined) return { lo: 0, hi: -1 };
  return { lo: Number(row.lo), hi: Number(row.hi) };
}

let cursorSerial = 0;

/** Whether a Kysely handle (or transaction) runs on PostgreSQL, from its adapter. */
// biome-ignore lint/suspicious/noExplicitAny: any database.
export function runsOnPostgres(db: Kysely<any>): boolean {
  const adapter = db.getExecutor().adapter as { constructor: { name: string } };
  return adapter.constructor.name.toLowerCase().includes("postgres");
}

/**
 * Runs a read-only statement and hands its rows to `each` in batches of at most `batchSize`, so a
 * large result is never held in memory whole. On PostgreSQL through a server-side cursor (DECLARE
 * … CURSOR / FETCH, in the caller's transaction or in one of its own); on SQLite the statement's
 * rows are read at once, as by readRows (a SQLite database holds one court).
 */
export async function forEachRowBatch<T = Record<string, unknown>>(
  // biome-ignore lint/suspicious/noExplicitAny: any database's raw SQL.
  db: Kysely<any>,
  text: string,
  batchSize: number,
  each: (rows: T[]) => void | Promise<void>,
): Promise<void> {
  if (!runsOnPostgres(db)) {
    const all = (await db.executeQuery<T>(CompiledQuery.raw(text))).rows;
    for (let i = 0; i < all.length; i += batchSize) await each(all.slice(i, i + batchSize));
    return;
  }
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => forEachRowBatch(trx, text, batchSize, each));
    return;
  }
  const name = `shenguan_cursor_${++cursorSerial}`;
  await db.executeQuery(CompiledQuery.raw(`DECLARE ${name} NO SCROLL CURSOR FOR ${text}`));
  try {
    for (;;) {
      const batch = (
        await db.executeQuery<T>(CompiledQuery.raw(`FETCH ${Math.trunc(batchSize)} FROM ${name}`))
      ).rows;
      if (batch.length > 0) await each(batch);
      if (batch.length < batchSize) break;
    }
  } finally {
    await db.executeQuery(CompiledQuery.raw(`CLOSE ${name}`)).catch(() => undefined);
  }
}
