/** An account as the administrator's account list shows it, with what may be done to it now. */
import type { UserRowDb } from "../../db/users/users.js";
import { type AccountAction, type AccountRef, type Actor, accountActions } from "../../domain/auth/index.js";
import type { StaffMember } from "../../domain/people/staff.js";
import { type UserInfo, userInfo } from "./user-info.js";

/** The staff member (人员) an account is linked to, as the account list names them. */
export interface LinkedStaffRef {
  id: number;
  staffNo: string;
  name: string;
  division: string;
  active: boolean;
}

export interface AccountRow extends UserInfo {
  disabled: boolean;
  createdAt: string;
  /** The staff member the account is linked to, or null. */
  staff: LinkedStaffRef | null;
  actions: AccountAction[];
}

export function accountRef(row: UserRowDb, activeAdmins: number): AccountRef {
  return {
    username: row.username,
    role: row.role,
    disabled: row.disabled === 1,
    lastActiveAdmin: row.role === "admin" && row.disabled === 0 && activeAdmins <= 1,
    court: row.court_code ?? null,
  };
}

export function accountRow(
  actor: Actor,
  row: UserRowDb,
  activeAdmins: number,
  staff?: StaffMember,
): AccountRow {
  return {
    ...userInfo(row),
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    staff: staff
      ? {
          id: staff.id,
          staffNo: staff.staffNo,
          name: staff.name,
          division: staff.division,
          active: staff.active,
        }
      : null,
    actions: accountActions(actor, accountRef(row, activeAdmins)),
  };
}
