/** Cases drawn into any review plan on or after a day (to be skipped by a new draw). */
import type { Db } from "../connect.js";

export async function recentlyReviewedCaseIds(handle: Db, sinceOn: string): Promise<Set<number>> {
  const rows = await handle.db
    .selectFrom("review_samples")
    .select("case_id")
    .distinct()
    .where("drawn_on", ">=", sinceOn)
    .execute();
  return new Set(rows.map((r) => Number(r.case_id)));
}
