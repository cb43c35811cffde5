/**
 * The 承办人 of the cases, by division: each (division, judge) pair once, with whether any of its
 * cases is pending on a day; and the cases of given pairs. For the unknown-judge check.
 */
import { sql } from "kysely";
import type { Db } from "../connect.js";

export interface JudgePair {
  division: string;
  judge: string;
  /** Some case of the pair is pending on the day asked (not closed, or closed after it). */
  pending: boolean;
}

export async function judgePairs(handle: Db, asOf: string): Promise<JudgePair[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select([
      "division",
      "judge",
      sql<number>`max(case when closed_on is null or closed_on > ${asOf} then 1 else 0 end)`.as("pending"),
    ])
    .groupBy(["division", "judge"])
    .execute();
  return rows.map((r) => ({ division: r.division, judge: r.judge, pending: Number(r.pending) === 1 }));
}

/** The cases of one (division, judge) pair: id, number, and whether pending on the day. */
export async function casesOfJudge(
  handle: Db,
  division: string,
  judge: string,
  asOf: string,
): Promise<{ id: number; caseNumber: string; pending: boolean }[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "case_number", "closed_on"])
    .where("division", "=", division)
    .where("judge", "=", judge)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    pending: r.closed_on === null || r.closed_on > asOf,
  }));
}
