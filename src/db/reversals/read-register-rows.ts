/**
 * The cases the 发改案件 register is built from (src/domain/reversals/register.ts): first-instance
 * cases whose 二审结果 is 改判 or 发回重审.
 */
import type { RegisterSourceRow } from "../../domain/reversals/register.js";
import type { Db } from "../connect.js";

export async function readRegisterRows(handle: Db): Promise<RegisterSourceRow[]> {
  const rows = await handle.db
    .selectFrom("cases")
    .select([
      "id",
      "case_number",
      "instance",
      "division",
      "judge",
      "cause",
      "closed_on",
      "closure_mode",
      "appeal_outcome",
      "appeal_closed_on",
    ])
    .where("instance", "=", "first")
    .where("appeal_outcome", "in", ["改判", "发回重审"])
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    instance: r.instance,
    division: r.division,
    judge: r.judge,
    cause: r.cause,
    closedOn: r.closed_on,
    closureMode: r.closure_mode,
    appealOutcome: r.appeal_outcome,
    appealClosedOn: r.appeal_closed_on,
    originCaseNumber: null,
  }));
}
