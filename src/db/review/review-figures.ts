/** Per judge: reviewed cases (results submitted in the period), the average score and the 差错 count. */
import type { Db } from "../connect.js";

export interface JudgeReviewRow {
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
  let q = handle.db.selectFrom("review_results");
  if (courts !== undefined)
    q = q.where("case_id", "in", (eb) =>
      eb
        .selectFrom("cases")
        .select("cases.id")
        .where("cases.court_code", "in", [...courts]),
    );
  const rows = await q
    .select((eb) => [
      "division",
      "judge",
      eb.fn.countAll<number>().as("reviewed"),
      eb.fn.sum<number>(eb.fn.coalesce("final_score", "score")).as("score_sum"),
      eb.fn.sum<number>("lowest_class").as("lowest"),
    ])
    .where("submitted_on", ">=", from)
    .where("submitted_on", "<=", to)
    .groupBy(["division", "judge"])
    .orderBy("division")
    .orderBy("judge")
    .execute();
  return rows.map((r) => ({
    division: r.division,
    judge: r.judge,
    reviewed: Number(r.reviewed),
    scoreSum: Number(r.score_sum),
    lowest: Number(r.lowest),
  }));
}
