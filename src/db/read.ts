import { CompiledQuery } from "kysely";
import type { Db } from "./connect.js";

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
