/** An account as the administrator's account list shows it, with what may be done to it now. */
import type { UserRowDb } from "../../db/users/users.js";
import { type AccountAction, type AccountRef, type Actor, accountActions } from "../../domain/auth/index.js";
import { type UserInfo, userInfo } from "./user-info.js";

export interface AccountRow extends UserInfo {
  disabled: boolean;
  createdAt: string;
  actions: AccountAction[];
}

export function accountRef(row: UserRowDb, activeAdmins: number): AccountRef {
  return {
    username: row.username,
    role: row.role,
    disabled: row.disabled === 1,
    lastActiveAdmin: row.role === "admin" && row.disabled === 0 && activeAdmins <= 1,
  };
}

export function accountRow(actor: Actor, row: UserRowDb, activeAdmins: number): AccountRow {
  return {
    ...userInfo(row),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    actions: accountActions(actor, accountRef(row, activeAdmins)),
  };
}
