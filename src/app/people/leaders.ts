/**
 * Who is who, for the workflows: the staff member a 承办人 names in a division, and the court
 * leader in charge of a division (分管院领导, the setting division_leaders) with their account.
 * No policy: these are lookups a use case makes after its own check.
 */
import type { Db } from "../../db/connect.js";
import { findStaffById, findStaffByNo } from "../../db/people/find-staff.js";
import { accountsOfStaff } from "../../db/people/link-account.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { readSetting } from "../../db/settings/settings.js";
import { findUserByName } from "../../db/users/users.js";
import {
  DIVISION_LEADERS_SETTING,
  type DivisionLeaders,
  parseDivisionLeaders,
} from "../../domain/people/division-leaders.js";
import { resolveStaff } from "../../domain/people/resolve.js";
import { normalizeDivision, type StaffMember } from "../../domain/people/staff.js";

/** The setting division_leaders (division → 工号 or username); a broken setting throws in Chinese. */
export async function readDivisionLeaders(handle: Db): Promise<DivisionLeaders> {
  return parseDivisionLeaders(await readSetting(handle, DIVISION_LEADERS_SETTING));
}

/**
 * The staff member a 承办人 names within a division (of `court`, when given: that court's members
 * and those of no particular court), or undefined (nobody of that name, or — an error of the
 * register the import refuses — two of them).
 */
export async function staffByName(
  handle: Db,
  division: string,
  name: string,
  court?: string | null,
): Promise<StaffMember | undefined> {
  const r = resolveStaff(await readStaffRegister(handle), division, name, court);
  return r.kind === "found" ? r.member : undefined;
}

export interface DivisionLeader {
  /** The account linked to the leader (an active one first), or null when none is. */
  username: string | null;
  name: string;
  staffId: number;
}

/**
 * The court leader in charge of a division (分管院领导), or undefined when the setting names
 * nobody for it or names a 工号/account that is not in the register.
 */
export async function leaderOfDivision(handle: Db, division: string): Promise<DivisionLeader | undefined> {
  const leaders = await readDivisionLeaders(handle);
  const wanted = normalizeDivision(division);
  const entry = Object.entries(leaders).find(([d]) => normalizeDivision(d) === wanted);
  if (!entry) return undefined;
  const who = entry[1];
  let staff = await findStaffByNo(handle, who);
  if (!staff) {
    const user = await findUserByName(handle, who);
    if (user?.staff_id != null) staff = await findStaffById(handle, Number(user.staff_id));
    if (!staff) return undefined;
  }
  const accounts = await accountsOfStaff(handle, staff.id);
  const account = accounts.find((a) => !a.disabled) ?? accounts[0];
  return { username: account?.username ?? null, name: staff.name, staffId: staff.id };
}
