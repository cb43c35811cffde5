/**
 * data-quality.appraisal-exclusion-mismatch over the whole register: part of every alert pass
 * (detect-alerts.ts calls appraisalAlerts beside the other cross-case detectors); after an entry
 * on the 鉴定 page, recomputeAppraisalAlerts merges this rule's findings alone.
 */
import { type FoundAlert, mergeAlerts } from "../../db/alerts/merge-alerts.js";
import { readAppraisals } from "../../db/appraisals/read-appraisals.js";
import type { Db } from "../../db/connect.js";
import { appraisalMismatchAlert, RULE_IDS } from "../../domain/alerts/index.js";
import { exclusionMismatches } from "../../domain/appraisals/exclusion-check.js";

export async function appraisalAlerts(handle: Db, asOf: string): Promise<FoundAlert[]> {
  const stored = (await readAppraisals(handle)).filter(
    (a) => a.stage === "诉中" && a.linked !== null && a.commissionedOn <= asOf,
  );
  const byCase = new Map<number, typeof stored>();
  for (const a of stored) {
    const id = a.linked?.id as number;
    let list = byCase.get(id);
    if (!list) {
      list = [];
      byCase.set(id, list);
    }
    list.push(a);
  }
  const out: FoundAlert[] = [];
  for (const list of byCase.values()) {
    const c = list[0]?.linked;
    if (!c) continue;
    exclusionMismatches(list, c.exclusions).forEach((m, i) => {
      if (!m) return;
      const a = list[i] as (typeof list)[number];
      out.push({
        ...appraisalMismatchAlert({ ...a, caseNumber: c.caseNumber }, m, asOf),
        caseId: c.id,
        division: c.division,
        judge: c.judge,
      });
    });
  }
  return out;
}

export async function recomputeAppraisalAlerts(
  handle: Db,
  asOf: string,
): Promise<{ alerts: number; inserted: number; resolved: number }> {
  const { result, inserted, resolved } = await mergeAlerts(
    handle,
    new Date().toISOString(),
    async (scoped, sink) => {
      const found = await appraisalAlerts(scoped, asOf);
      if (found.length > 0) await sink(found);
      return found.length;
    },
    { rules: [RULE_IDS.appraisalExclusionMismatch] },
  );
  return { alerts: result, inserted, resolved };
}
