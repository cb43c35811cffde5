/**
 * One large write transaction (a full facts refresh, an import): on SQLite two costs that only
 * matter at this size are taken off the writer's path.
 * - The WAL checkpoint. SQLite's automatic checkpoint runs in the connection that commits, so the
 *   commit of a million rows would also copy them into the database file before it returns. Here
 *   the automatic checkpoint is off for the transaction; after the commit a read-pool worker runs a
 *   passive checkpoint on its own connection, beside the server (it never blocks readers or
 *   writers; whatever it leaves is taken by the next checkpoint or at close).
 * - Foreign-key checks, when the caller guarantees the references itself (`trustedReferences`):
 *   facts are written for ids just read from `cases`, and each check is a B-tree search of
 *   `cases`. SQLite ignores the pragma inside a transaction, so it is set on the connection
 *   before the transaction begins and restored after it.
 * The connection is reserved for the whole call, so no other statement runs with the pragmas
 * changed. PostgreSQL runs an ordinary transaction.
 */
import { type Kysely, sql, type Transaction } from "kysely";
import type { Db } from "./connect.js";
import type { Database } from "./schema.js";

export interface LargeWriteOptions {
  /** The caller guarantees that every reference it writes exists: skip the per-row FK checks. */
  trustedReferences?: boolean;
}

export async function largeWrite<T>(
  handle: Db,
  options: LargeWriteOptions,
  fn: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (handle.dialect !== "sqlite") return handle.db.transaction().execute(fn);
  const result = await handle.db.connection().execute(async (conn: Kysely<Database>) => {
    const autocheckpoint = await pragmaValue(conn, "wal_autocheckpoint");
    const foreignKeys = await pragmaValue(conn, "foreign_keys");
    await sql.raw("pragma wal_autocheckpoint = 0").execute(conn);
    if (options.trustedReferences) await sql.raw("pragma foreign_keys = off").execute(conn);
    try {
      return await conn.transaction().execute(fn);
    } finally {
      await sql.raw(`pragma wal_autocheckpoint = ${autocheckpoint}`).execute(conn);
      await sql.raw(`pragma foreign_keys = ${foreignKeys}`).execute(conn);
    }
  });
  // Off the caller's path; errors (e.g. the pool closing meanwhile) leave the WAL to a later one.
  handle.readPool?.checkpoint().catch(() => undefined);
  return result;
}

async function pragmaValue(conn: Kysely<Database>, name: string): Promise<number> {
  const r = await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(conn);
  return Number(Object.values(r.rows[0] ?? {})[0] ?? 0);
}
