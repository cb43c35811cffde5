/**
 * Demo-only writes of the 执行不能案件库 seeder (src/app/demo/seed-demo-termination.ts): the demo
 * generator files 执恢 cases without naming the 终本 case they resume, so the seeder links some of
 * them (原审案号 and the parties of the 终本 case); and the searches, written in bulk.
 */
import type { Db } from "../connect.js";

/** 执恢 cases that name no 原审案号, oldest first. */
export async function unlinkedResumptions(handle: Db): Promise<{ id: number; filedOn: string }[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "filed_on"])
    .where("type_code", "=", "执恢")
    .where("origin_case_number", "is", null)
    .orderBy("filed_on")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: Number(r.id), filedOn: r.filed_on }));
}

export async function linkResumption(
  handle: Db,
  resumptionId: number,
  origin: { caseNumber: string; plaintiffs: string | null; defendants: string | null; cause: string | null },
  now: string,
): Promise<void> {
  await handle.db
    .updateTable("cases")
    .set({
      origin_case_number: origin.caseNumber,
      plaintiffs: origin.plaintiffs,
      defendants: origin.defendants,
      cause: origin.cause,
      updated_at: now,
    })
    .where("id", "=", resumptionId)
    .execute();
}

export async function insertSearchesBulk(
  handle: Db,
  rows: { caseId: number; searchedOn: string; result: string; note: string; by: string; at: string }[],
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await trx
        .insertInto("termination_searches")
        .values(
          rows.slice(i, i + 200).map((s) => ({
            case_id: s.caseId,
            searched_on: s.searchedOn,
            result: s.result,
            note: s.note,
            recorded_by: s.by,
            recorded_at: s.at,
          })),
        )
        .execute();
    }
  });
}
