/**
 * Working days for a workflow's dues (答复期限, 阅核期限): counted on the legal calendar (State
 * Council holidays off, 调休 make-up days on). Beyond the years the holiday data covers, weekends
 * alone are days off — the State Council publishes each year's holidays late in the year before.
 */
import { type DayNumber, isWeekend, type LegalCalendar } from "../calendar/index.js";

function working(calendar: LegalCalendar, day: DayNumber): boolean {
  return calendar.covers(day) ? calendar.isWorkingDay(day) : !isWeekend(day);
}

/** The `n`th working day after `from` (n ≥ 1; `from` itself is not counted). */
export function addWorkingDays(calendar: LegalCalendar, from: DayNumber, n: number): DayNumber {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`working days must be a whole number ≥ 1, got ${n}`);
  let d = from;
  let left = n;
  while (left > 0) {
    d++;
    if (working(calendar, d)) left--;
  }
  return d;
}

/**
 * Working days left until `due` as seen on `today`: the working days after today up to and
 * including the due day (0 on the due day itself); negative when overdue — minus the working days
 * after the due day up to and including today.
 */
export function workingDaysLeft(calendar: LegalCalendar, today: DayNumber, due: DayNumber): number {
  let count = 0;
  if (due >= today) {
    for (let d = today + 1; d <= due; d++) if (working(calendar, d)) count++;
    return count;
  }
  for (let d = due + 1; d <= today; d++) if (working(calendar, d)) count++;
  return -count;
}

/** Working days from `start` to `end`: those after start up to and including end (0 if end ≤ start). */
export function workingDaysBetween(calendar: LegalCalendar, start: DayNumber, end: DayNumber): number {
  return end <= start ? 0 : workingDaysLeft(calendar, start, end);
}
