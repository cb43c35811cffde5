/** Accounts that may be named reviewers: by username, with their division, 承办人 name and court. */
import type { Db } from "../connect.js";

export interface ReviewerAccount {
  username: string;
  name: string;
  division: string | null;
  judgeName: string | null;
  disabled: boolean;
  /** The account's court (法院代字); null: the whole database (a one-court installation's). */
  court: string | null;
}

export async function reviewerAccounts(handle: Db, usernames: readonly string[]): Promise<ReviewerAccount[]> {
  if (usernames.length === 0) return [];
  const rows = await handle.db
    .selectFrom("users")
    .select(["username", "display_name", "division", "judge_name", "disabled", "court_code"])
    .where("username", "in", [...usernames])
    .execute();
  return rows.map((r) => ({
    username: r.username,
    name: r.display_name,
    division: r.division,
    judgeName: r.judge_name,
    disabled: Number(r.disabled) === 1,
    court: r.court_code ?? null,
  }));
}
