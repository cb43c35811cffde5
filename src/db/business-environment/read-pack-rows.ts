/**
 * The rows of the 营商环境 pack: the first-instance cases closed in the period (by case_facts'
 * closed day, index case_facts_closed) of the definitions' type codes (涉企 only, and of its causes,
 * when the definitions say so), and the enforcement cases naming one of them as 原审案号 (index
 * cases_origin).
 */

import { sql } from "kysely";
import type {
  BusinessEnvironmentDefinitions,
  PackCase,
  PackEnforcement,
} from "../../domain/business-environment/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Db } from "../connect.js";

/** The reader's scope as the pack's query applies it (the cases of one division, or one judge of it). */
export interface PackScope {
  /** The courts (法院代字) seen; absent: every court. */
  courts?: readonly string[];
  division?: string;
  judge?: string;
}

/**
 * Light rows: the division, judge and cause (the cause unless the definitions pick causes) and the
 * parties are left empty — readDetails reads them for the typical cases shown; the reader's scope
 * is applied in the query.
 */
export async function readPackRows(
  handle: Db,
  d: BusinessEnvironmentDefinitions,
  from: string,
  to: string,
  scope: PackScope = {},
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
  if (scope.courts !== undefined) q = q.where("c.court_code", "in", [...scope.courts]);
  if (scope.division !== undefined) q = q.where("c.division", "=", scope.division);
  if (scope.judge !== undefined) q = q.where("c.judge", "=", scope.judge);
  // The cause only when the definitions pick causes (inPack checks it then).
  const rows = await (d.causes.length > 0
    ? q.select("c.cause")
    : q.select(sql<null>`null`.as("cause"))
  ).execute();
  const cases: PackCase[] = rows
    .filter((r) => r.closed_on !== null)
    .map((r) => ({
      caseId: Number(r.id),
      caseNumber: r.case_number,
      typeCode: r.type_code,
      // Read for the typical cases only (readDetails): light rows over a year.
      division: "",
      judge: "",
      cause: r.cause,
      plaintiffs: null,
      defendants: null,
      filedOn: r.filed_on,
      closedOn: r.closed_on as string,
      closureMode: r.closure_mode,
      amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
      enterprise: Number(r.enterprise) === 1,
      status: r.status,
    }));
  // The enforcement cases naming one of them as 原审案号, in one statement: the same selection of
  // pack cases (index case_facts_type_closed) joined to the enforcement cases by 原审案号 (index
  // cases_origin); 案号 is unique, so each enforcement case comes once.
  let e = handle.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .innerJoin("cases as e", "e.origin_case_number", "c.case_number")
    .select([
      "e.id",
      "e.case_number",
      "e.origin_case_number",
      "e.filed_on",
      "e.closed_on",
      "e.closure_mode",
      "e.amount_fen",
      "e.recovered_amount_fen",
    ])
    .where("f.closed_day", ">=", fromDay)
    .where("f.closed_day", "<=", toDay)
    .where("f.type_code", "in", d.firstInstanceTypeCodes)
    .where("c.closed_on", "is not", null)
    .where("e.type_code", "in", d.enforcementTypeCodes);
  if (d.enterpriseOnly) e = e.where("f.enterprise", "=", 1);
  if (d.causes.length > 0) e = e.where("f.cause", "in", d.causes);
  if (scope.courts !== undefined) e = e.where("c.court_code", "in", [...scope.courts]);
  const enforcements: PackEnforcement[] = (await e.execute()).map((r) => ({
    caseId: Number(r.id),
    caseNumber: r.case_number,
    originCaseNumber: r.origin_case_number as string,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    closureMode: r.closure_mode,
    amountFen: r.amount_fen === null ? null : Number(r.amount_fen),
    recoveredFen: r.recovered_amount_fen === null ? null : Number(r.recovered_amount_fen),
  }));
  return { cases, enforcements };
}

export interface PackCaseDetails {
  division: string;
  judge: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
}

/** The division, judge, cause and parties of the given cases (the typical-case lists). */
export async function readDetails(handle: Db, ids: readonly number[]): Promise<Map<number, PackCaseDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await handle.db
    .selectFrom("cases")
    .select(["id", "division", "judge", "cause", "plaintiffs", "defendants"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        division: r.division,
        judge: r.judge,
        cause: r.cause,
        plaintiffs: r.plaintiffs,
        defendants: r.defendants,
      },
    ]),
  );
}
