/** One staff member by id or by 工号. */
import type { StaffMember } from "../../domain/people/staff.js";
import type { Db } from "../connect.js";
import { staffCourtSql, toStaffMember } from "./mapper.js";

export async function findStaffById(handle: Db, id: number): Promise<StaffMember | undefined> {
  const r = await handle.db
    .selectFrom("staff")
    .selectAll()
    .select(staffCourtSql.as("effective_court"))
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toStaffMember(r) : undefined;
}

export async function findStaffByNo(handle: Db, staffNo: string): Promise<StaffMember | undefined> {
  const r = await handle.db
    .selectFrom("staff")
    .selectAll()
    .select(staffCourtSql.as("effective_court"))
    .where("staff_no", "=", staffNo)
    .executeTakeFirst();
  return r ? toStaffMember(r) : undefined;
}
