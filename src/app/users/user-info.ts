/** An account as the API shows it to its owner: who, which role, which division, what they may do. */
import type { UserRowDb } from "../../db/users/users.js";
import { isRole, type Permission, permissionsOf, ROLE_NAMES, type Role } from "../../domain/auth/index.js";

export interface UserInfo {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  division: string | null;
  judgeName: string | null;
  /** The court (法院代字) the account belongs to; null: the whole database (one-court installation). */
  court: string | null;
  isDemo: boolean;
  /** The password was set by someone else (first sign-in, reset): it must be changed before anything else. */
  mustChangePassword: boolean;
  permissions: Permission[];
}

export function userInfo(
  row: Pick<
    UserRowDb,
    "username" | "display_name" | "role" | "division" | "judge_name" | "is_demo" | "must_change_password"
  > & {
    id: number;
    court_code?: string | null;
  },
): UserInfo {
  const role: Role = isRole(row.role) ? row.role : "clerk";
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    roleName: ROLE_NAMES[role],
    division: row.division,
    judgeName: row.judge_name,
    court: row.court_code ?? null,
    isDemo: row.is_demo === 1,
    mustChangePassword: row.must_change_password === 1,
    permissions: permissionsOf({ role }),
  };
}
