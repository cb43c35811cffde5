/**
 * The rows of the 营商环境 pack: the first-instance cases closed in the period (by case_facts'
 * closed day, index case_facts_closed) of the definitions' type codes (涉企 only, and of its causes,
 * when the definitions say so), and the enforcement cases naming one of them as 原审案号 (index
 * cases_origin).
 */
import type {
  BusinessEnvironmentDefinitions,
  PackCase,
  PackEnforcement,
} from "../../domain/business-environment/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Db } from "../connect.js";

export async function readPackRows(
  handle: Db,
  d: BusinessEnvironmentDefinitions,
  from: string,
  to: string,
): Promise<{ cases: PackCase[]; enforcements: PackEnforcement[] }> {
  const fromDay = parseIsoDate(from);
  const toDay = parseIsoDate(to);
  let q = handle.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select([
      "c.id",
      "c.case_number",
      "c.type_code",
      "c.division",
      "c.judge",
      "c.cause",
      "c.filed_on",
      "c.closed_on",
      "c.closure_mode",
      "c.amount_fen",
      "f.enterprise",
      "f.status",
    ])
    .where("f.closed_day", ">=", fromDay)
    .where("f.closed_day", "<=", toDay)
    .where("f.type_code", "in", d.firstInstanceTypeCodes);
  if (d.enterpriseOnly) q = q.where("f.enterprise", "=", 1);
  if (d.causes.length > 0) q = q.where("f.cause", "in", d.causes);
  const rows = await q.execute();
  const cases: PackCase[] = rows
    .filter((r) => r.closed_on !== null)
    .map((r) => ({
      caseId: Number(r.id),
      caseNumber: r.case_number,
      typeCode: r.type_code,
      division: r.division,
      judge: r.judge,
      cause: r.cause,
      // The parties are read for the typical cases only (readParties): light rows over a year.
      plaintiffs: null,
      defendants: null,
      filedOn: r.filed_on,
      closedOn: r.closed_on as string,
      closureMode: r.closure_mode,
      amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
      enterprise: Number(r.enterprise) === 1,
      status: r.status,
    }));
  const numbers = cases.map((c) => c.caseNumber);
  const enforcements: PackEnforcement[] = [];
  // In chunks: a parameter list stays well inside both databases' limits.
  for (let i = 0; i < numbers.length; i += 500) {
    const chunk = numbers.slice(i, i + 500);
    const found = await handle.db
      .selectFrom("cases")
      .select([
        "id",
        "case_number",
        "origin_case_number",
        "filed_on",
        "closed_on",
        "closure_mode",
        "amount_fen",
        "recovered_amount_fen",
      ])
      .where("origin_case_number", "in", chunk)
      .where("type_code", "in", d.enforcementTypeCodes)
      .execute();
    for (const r of found)
      enforcements.push({
        caseId: Number(r.id),
        caseNumber: r.case_number,
        originCaseNumber: r.origin_case_number as string,
        filedOn: r.filed_on,
        closedOn: r.closed_on,
        closureMode: r.closure_mode,
        amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
        recoveredFen: r.recovered_amount_fen === null ? null : Number(r.recovered_amount_fen),
      });
  }
  return { cases, enforcements };
}

/** The parties of the given cases (the typical-case lists). */
export async function readParties(
  handle: Db,
  ids: readonly number[],
): Promise<Map<number, { plaintiffs: string | null; defendants: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "plaintiffs", "defendants"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [Number(r.id), { plaintiffs: r.plaintiffs, defendants: r.defendants }]));
}
