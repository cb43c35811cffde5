/** Sign-in sessions stored in the database (so they survive restarts and work across processes). */
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/connect.js";

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export async function createSession(
  handle: Db,
  userId: number,
  ip: string | null,
): Promise<{ token: string; csrf: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const now = new Date();
  await handle.db
    .insertInto("sessions")
    .values({
      token_hash: sha256(token),
      user_id: userId,
      csrf,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
      ip,
    })
    .execute();
  return { token, csrf };
}

export async function sessionUser(handle: Db, token: string) {
  const row = await handle.db
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
      "users.disabled as disabled",
      "sessions.csrf as csrf",
      "sessions.expires_at as expires_at",
    ])
    .where("sessions.token_hash", "=", sha256(token))
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at < new Date().toISOString()) return undefined;
  return row;
}

export async function deleteSession(handle: Db, token: string): Promise<void> {
  await handle.db.deleteFrom("sessions").where("token_hash", "=", sha256(token)).execute();
}
