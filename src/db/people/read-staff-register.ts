/** The whole staff register, in division and staff-number order (for resolving names and checks). */

import type { StaffMember } from "../../domain/people/staff.js";
import type { Db } from "../connect.js";
import { staffCourtSql, toStaffMember } from "./mapper.js";

export async function readStaffRegister(handle: Db): Promise<StaffMember[]> {
  const rows = await handle.db
    .selectFrom("staff")
    .selectAll()
    .select(staffCourtSql.as("effective_court"))
    .orderBy("division")
    .orderBy("staff_no")
    .execute();
  return rows.map(toStaffMember);
}

/** Is the register empty (the court has not loaded one)? */
export async function staffRegisterEmpty(handle: Db): Promise<boolean> {
  const r = await handle.db.selectFrom("staff").select("id").limit(1).executeTakeFirst();
  return r === undefined;
}
