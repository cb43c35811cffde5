/** A case as the assignment suggestion reads it: its number, division, judge, type and state. */
import type { Db } from "../connect.js";

export interface CaseToAssign {
  id: number;
  caseNumber: string;
  courtCode: string;
  division: string;
  judge: string;
  typeCode: string;
  procedure: string;
  filedOn: string;
  closedOn: string | null;
}

export async function findCaseToAssign(handle: Db, caseId: number): Promise<CaseToAssign | undefined> {
  const r = await handle.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select([
      "f.case_id",
      "c.case_number",
      "c.court_code",
      "f.division",
      "f.judge",
      "f.type_code",
      "f.procedure",
      "f.filed_on",
      "f.closed_on",
    ])
    .where("f.case_id", "=", caseId)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.case_id,
    caseNumber: r.case_number,
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    typeCode: r.type_code,
    procedure: r.procedure,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
  };
}
