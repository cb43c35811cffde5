/**
 * Queries of the demo seeders: what the 鉴定 register is seeded from (民初 cases with a 鉴定
 * exclusion, 民初 cases with no exclusion at all, the judges who close 民初 cases), and the 生效日期
 * the 判后 seeder clears.
 */
import type { Db } from "../connect.js";

export async function casesWithAppraisalExclusion(handle: Db, fromOn: string, limit: number) {
  return handle.db
    .selectFrom("case_events as e")
    .innerJoin("cases as c", "c.id", "e.case_id")
    .select(["c.case_number", "c.cause", "c.filed_on", "e.from_on", "e.to_on"])
    .where("e.kind", "=", "exclusion")
    .where("e.reason", "=", "鉴定")
    .where("c.type_code", "=", "民初")
    .where("e.from_on", ">=", fromOn)
    .orderBy("e.from_on", "desc")
    .limit(limit)
    .execute();
}

export async function civilCasesWithoutExclusion(
  handle: Db,
  filedFrom: string,
  filedTo: string,
  limit: number,
) {
  return handle.db
    .selectFrom("cases")
    .select(["case_number", "cause", "filed_on"])
    .where("type_code", "=", "民初")
    .where("filed_on", ">=", filedFrom)
    .where("filed_on", "<=", filedTo)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("case_events as x")
            .select("x.id")
            .whereRef("x.case_id", "=", "cases.id")
            .where("x.kind", "=", "exclusion"),
        ),
      ),
    )
    .orderBy("filed_on")
    .limit(limit)
    .execute();
}

export async function civilClosingJudges(handle: Db, limit: number) {
  return handle.db
    .selectFrom("cases")
    .select(["division", "judge"])
    .where("type_code", "=", "民初")
    .where("closed_on", "is not", null)
    .groupBy(["division", "judge"])
    .orderBy("division")
    .orderBy("judge")
    .limit(limit)
    .execute();
}

/** Clears 生效日期 of these cases (the demo's cases whose export left it empty). */
export async function clearEffectiveDates(handle: Db, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await handle.db
      .updateTable("cases")
      .set({ effective_on: null })
      .where("id", "in", ids.slice(i, i + 500) as number[])
      .execute();
}
