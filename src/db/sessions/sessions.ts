/** Sign-in sessions (`sessions`): stored by the hash of their token, joined to their account. */
import type { Db } from "../connect.js";
import type { SessionsTable } from "../schema.js";

export async function insertSession(handle: Db, row: SessionsTable): Promise<void> {
  await handle.db.insertInto("sessions").values(row).execute();
}

export async function findSessionUser(handle: Db, tokenHash: string) {
  return handle.db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id as id",
      "users.username as username",
      "users.display_name as display_name",
      "users.role as role",
      "users.division as division",
      "users.judge_name as judge_name",
      "users.is_demo as is_demo",
      "users.must_change_password as must_change_password",
      "users.disabled as disabled",
      "sessions.csrf as csrf",
      "sessions.expires_at as expires_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export async function deleteSessionByHash(handle: Db, tokenHash: string): Promise<void> {
  await handle.db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}
