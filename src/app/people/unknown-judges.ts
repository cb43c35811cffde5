/**
 * data-quality.judge-unknown: the cases whose 承办人 is nobody of the staff register in their
 * division of their own court (or, pending, a member no longer in post): another court's 民一庭
 * does not know this court's judges; a member of no particular court counts for every court. Part of every alert detection (detect-alerts.ts
 * calls unknownJudgeAlerts); after the register changes, recomputeUnknownJudgeAlerts merges this
 * rule's findings alone (the other rules' alerts are left as they are). Nothing is found while the
 * register is empty: the court has not loaded it.
 */
import { type FoundAlert, mergeAlerts } from "../../db/alerts/merge-alerts.js";
import type { Db } from "../../db/connect.js";
import { casesOfJudge, judgePairs } from "../../db/people/judge-pairs.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { judgeProblem, RULE_IDS, unknownJudgeAlert } from "../../domain/alerts/index.js";
import { StaffIndex } from "../../domain/people/resolve.js";

export async function unknownJudgeAlerts(handle: Db, asOf: string): Promise<FoundAlert[]> {
  const register = await readStaffRegister(handle);
  if (register.length === 0) return [];
  const index = new StaffIndex(register);
  const out: FoundAlert[] = [];
  for (const pair of await judgePairs(handle, asOf)) {
    const worst = judgeProblem(index, pair.division, pair.judge, pair.pending, pair.courtCode);
    if (!worst) continue;
    for (const c of await casesOfJudge(handle, pair, asOf)) {
      const problem = judgeProblem(index, pair.division, pair.judge, c.pending, pair.courtCode);
      if (!problem) continue;
      out.push({
        ...unknownJudgeAlert(
          { caseNumber: c.caseNumber, division: pair.division, judge: pair.judge },
          problem,
          asOf,
        ),
        caseId: c.id,
        division: pair.division,
        judge: pair.judge,
      });
    }
  }
  return out;
}

/** Merges this rule's findings into the stored alerts (after the register changed). */
export async function recomputeUnknownJudgeAlerts(
  handle: Db,
  asOf: string,
): Promise<{ alerts: number; inserted: number; resolved: number }> {
  const { result, inserted, resolved } = await mergeAlerts(
    handle,
    new Date().toISOString(),
    async (scoped, sink) => {
      const found = await unknownJudgeAlerts(scoped, asOf);
      if (found.length > 0) await sink(found);
      return found.length;
    },
    { rules: [RULE_IDS.judgeUnknown] },
  );
  return { alerts: result, inserted, resolved };
}
