import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Db } from "./connect.js";
import type { Database } from "./schema.js";

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
