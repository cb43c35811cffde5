/**
 * How long a draft has waited for 阅核, in working days on the legal calendar, and whether it
 * waits longer than the court's setting (超期待阅核).
 */
import { type IsoDate, type LegalCalendar, parseIsoDate } from "../calendar/index.js";
import { workingDaysBetween } from "../workflow/working-days.js";

/** Working days from `since` (not counted) up to and including `until`. */
export function waitedWorkingDays(calendar: LegalCalendar, since: IsoDate, until: IsoDate): number {
  return workingDaysBetween(calendar, parseIsoDate(since), parseIsoDate(until));
}

/** A draft waiting since `since` is overdue on `today` when it has waited more than `limit` working days. */
export function waitOverdue(calendar: LegalCalendar, since: IsoDate, today: IsoDate, limit: number): boolean {
  return waitedWorkingDays(calendar, since, today) > limit;
}
