/**
 * archive-overdue over every case: part of every alert pass (detect-alerts.ts calls
 * archiveOverdueAlerts beside the other cross-case detectors). Nothing is found while no case has an
 * 归档日期 at all: the court's export does not carry the column, and every closed case would be
 * flagged for it.
 */
import type { FoundAlert } from "../../db/alerts/merge-alerts.js";
import { anyArchived, unarchivedForAlerts } from "../../db/archiving/archive-figures.js";
import type { Db } from "../../db/connect.js";
import { type CompiledAlertSettings, detectArchiveOverdue } from "../../domain/alerts/index.js";
import type { Alert } from "../../domain/alerts/types.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";

export async function archiveOverdueAlerts(
  handle: Db,
  asOf: string,
  settings: CompiledAlertSettings,
): Promise<FoundAlert[]> {
  if (!(await anyArchived(handle))) return [];
  const closedBy = formatIsoDate(parseIsoDate(asOf) - settings.s.archiveOverdueDays - 1);
  const out: FoundAlert[] = [];
  const found: Alert[] = [];
  for (const c of await unarchivedForAlerts(handle, closedBy, asOf)) {
    found.length = 0;
    detectArchiveOverdue(
      { caseNumber: c.caseNumber, closedOn: c.closedOn, archivedOn: null },
      asOf,
      settings,
      found,
    );
    for (const a of found) out.push({ ...a, caseId: c.id, division: c.division, judge: c.judge });
  }
  return out;
}
