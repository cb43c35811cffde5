/** The divisions in whose cases a judge's name appears as 承办人 (two judges may share a name). */
import type { Db } from "../connect.js";

export async function divisionsOfJudge(handle: Db, judge: string): Promise<string[]> {
  const rows = await handle.db
    .selectFrom("case_facts")
    .select("division")
    .distinct()
    .where("judge", "=", judge)
    .orderBy("division")
    .execute();
  return rows.map((r) => r.division);
}
