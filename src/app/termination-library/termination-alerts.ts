/**
 * termination-search-overdue: an entry of the 执行不能案件库 whose six-monthly property search is
 * overdue. The searches are not part of the per-case pass (they live in their own table), so this
 * is a small pass of its own, like data-quality.judge-unknown: detect-alerts.ts calls
 * terminationSearchAlertPages in every detection, and recording a search merges this rule's
 * findings alone (recomputeTerminationAlerts), so the alert clears at once. A province's 终本 cases
 * are a million and more: they are read, and their alerts handed on, a page of cases at a time.
 */
import { type FoundAlert, mergeAlerts } from "../../db/alerts/merge-alerts.js";
import type { Db } from "../../db/connect.js";
import {
  readProposals,
  readResumptions,
  readSearches,
  terminatedCasePages,
} from "../../db/termination-library/library.js";
import { RULE_IDS } from "../../domain/alerts/index.js";
import { buildEntries, searchOverdueAlert } from "../../domain/termination-library/index.js";

/** The overdue-search alerts, a page of 终本 cases at a time (each page with its own searches). */
export async function* terminationSearchAlertPages(handle: Db, asOf: string): AsyncGenerator<FoundAlert[]> {
  for await (const cases of terminatedCasePages(handle, asOf)) {
    const ids = cases.map((c) => c.caseId);
    const [searches, proposals, resumptions] = await Promise.all([
      readSearches(handle, ids),
      readProposals(handle, ids),
      readResumptions(
        handle,
        cases.map((c) => c.caseNumber),
      ),
    ]);
    const out: FoundAlert[] = [];
    for (const e of buildEntries(cases, searches, proposals, resumptions, asOf)) {
      const a = searchOverdueAlert(e, asOf);
      if (a) out.push({ ...a, caseId: e.caseId, division: e.division, judge: e.judge });
    }
    yield out;
  }
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
      let found = 0;
      for await (const page of terminationSearchAlertPages(scoped, asOf)) {
        found += page.length;
        if (page.length > 0) await sink(page);
      }
      return found;
    },
    { rules: [RULE_IDS.terminationSearchOverdue] },
  );
  return { alerts: result, inserted, resolved };
}
