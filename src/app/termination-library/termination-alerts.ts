/**
 * termination-search-overdue: an entry of the 执行不能案件库 whose six-monthly property search is
 * overdue. The searches are not part of the per-case pass (they live in their own table), so this
 * is a small pass of its own, like data-quality.judge-unknown: detect-alerts.ts calls
 * terminationSearchAlerts in every detection, and recording a search merges this rule's findings
 * alone (recomputeTerminationAlerts), so the alert clears at once.
 */
import { type FoundAlert, mergeAlerts } from "../../db/alerts/merge-alerts.js";
import type { Db } from "../../db/connect.js";
import { RULE_IDS } from "../../domain/alerts/index.js";
import { searchOverdueAlert } from "../../domain/termination-library/index.js";
import { allEntries } from "./library.js";

export async function terminationSearchAlerts(handle: Db, asOf: string): Promise<FoundAlert[]> {
  const out: FoundAlert[] = [];
  for (const e of await allEntries(handle, asOf)) {
    const a = searchOverdueAlert(e, asOf);
    if (a) out.push({ ...a, caseId: e.caseId, division: e.division, judge: e.judge });
  }
  return out;
}

/** Merges this rule's findings into the stored alerts (after a search is recorded). */
export async function recomputeTerminationAlerts(
  handle: Db,
  asOf: string,
): Promise<{ alerts: number; inserted: number; resolved: number }> {
  const { result, inserted, resolved } = await mergeAlerts(
    handle,
    new Date().toISOString(),
    async (scoped, sink) => {
      const found = await terminationSearchAlerts(scoped, asOf);
      if (found.length > 0) await sink(found);
      return found.length;
    },
    { rules: [RULE_IDS.terminationSearchOverdue] },
  );
  return { alerts: result, inserted, resolved };
}
