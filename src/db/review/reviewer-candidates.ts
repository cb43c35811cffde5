/** Accounts that may be named reviewers: by username, with their division and 承办人 name. */
import type { Db } from "../connect.js";

export interface ReviewerAccount {
  username: string;
  name: string;
  division: string | null;
  judgeName: string | null;
  disabled: boolean;
}

export async function reviewerAccounts(handle: Db, usernames: readonly string[]): Promise<ReviewerAccount[]> {
  if (usernames.length === 0) return [];
  const rows = await handle.db
    .selectFrom("users")
    .select(["username", "display_name", "division", "judge_name", "disabled"])
    .where("username", "in", [...usernames])
    .execute();
  return rows.map((r) => ({
    username: r.username,
    name: r.display_name,
    division: r.division,
    judgeName: r.judge_name,
    disabled: Number(r.disabled) === 1,
  }));
}
