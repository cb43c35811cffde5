/** A judge's pending cases, oldest first (the demo court's drafts are written on these). */
import type { Db } from "../connect.js";

export async function pendingCasesOfJudge(
  handle: Db,
  judge: { name: string; division: string },
  limit: number,
): Promise<{ id: number; caseNumber: string }[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "case_number"])
    .where("judge", "=", judge.name)
    .where("division", "=", judge.division)
    .where("closed_on", "is", null)
    .orderBy("filed_on")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, caseNumber: r.case_number }));
}
