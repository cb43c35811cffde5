/** The courts the database knows (`courts`, migration 0027). */
import type { Kysely } from "kysely";
import { courtNodeOf } from "../../domain/court/hierarchy.js";
import type { Db } from "../connect.js";
import type { CourtsTable, Database } from "../schema.js";
import { readRows } from "../sql.js";

/** Every known court, by code. Read where reads are cheapest (a worker connection on SQLite). */
export async function listCourts(handle: Db): Promise<CourtsTable[]> {
  const q = handle.db.selectFrom("courts").selectAll().orderBy("code").compile();
  return readRows<CourtsTable>(handle, q.sql, q.parameters);
}

/** The codes of every known court. */
export async function listCourtCodes(handle: Db): Promise<string[]> {
  return (await listCourts(handle)).map((c) => c.code);
}

/**
 * Enters courts the database does not know yet (with the register's name, level and parent), inside
 * the caller's transaction: the importer calls it with the courts of the cases it writes.
 */
export async function ensureCourts(db: Kysely<Database>, codes: Iterable<string>): Promise<void> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return;
  const have = new Set(
    (await db.selectFrom("courts").select("code").where("code", "in", wanted).execute()).map((r) => r.code),
  );
  const missing = wanted.filter((c) => !have.has(c)).map(courtNodeOf);
  if (missing.length === 0) return;
  await db
    .insertInto("courts")
    .values(missing.map((n) => ({ code: n.code, name: n.name, level: n.level, parent_code: n.parentCode })))
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}
