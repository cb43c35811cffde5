/**
 * A judge's first-instance cases closed in a period whose appeal ended in 改判 or 发回重审 (from
 * case_facts' reversed and remanded flags), newest first, with their count.
 */
import type { Db } from "../connect.js";

export interface ReversedCase {
  caseId: number;
  caseNumber: string;
  closedOn: string | null;
  outcome: string | null;
  reversed: boolean;
  remanded: boolean;
}

export async function reversalsOfJudge(
  handle: Db,
  q: { division: string; judge: string; fromDay: number; toDay: number; limit: number },
): Promise<{ appealed: number; reversed: number; remanded: number; cases: ReversedCase[] }> {
  const base = handle.db
    .selectFrom("case_facts as f")
    .where("f.division", "=", q.division)
    .where("f.judge", "=", q.judge)
    .where("f.closed_day", ">=", q.fromDay)
    .where("f.closed_day", "<=", q.toDay)
    .where("f.first_instance", "=", 1);
  const totals = await base
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("f.appealed", "=", 1).then(1).else(0).end()).as("appealed"),
      eb.fn.sum<number>("f.reversed").as("reversed"),
      eb.fn.sum<number>("f.remanded").as("remanded"),
    ])
    .executeTakeFirst();
  const rows = await base
    .innerJoin("cases as c", "c.id", "f.case_id")
    .select(["f.case_id", "c.case_number", "f.closed_on", "f.appeal_outcome", "f.reversed", "f.remanded"])
    .where((eb) => eb.or([eb("f.reversed", "=", 1), eb("f.remanded", "=", 1)]))
    .orderBy("f.closed_day", "desc")
    .orderBy("f.case_id", "desc")
    .limit(q.limit)
    .execute();
  return {
    appealed: Number(totals?.appealed ?? 0),
    reversed: Number(totals?.reversed ?? 0),
    remanded: Number(totals?.remanded ?? 0),
    cases: rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      closedOn: r.closed_on,
      outcome: r.appeal_outcome,
      reversed: Number(r.reversed) === 1,
      remanded: Number(r.remanded) === 1,
    })),
  };
}
