/**
 * The 承办人 of the cases, by court and division: each (court, division, judge) triple once, with
 * whether any of its cases is pending on a day; and the cases of given triples. For the
 * unknown-judge check (a 承办人 is looked up in the register of the case's own court).
 */
import { sql } from "kysely";
import type { Db } from "../connect.js";

export interface JudgePair {
  /** The cases' court (法院代字). */
  courtCode: string;
  division: string;
  judge: string;
  /** Some case of the pair is pending on the day asked (not closed, or closed after it). */
  pending: boolean;
}

export async function judgePairs(handle: Db, asOf: string): Promise<JudgePair[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select([
      "court_code",
      "division",
      "judge",
      sql<number>`max(case when closed_on is null or closed_on > ${asOf} then 1 else 0 end)`.as("pending"),
    ])
    .groupBy(["court_code", "division", "judge"])
    .execute();
  return rows.map((r) => ({
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    pending: Number(r.pending) === 1,
  }));
}

/** The cases of one (court, division, judge) triple: id, number, and whether pending on the day. */
export async function casesOfJudge(
  handle: Db,
  pair: { courtCode: string; division: string; judge: string },
  asOf: string,
): Promise<{ id: number; caseNumber: string; pending: boolean }[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "case_number", "closed_on"])
    .where("court_code", "=", pair.courtCode)
    .where("division", "=", pair.division)
    .where("judge", "=", pair.judge)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    pending: r.closed_on === null || r.closed_on > asOf,
  }));
}
