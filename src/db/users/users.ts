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

export async function insertUser(
  handle: Db,
  row: Omit<UsersTable, "id" | "staff_id" | "court_code"> & {
    staff_id?: number | null;
    court_code?: string | null;
  },
): Promise<number> {
  const r = await handle.db.insertInto("users").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}

export async function listDemoUsers(handle: Db): Promise<UserRowDb[]> {
  return handle.db.selectFrom("users").selectAll().where("is_demo", "=", 1).execute();
}

export async function findUserById(handle: Db, id: number): Promise<UserRowDb | undefined> {
  return handle.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every account, in name order. */
export async function listUserRows(handle: Db): Promise<UserRowDb[]> {
  return handle.db.selectFrom("users").selectAll().orderBy("username").execute();
}

export async function countActiveAdmins(handle: Db): Promise<number> {
  const r = await handle.db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("role", "=", "admin")
    .where("disabled", "=", 0)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Changes an account's attributes; a disabled account's sessions end with it. */
export async function updateUserRow(
  handle: Db,
  id: number,
  set: Partial<Pick<UsersTable, "display_name" | "role" | "division" | "judge_name" | "disabled">> & {
    court_code?: string | null;
  },
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx.updateTable("users").set(set).where("id", "=", id).execute();
    if (set.disabled === 1) await trx.deleteFrom("sessions").where("user_id", "=", id).execute();
  });
}

/**
 * Sets an account's password hash. `mustChange`: set by someone else (an administrator), to be
 * changed at the next sign-in. Every session of the account ends but the one kept (the user's own,
 * when they change their password themselves).
 */
export async function setUserPassword(
  handle: Db,
  id: number,
  passwordHash: string,
  options: { mustChange: boolean; keepSessionHash?: string },
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ password_hash: passwordHash, must_change_password: options.mustChange ? 1 : 0 })
      .where("id", "=", id)
      .execute();
    let del = trx.deleteFrom("sessions").where("user_id", "=", id);
    if (options.keepSessionHash) del = del.where("token_hash", "<>", options.keepSessionHash);
    await del.execute();
  });
}
