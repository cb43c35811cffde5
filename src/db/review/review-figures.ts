/**
 * Per judge of a court (a judge is a name within a division within a court: every court has a 民一庭):
 * reviewed cases (results submitted in the period), the average score and the 差错 count.
 */
import type { Db } from "../connect.js";

export interface JudgeReviewRow {
  /** The court (法院代字) of the judge's cases. */
  courtCode: string;
  division: string;
  judge: string;
  reviewed: number;
  scoreSum: number;
  lowest: number;
}

export async function reviewResultsByJudge(
  handle: Db,
  from: string,
  to: string,
  /** Only the cases of these courts (法院代字); absent: every court. */
  courts?: readonly string[],
): Promise<JudgeReviewRow[]> {
  let q = handle.db.selectFrom("review_results as r").innerJoin("cases as c", "c.id", "r.case_id");
  if (courts !== undefined) {
    if (courts.length === 0) return [];
    q = q.where("c.court_code", "in", [...courts]);
  }
  const rows = await q
    .select((eb) => [
      "c.court_code",
      "r.division",
      "r.judge",
      eb.fn.countAll<number>().as("reviewed"),
      eb.fn.sum<number>(eb.fn.coalesce("r.final_score", "r.score")).as("score_sum"),
      eb.fn.sum<number>("r.lowest_class").as("lowest"),
    ])
    .where("r.submitted_on", ">=", from)
    .where("r.submitted_on", "<=", to)
    .groupBy(["c.court_code", "r.division", "r.judge"])
    .orderBy("c.court_code")
    .orderBy("r.division")
    .orderBy("r.judge")
    .execute();
  return rows.map((r) => ({
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    reviewed: Number(r.reviewed),
    scoreSum: Number(r.score_sum),
    lowest: Number(r.lowest),
  }));
}
