/** The accounts that read a division's drafts: its 庭长, and the 院领导 accounts. */
import type { Db } from "../connect.js";

export interface ReviewerAccount {
  username: string;
  name: string;
}

/** The division's chief account (the first one not disabled), if any. */
export async function findDivisionChief(handle: Db, division: string): Promise<ReviewerAccount | undefined> {
  const r = await handle.db
    .selectFrom("users")
    .select(["username", "display_name"])
    .where("role", "=", "chief")
    .where("division", "=", division)
    .where("disabled", "=", 0)
    .orderBy("id")
    .executeTakeFirst();
  return r ? { username: r.username, name: r.display_name } : undefined;
}

/** An account by username when it is not disabled (a 分管院领导 named in the settings). */
export async function findActiveAccount(handle: Db, username: string): Promise<ReviewerAccount | undefined> {
  const r = await handle.db
    .selectFrom("users")
    .select(["username", "display_name"])
    .where("username", "=", username)
    .where("disabled", "=", 0)
    .executeTakeFirst();
  return r ? { username: r.username, name: r.display_name } : undefined;
}

/** The first 院领导 account not disabled. */
export async function findFirstLeader(handle: Db): Promise<ReviewerAccount | undefined> {
  const r = await handle.db
    .selectFrom("users")
    .select(["username", "display_name"])
    .where("role", "=", "president")
    .where("disabled", "=", 0)
    .orderBy("id")
    .executeTakeFirst();
  return r ? { username: r.username, name: r.display_name } : undefined;
}
