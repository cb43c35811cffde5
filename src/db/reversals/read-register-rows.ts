/**
 * The cases the 发改案件 register is built from (src/domain/reversals/register.ts): first-instance
 * cases whose 二审结果 is 改判 or 发回重审; second-instance cases that name a 原审案号 and are closed;
 * and the first-instance cases such an appellate case reverses or remands (by 原审案号 = 案号, the
 * index cases_origin of migration 0014).
 */
import type { RegisterSourceRow } from "../../domain/reversals/register.js";
import type { Db } from "../connect.js";

const REVERSING = ["改判", "发回重审"];

export async function readRegisterRows(handle: Db): Promise<RegisterSourceRow[]> {
  const columns = [
    "id",
    "case_number",
    "court_code",
    "instance",
    "division",
    "judge",
    "cause",
    "closed_on",
    "closure_mode",
    "appeal_outcome",
    "appeal_closed_on",
    "origin_case_number",
  ] as const;
  const firsts = await handle.db
    .selectFrom("cases")
    .select(columns)
    .where("instance", "=", "first")
    .where((eb) =>
      eb.or([
        eb("appeal_outcome", "in", REVERSING),
        eb(
          "case_number",
          "in",
          eb
            .selectFrom("cases as a")
            .select("a.origin_case_number")
            .where("a.instance", "=", "second")
            .where("a.closure_mode", "in", REVERSING)
            .where("a.origin_case_number", "is not", null),
        ),
      ]),
    )
    .execute();
  const appeals = await handle.db
    .selectFrom("cases")
    .select(columns)
    .where("instance", "=", "second")
    .where("origin_case_number", "is not", null)
    .where("closure_mode", "is not", null)
    .execute();
  return [...firsts, ...appeals].map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    courtCode: r.court_code,
    instance: r.instance,
    division: r.division,
    judge: r.judge,
    cause: r.cause,
    closedOn: r.closed_on,
    closureMode: r.closure_mode,
    appealOutcome: r.appeal_outcome,
    appealClosedOn: r.appeal_closed_on,
    originCaseNumber: r.origin_case_number,
  }));
}
