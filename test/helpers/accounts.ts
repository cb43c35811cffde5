/**
 * Accounts for tests that need them stored (a court's account, a meeting's secretary, a reviewer):
 * the users row of an actor, with a placeholder password.
 */
import type { Db } from "../../src/db/connect.js";
import { insertUser } from "../../src/db/users/users.js";

export interface TestAccount {
  username: string;
  role: string;
  /** The display name (default: the username). */
  name?: string | null;
  division?: string | null;
  judgeName?: string | null;
  /** The court (法院代字) the account belongs to; null: the whole database. */
  court?: string | null;
  staffId?: number | null;
}

export async function insertAccount(
  db: Db,
  a: TestAccount,
  createdAt = "2024-08-01T00:00:00Z",
): Promise<void> {
  await insertUser(db, {
    username: a.username,
    display_name: a.name ?? a.username,
    password_hash: "x",
    role: a.role,
    division: a.division ?? null,
    judge_name: a.judgeName ?? null,
    court_code: a.court ?? null,
    ...(a.staffId !== undefined && a.staffId !== null ? { staff_id: a.staffId } : {}),
    is_demo: 0,
    disabled: 0,
    must_change_password: 0,
    created_at: createdAt,
  });
}
