/**
 * The court of each staff member (人员) who has an account that belongs to a court: the register
 * itself keeps no court, so a member's court is their account's (users.court_code).
 */
import type { Db } from "../connect.js";

export async function readStaffCourts(handle: Db): Promise<Map<number, string>> {
  const rows = await handle.db
    .selectFrom("users")
    .select(["staff_id", "court_code"])
    .where("staff_id", "is not", null)
    .where("court_code", "is not", null)
    .execute();
  const out = new Map<number, string>();
  for (const r of rows) if (r.staff_id !== null && r.court_code) out.set(Number(r.staff_id), r.court_code);
  return out;
}
