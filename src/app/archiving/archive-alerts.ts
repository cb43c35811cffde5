/**
 * archive-overdue over every case: part of every alert pass (detect-alerts.ts calls
 * archiveOverdueAlerts beside the other cross-case detectors). Nothing is found while no case has an
 * 归档日期 at all: the court's export does not carry the column, and every closed case would be
 * flagged for it.
 */
import type { FoundAlert } from "../../db/alerts/merge-alerts.js";
import { anyArchived, unarchivedForAlertsPages } from "../../db/archiving/archive-figures.js";
import type { Db } from "../../db/connect.js";
import { type CompiledAlertSettings, detectArchiveOverdue } from "../../domain/alerts/index.js";
import type { Alert } from "../../domain/alerts/types.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";

export async function* archiveOverdueAlertPages(
  handle: Db,
  asOf: string,
  settings: CompiledAlertSettings,
): AsyncGenerator<FoundAlert[]> {
  if (!(await anyArchived(handle))) return;
  const closedBy = formatIsoDate(parseIsoDate(asOf) - settings.s.archiveOverdueDays - 1);
  const found: Alert[] = [];
  for await (const page of unarchivedForAlertsPages(handle, closedBy, asOf)) {
    const out: FoundAlert[] = [];
    for (const c of page) {
      found.length = 0;
      detectArchiveOverdue(
        { caseNumber: c.caseNumber, closedOn: c.closedOn, archivedOn: null },
        asOf,
        settings,
        found,
      );
      for (const a of found) out.push({ ...a, caseId: c.id, division: c.division, judge: c.judge });
    }
    yield out;
  }
}
