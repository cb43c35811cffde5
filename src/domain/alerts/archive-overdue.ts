/**
 * archive-overdue: a closed case not archived more than `archiveOverdueDays` days (本院规定, 90 by
 * default) after its closing (docs/archiving.md). Per case, from the record alone.
 */

import { archiveOverdueDays } from "../archiving/archiving.js";
import type { CaseRecord } from "../case/case.js";
import { RULE_IDS } from "./rules.js";
import type { CompiledAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { isDisabled, makeAlert } from "./util.js";

export function detectArchiveOverdue(
  record: Pick<CaseRecord, "caseNumber" | "closedOn" | "archivedOn">,
  asOf: string,
  cs: CompiledAlertSettings,
  out: Alert[],
): void {
  if (record.closedOn === null || (record.archivedOn !== null && record.archivedOn <= asOf)) return;
  if (isDisabled(cs, RULE_IDS.archiveOverdue)) return;
  const limit = cs.s.archiveOverdueDays;
  const since = archiveOverdueDays(record, asOf, limit);
  if (since === undefined) return;
  out.push(
    makeAlert(
      RULE_IDS.archiveOverdue,
      record.caseNumber,
      asOf,
      `${record.closedOn} 结案，至今 ${since} 天未归档，超过结案后 ${limit} 天的归档期限`,
      { closedOn: record.closedOn, daysSinceClosing: since, archiveOverdueDays: limit },
      `${record.closedOn}|${limit}`,
    ),
  );
}
