/**
 * Opening and closing the database, for the entry points (server, command line): the storage
 * layer's handle as the application hands it on. Callers outside src/app see only this.
 */
export { type Db, isPostgresUrl, openDb, resolveDbUrl } from "../../db/connect.js";

import { type Db, openDb, resolveDbUrl } from "../../db/connect.js";
import { type CompletionResult, completePendingImports } from "../imports/complete-pending-imports.js";

export interface WithDatabaseOptions {
  /** Told when an import left half-done (facts-pending) was completed on opening. */
  onCompleted?: (r: CompletionResult) => void;
}

/**
 * Opens the database named by the option / SHENGUAN_DB (default ./data/shenguan.db), completes
 * any import a crashed process left half-done (its facts and the alerts; complete-pending-imports.ts)
 * so that fn reads cases, facts and alerts that agree, runs fn, closes it.
 */
export async function withDatabase<T>(
  url: string | undefined,
  fn: (db: Db) => Promise<T>,
  options: WithDatabaseOptions = {},
): Promise<T> {
  const handle = await openDb(resolveDbUrl(url));
  try {
    const completed = await completePendingImports(handle);
    if (completed) options.onCompleted?.(completed);
    return await fn(handle);
  } finally {
    await handle.close();
  }
}
