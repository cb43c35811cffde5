/**
 * Opening and closing the database, for the entry points (server, command line): the storage
 * layer's handle as the application hands it on. Callers outside src/app see only this.
 */
export { type Db, isPostgresUrl, openDb, resolveDbUrl } from "../../db/connect.js";

import { type Db, openDb, resolveDbUrl } from "../../db/connect.js";

/** Opens the database named by the option / SHENGUAN_DB (default ./data/shenguan.db), runs fn, closes it. */
export async function withDatabase<T>(url: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  const handle = await openDb(resolveDbUrl(url));
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
