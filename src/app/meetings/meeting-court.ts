/**
 * A meeting's court and its people: a meeting belongs to the court of the account that planned it
 * (null on a one-court installation). Its chair, secretary and members are of that court: the staff
 * register keeps no court, so a member whose linked account belongs to another court is not of it
 * (a member without an account may sit, as on a one-court installation).
 */
import type { Db } from "../../db/connect.js";
import { readStaffCourts } from "../../db/people/staff-courts.js";

/** The staff members (by id) whose account belongs to a court other than `court`, with that court. */
export async function staffOfOtherCourts(handle: Db, court: string | null): Promise<Map<number, string>> {
  if (!court) return new Map();
  const of = await readStaffCourts(handle);
  return new Map([...of].filter(([, c]) => c !== court));
}
