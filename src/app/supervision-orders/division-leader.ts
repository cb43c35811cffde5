/**
 * The 院领导 in charge of a division (分管院领导), to whom an order still unanswered is escalated:
 * the people register's answer (setting division_leaders, resolved to the leader's account).
 */
import type { Db } from "../../db/connect.js";
import { leaderOfDivision } from "../people/leaders.js";

/**
 * The account of the division's 院领导 in charge, or null — nobody set, no account linked, or a
 * broken setting (escalation must not stop an import's completion): the task then goes to the
 * 院长 position.
 */
export async function divisionLeaderAccount(handle: Db, division: string): Promise<string | null> {
  try {
    return (await leaderOfDivision(handle, division))?.username ?? null;
  } catch {
    return null;
  }
}
