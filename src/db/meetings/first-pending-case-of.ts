/** The first pending case (lowest id) of a judge in a division, or undefined (the demo's direct referral). */
import type { Db } from "../connect.js";

export async function firstPendingCaseOf(
  handle: Db,
  judge: string,
  division: string,
): Promise<number | undefined> {
  const row = await handle.db
    .selectFrom("cases")
    .select("id")
    .where("judge", "=", judge)
    .where("division", "=", division)
    .where("closed_on", "is", null)
    .orderBy("id")
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : undefined;
}
