/**
 * The 院领导 in charge of a division (分管院领导), to whom an order still unanswered is escalated.
 * Read from the setting `division_leaders` (JSON: division → account). A stand-in until the people
 * register's `leaderOfDivision` (src/app/people) is on this branch: then this calls it.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";

export const DIVISION_LEADERS_SETTING = "division_leaders";

/** The account of the division's 院领导 in charge, or null (then the task goes to the 院长 position). */
export async function divisionLeaderAccount(handle: Db, division: string): Promise<string | null> {
  const text = await readSetting(handle, DIVISION_LEADERS_SETTING);
  if (!text) return null;
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== "object") return null;
    const who = (v as Record<string, unknown>)[division];
    return typeof who === "string" && who.trim() !== "" ? who.trim() : null;
  } catch {
    return null;
  }
}
