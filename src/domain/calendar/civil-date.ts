/**
 * Civil dates (公历日期, no time zone) as day numbers: days since 1970-01-01.
 *
 * The rules engine runs over millions of cases, so its hot path works on plain integers instead
 * of date objects. The conversions are Howard Hinnant's days_from_civil / civil_from_days
 * algorithms (proleptic Gregorian calendar); the property tests check them against
 * Temporal.PlainDate.
 */

/** Days since 1970-01-01 (1970-01-01 = 0). */
export type DayNumber = number;

/** A civil date written `YYYY-MM-DD`. */
export type IsoDate = string;

export class InvalidDateError extends Error {
  constructor(
    readonly value: unknown,
    message = `不是有效日期: ${JSON.stringify(value)} (expected YYYY-MM-DD)`,
  ) {
    super(message);
    this.name = "InvalidDateError";
  }
}

export function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(n: DayNumber): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar date. (Hot path: no regex.) */
export function tryParseIsoDate(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  const m0 = digit(text, 5);
  const m1 = digit(text, 6);
  const d0 = digit(text, 8);
  const d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Parses `YYYY-MM-DD`; throws InvalidDateError when it is not a real calendar date. */
export function parseIsoDate(text: string): DayNumber {
  const d = tryParseIsoDate(text);
  if (d === undefined) throw new InvalidDateError(text);
  return d;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

// Formatted dates of 1900–2199, made once each on first use: the same day always gives the same
// string, so the hot paths (millions of facts) neither rebuild nor re-hash them.
const FORMAT_FIRST_DAY = daysFromCivil(1900, 1, 1);
const FORMAT_DAYS = daysFromCivil(2200, 1, 1) - FORMAT_FIRST_DAY;
const formatted: (IsoDate | undefined)[] = new Array(FORMAT_DAYS);

export function formatIsoDate(n: DayNumber): IsoDate {
  const i = n - FORMAT_FIRST_DAY;
  if (i >= 0 && i < FORMAT_DAYS && (i | 0) === i) {
    const hit = formatted[i];
    if (hit !== undefined) return hit;
    const made = buildIsoDate(n);
    formatted[i] = made;
    return made;
  }
  return buildIsoDate(n);
}

function buildIsoDate(n: DayNumber): IsoDate {
  const { year, month, day } = civilFromDays(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `2024年3月1日` — how dates are shown to people. */
export function formatChineseDate(n: DayNumber): string {
  const { year, month, day } = civilFromDays(n);
  return `${year}年${month}月${day}日`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(n: DayNumber): boolean {
  return isoWeekday(n) >= 6;
}

export function yearOf(n: DayNumber): number {
  return civilFromDays(n).year;
}

/**
 * Adds calendar months by 民法典 art. 202: the period ends on the corresponding day of the
 * target month, or on that month's last day where there is none (2024-08-31 + 6 months =
 * 2025-02-28).
 */
export function addMonths(n: DayNumber, months: number): DayNumber {
  if (months === 0) return n;
  const { year, month, day } = civilFromDays(n);
  const idx = year * 12 + (month - 1) + months;
  const ty = Math.floor(idx / 12);
  const tm = idx - ty * 12 + 1;
  return daysFromCivil(ty, tm, Math.min(day, daysInMonth(ty, tm)));
}

/**
 * Adds months by 刑诉法解释 art. 202: as 民法典 art. 202, except that a period starting on the
 * last day of a month ends on the last day of the target month (2024-09-30 + 1 month =
 * 2024-10-31, where the civil rule gives 2024-10-30).
 */
export function addMonthsCriminal(n: DayNumber, months: number): DayNumber {
  if (months === 0) return n;
  const { year, month, day } = civilFromDays(n);
  const idx = year * 12 + (month - 1) + months;
  const ty = Math.floor(idx / 12);
  const tm = idx - ty * 12 + 1;
  const last = daysInMonth(ty, tm);
  if (day === daysInMonth(year, month)) return daysFromCivil(ty, tm, last);
  return daysFromCivil(ty, tm, Math.min(day, last));
}
