/**
 * Days, as the stages use them: the ISO text of a day (cached — a million cases repeat a few
 * thousand dates) and the working days of the legal calendar (plain weekends outside its years).
 */
import {
  type DayNumber,
  daysFromCivil,
  formatIsoDate,
  type IsoDate,
  isWeekend,
} from "../domain/calendar/civil-date.js";
import type { LegalCalendar } from "../domain/calendar/legal-calendar.js";

const ISO_BASE = daysFromCivil(2000, 1, 1);
const ISO_CACHE: (string | undefined)[] = [];

export function iso(d: DayNumber): IsoDate {
  const i = d - ISO_BASE;
  if (i >= 0 && i < 40_000) {
    let s = ISO_CACHE[i];
    if (s === undefined) {
      s = formatIsoDate(d);
      ISO_CACHE[i] = s;
    }
    return s;
  }
  return formatIsoDate(d);
}

function isWorking(cal: LegalCalendar, d: DayNumber): boolean {
  return cal.covers(d) ? cal.isWorkingDay(d) : !isWeekend(d);
}

/** The day itself or the next working day. */
export function nextWorking(cal: LegalCalendar, d: DayNumber): DayNumber {
  let x = d;
  while (!isWorking(cal, x)) x++;
  return x;
}

/** The day itself or the previous working day, not before `lo` (else the next working day). */
export function prevWorking(cal: LegalCalendar, d: DayNumber, lo: DayNumber): DayNumber {
  let x = d;
  while (x >= lo && !isWorking(cal, x)) x--;
  return x >= lo ? x : nextWorking(cal, lo);
}
