/**
 * Pending cases filed on or after a day (新收未结), newest first, with the 分案决定 recorded on each if
 * any: the cases a chief or the office looks at for 分案建议.
 */
import type { Db } from "../connect.js";

export interface RecentPendingCase {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  typeCode: string;
  procedure: string;
  filedOn: string;
  decided: boolean;
  followed: boolean | null;
  assignedJudge: string | null;
}

export async function recentPendingCases(
  handle: Db,
  q: { filedFrom: string; asOf: string; divisions?: string[]; limit: number; courts?: readonly string[] },
): Promise<RecentPendingCase[]> {
  if (q.divisions && q.divisions.length === 0) return [];
  let query = handle.db
    .selectFrom("case_facts as f")
    .innerJoin("cases as c", "c.id", "f.case_id")
    .leftJoin("assignment_suggestions as s", "s.case_id", "f.case_id")
    .select([
      "f.case_id",
      "c.case_number",
      "f.division",
      "f.judge",
      "f.type_code",
      "f.procedure",
      "f.filed_on",
      "s.id as decision_id",
      "s.followed",
      "s.assigned_judge",
    ])
    .where("f.filed_on", ">=", q.filedFrom)
    .where("f.filed_on", "<=", q.asOf)
    .where((eb) => eb.or([eb("f.closed_on", "is", null), eb("f.closed_on", ">", q.asOf)]));
  if (q.divisions) query = query.where("f.division", "in", q.divisions);
  if (q.courts) query = query.where("f.court_code", "in", [...q.courts]);
  const rows = await query
    .orderBy("f.filed_on", "desc")
    .orderBy("f.case_id", "desc")
    .limit(q.limit)
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    caseNumber: r.case_number,
    division: r.division,
    judge: r.judge,
    typeCode: r.type_code,
    procedure: r.procedure,
    filedOn: r.filed_on,
    decided: r.decision_id !== null,
    followed: r.followed === null ? null : Number(r.followed) === 1,
    assignedJudge: r.assigned_judge,
  }));
}
