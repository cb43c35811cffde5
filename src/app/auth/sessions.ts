/** Sign-in sessions, stored in the database (they survive restarts and work across processes). */
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../../db/connect.js";
import { listCourtCodes } from "../../db/courts/courts.js";
import { deleteSessionByHash, findSessionUser, insertSession } from "../../db/sessions/sessions.js";
import type { Actor } from "../../domain/auth/index.js";
import { courtsVisibleTo } from "../../domain/court/hierarchy.js";
import { parseStoredPositions } from "../../domain/people/staff.js";
import { actorOf } from "../shared/actor.js";
import { type UserInfo, userInfo } from "../users/user-info.js";

export const SESSION_HOURS = 12;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** What is stored of a session token (its SHA-256), never the token itself. */
export const sessionHash = sha256;

export async function createSession(
  handle: Db,
  userId: number,
  ip: string | null,
): Promise<{ token: string; csrf: string }> {
  const token = randomBytes(32).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const now = new Date();
  await insertSession(handle, {
    token_hash: sha256(token),
    user_id: userId,
    csrf,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString(),
    ip,
  });
  return { token, csrf };
}

export interface SignedIn {
  user: UserInfo;
  actor: Actor;
  csrf: string;
}

/** The account behind a session token, or undefined (unknown, expired, or a disabled account). */
export async function resolveSession(handle: Db, token: string): Promise<SignedIn | undefined> {
  const row = await findSessionUser(handle, sha256(token));
  if (!row || row.disabled || row.expires_at < new Date().toISOString()) return undefined;
  const user = userInfo(row);
  const staff =
    row.staff_id === null || row.staff_id === undefined
      ? null
      : {
          id: Number(row.staff_id),
          name: String(row.staff_name),
          positions: parseStoredPositions(String(row.staff_positions ?? "")),
          committeeMember: Number(row.staff_committee_member) === 1,
          active: Number(row.staff_active) === 1,
        };
  // The courts the account sees: its own and those under it, among the courts the database knows.
  const courts = user.court ? courtsVisibleTo(user.court, await listCourtCodes(handle)) : null;
  return { user, actor: actorOf({ ...user, courts, staff }), csrf: row.csrf };
}

export async function endSession(handle: Db, token: string): Promise<void> {
  await deleteSessionByHash(handle, sha256(token));
}
