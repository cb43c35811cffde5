/**
 * Who hears cases in a division: its active 员额法官 in the staff register; without any there, the
 * judges named in its cases (a court that has not loaded a register).
 */

import type { Db } from "../../db/connect.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import type { StaffMember } from "../../domain/people/staff.js";
import { staffOfCourts } from "../people/staff-courts.js";

export interface DivisionRoster {
  /** staff: 人员名册中的在岗员额法官; cases: 本庭案件中的承办人. */
  source: "staff" | "cases";
  judges: string[];
}

export function activeJudges(register: readonly StaffMember[], division: string): string[] {
  return register
    .filter((s) => s.active && s.division === division && s.positions.includes("judge"))
    .map((s) => s.name);
}

export async function rosterOfDivision(
  handle: Db,
  division: string,
  judgesWithCases: readonly string[],
  /** Only the staff of this court (法院代字), in a database of several courts. */
  court?: string,
): Promise<DivisionRoster> {
  const register = await staffOfCourts(handle, await readStaffRegister(handle), court ? [court] : undefined);
  const judges = activeJudges(register, division);
  if (judges.length > 0) return { source: "staff", judges: [...new Set(judges)] };
  return { source: "cases", judges: [...new Set(judgesWithCases)] };
}
