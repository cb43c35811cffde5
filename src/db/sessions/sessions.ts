/** Sign-in sessions (`sessions`): stored by the hash of their token, joined to their account. */
import type { InferResult } from "kysely";
import type { Db } from "../connect.js";
import type { SessionsTable } from "../schema.js";
import { readRows } from "../sql.js";

export async function insertSession(handle: Db, row: SessionsTable): Promise<void> {
  await handle.db.insertInto("sessions").values(row).execute();
}

/**
 * The account behind a session. Every request asks this, so it is read where reads are cheapest
 * (readRows: a worker connection on SQLite): it never waits for the server's connection while a
 * long write (an import's transaction, a refresh) holds it.
 */
export async function findSessionUser(handle: Db, tokenHash: string) {
  const query = handle.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("staff", "staff.id", "users.staff_id")
    .select([
      "users.id as id",
      "users.username as username",
      "users.display_name as display_name",
      "users.role as role",
      "users.division as division",
      "users.judge_name as judge_name",
      "users.court_code as court_code",
      "users.is_demo as is_demo",
      "users.must_change_password as must_change_password",
      "users.disabled as disabled",
      "staff.id as staff_id",
      "staff.name as staff_name",
      "staff.positions as staff_positions",
      "staff.committee_member as staff_committee_member",
      "staff.active as staff_active",
      "sessions.csrf as csrf",
      "sessions.expires_at as expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .limit(1)
    .compile();
  const rows = await readRows<InferResult<typeof query>[number]>(handle, query.sql, query.parameters);
  return rows[0];
}

export async function deleteSessionByHash(handle: Db, tokenHash: string): Promise<void> {
  await handle.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}
