/** Accounts (`users`). */

import type { Selectable } from "kysely";
import type { Db } from "../connect.js";
import type { UsersTable } from "../schema.js";

export type UserRowDb = Selectable<UsersTable>;

export async function findUserByName(handle: Db, username: string): Promise<UserRowDb | undefined> {
  return handle.db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function anyUserWithRole(handle: Db, role: string): Promise<boolean> {
  const row = await handle.db.selectFrom("users").select("id").where("role", "=", role).executeTakeFirst();
  return row !== undefined;
}

export async function insertUser(handle: Db, row: Omit<UsersTable, "id">): Promise<number> {
  const r = await handle.db.insertInto("users").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

/** Sets a new password hash (clearing must_change_password) and ends the user's sessions; false when there is no such user. */
export async function setPasswordHash(handle: Db, username: string, passwordHash: string): Promise<boolean> {
  const r = await handle.db
    .updateTable("users")
    .set({ password_hash: passwordHash, must_change_password: 0 })
    .where("username", "=", username)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) return false;
  await handle.db
    .deleteFrom("sessions")
    .where("user_id", "in", handle.db.selectFrom("users").select("id").where("username", "=", username))
    .execute();
  return true;
}

export async function listDemoUsers(handle: Db): Promise<UserRowDb[]> {
  return handle.db.selectFrom("users").selectAll().where("is_demo", "=", 1).execute();
}
