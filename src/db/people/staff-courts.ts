/**
 * The court of each staff member (人员) who belongs to one: the register's own (staff.court_code,
 * migration 0033), else the court of their linked account (users.court_code). Members of no court
 * are not in the map.
 */
import type { Db } from "../connect.js";
import { staffCourtSql } from "./mapper.js";

export async function readStaffCourts(handle: Db): Promise<Map<number, string>> {
  const rows = await handle.db
    .selectFrom("staff")
    .select(["staff.id", staffCourtSql.as("court")])
    .execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.court) out.set(Number(r.id), r.court);
  return out;
}
