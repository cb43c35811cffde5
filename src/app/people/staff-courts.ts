/**
 * Staff (人员) by court. A member belongs to the court the register gives them (staff.court_code),
 * else to the court of their linked account. On a one-court installation (no courts asked) the
 * whole register applies; for an account limited to courts, only the members of one of them (a
 * member of no court and without an account is not shown to it).
 */
import type { Db } from "../../db/connect.js";
import { readStaffCourts } from "../../db/people/staff-courts.js";

export async function staffOfCourts<T extends { id: number }>(
  handle: Db,
  register: readonly T[],
  courts: readonly string[] | undefined | null,
): Promise<T[]> {
  if (!courts) return [...register];
  const of = await readStaffCourts(handle);
  return register.filter((s) => {
    const c = of.get(s.id);
    return c !== undefined && courts.includes(c);
  });
}

/** The court of one member (the register's, else their account's), or null. */
export async function staffCourt(handle: Db, staffId: number): Promise<string | null> {
  return (await readStaffCourts(handle)).get(staffId) ?? null;
}
