/**
 * The demo court's accounts with their passwords, for the sign-in page: only while the database
 * holds only the demo court, and only accounts still marked demo and not disabled.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { listDemoUsers } from "../../db/users/users.js";
import { ROLE_NAMES, type Role } from "../../domain/auth/index.js";
import { demoIsActive } from "../demo/retire-demo.js";

export async function listDemoAccounts(handle: Db) {
  if (!(await demoIsActive(handle))) return { accounts: [] };
  const stored = await readSetting(handle, "demo_accounts");
  const accounts = stored ? (JSON.parse(stored) as { username: string; password: string; role: Role }[]) : [];
  // Only accounts that still exist and are demo accounts.
  const byName = new Map((await listDemoUsers(handle)).map((u) => [u.username, u]));
  return {
    accounts: accounts
      .filter((a) => byName.get(a.username)?.disabled === 0)
      .map((a) => {
        const u = byName.get(a.username);
        return {
          username: a.username,
          password: a.password,
          role: a.role,
          roleName: ROLE_NAMES[a.role],
          displayName: u?.display_name ?? a.username,
          division: u?.division ?? null,
          judgeName: u?.judge_name ?? null,
        };
      }),
  };
}
