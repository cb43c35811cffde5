/**
 * The legal calendar: which days are working days (工作日) under the State Council's annual
 * holiday notice (国务院办公厅关于部分节假日安排的通知), including 调休 — weekend days made into
 * working days, which count as working days, and weekdays given as days off.
 *
 * Source of the data: the `chinese-days` package (MIT), which follows the State Council notices.
 * Its coverage is bounded (the State Council publishes one year at a time, usually in November);
 * a date outside it raises CalendarRangeError instead of guessing. A court can add a newly
 * published year with `createLegalCalendar({ extra })`.
 */
import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import {
  type DayNumber,
  daysFromCivil,
  formatIsoDate,
  InvalidDateError,
  type IsoDate,
  isWeekend,
  tryParseIsoDate,
} from "./civil-date.js";

export class CalendarRangeError extends Error {
  constructor(
    readonly date: IsoDate,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(
      `日期 ${date} 超出节假日数据覆盖范围 (${firstYear}–${lastYear} 年)：国务院尚未公布或未收录该年度节假日安排，无法判断是否为工作日`,
    );
    this.name = "CalendarRangeError";
  }
}

/** One year's (or several years') holiday arrangement. */
export interface HolidayData {
  /** Days off (法定节假日 and the days added to them), `YYYY-MM-DD`. */
  holidays: readonly IsoDate[];
  /** 调休 working days: weekend days that are working days, `YYYY-MM-DD`. */
  workdays: readonly IsoDate[];
  /** The years this data fully covers. Defaults to every year mentioned in it. */
  years?: readonly number[];
}

export interface LegalCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** True when the day lies inside the years the holiday data covers. */
  covers(day: DayNumber): boolean;
  /** Working day per the State Council notice; throws CalendarRangeError outside the data. */
  isWorkingDay(day: DayNumber): boolean;
  /** The day itself if it is a working day, else the first working day after it. */
  nextWorkingDay(day: DayNumber): DayNumber;
  /**
   * As nextWorkingDay, but without throwing: undefined when the search leaves the data's years
   * (hot paths use it to fall back without the cost of an exception).
   */
  tryNextWorkingDay(day: DayNumber): DayNumber | undefined;
}

const OFF = 1;
const ON = 2;

class TableCalendar implements LegalCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  private readonly base: DayNumber;
  private readonly end: DayNumber;
  /** 0 = follow the weekday rule, 1 = day off, 2 = working day. */
  private readonly marks: Uint8Array;

  constructor(data: HolidayData[]) {
    const years = new Set<number>();
    for (const d of data) {
      for (const y of d.years ?? yearsMentioned(d)) years.add(y);
    }
    if (years.size === 0) throw new Error("legal calendar: no holiday data");
    const sorted = [...years].sort((a, b) => a - b);
    this.firstYear = sorted[0] as number;
    this.lastYear = sorted[sorted.length - 1] as number;
    for (let y = this.firstYear; y <= this.lastYear; y++) {
      if (!years.has(y)) throw new Error(`legal calendar: holiday data has a gap in ${y}`);
    }
    this.base = daysFromCivil(this.firstYear, 1, 1);
    this.end = daysFromCivil(this.lastYear, 12, 31);
    this.marks = new Uint8Array(this.end - this.base + 1);
    for (const d of data) {
      for (const s of d.holidays) this.mark(s, OFF);
      for (const s of d.workdays) this.mark(s, ON);
    }
  }

  private mark(iso: IsoDate, value: number): void {
    const day = tryParseIsoDate(iso);
    if (day === undefined) throw new InvalidDateError(iso);
    if (day < this.base || day > this.end) return;
    this.marks[day - this.base] = value;
  }

  covers(day: DayNumber): boolean {
    return day >= this.base && day <= this.end;
  }

  isWorkingDay(day: DayNumber): boolean {
    if (day < this.base || day > this.end) {
      throw new CalendarRangeError(formatIsoDate(day), this.firstYear, this.lastYear);
    }
    const m = this.marks[day - this.base];
    if (m === OFF) return false;
    if (m === ON) return true;
    return !isWeekend(day);
  }

  nextWorkingDay(day: DayNumber): DayNumber {
    let d = day;
    while (!this.isWorkingDay(d)) d++;
    return d;
  }

  tryNextWorkingDay(day: DayNumber): DayNumber | undefined {
    for (let d = day; d >= this.base && d <= this.end; d++) {
      const m = this.marks[d - this.base];
      if (m === ON || (m !== OFF && !isWeekend(d))) return d;
    }
    return undefined;
  }
}

function yearsMentioned(d: HolidayData): number[] {
  const ys = new Set<number>();
  for (const s of d.holidays) ys.add(Number(s.slice(0, 4)));
  for (const s of d.workdays) ys.add(Number(s.slice(0, 4)));
  return [...ys];
}

/** The holiday data shipped in the `chinese-days` package. */
export const CHINESE_DAYS_DATA: HolidayData = {
  holidays: Object.keys(chineseDays.holidays),
  workdays: Object.keys(chineseDays.workdays),
};

/**
 * A calendar from the shipped data plus any `extra` years (e.g. a year the State Council has
 * published after this release). Extra data overrides the shipped data for the days it lists.
 */
export function createLegalCalendar(options: { extra?: HolidayData[] } = {}): LegalCalendar {
  return new TableCalendar([CHINESE_DAYS_DATA, ...(options.extra ?? [])]);
}

let defaultCalendar: LegalCalendar | undefined;

/** The calendar built from the shipped data, created once. */
export function legalCalendar(): LegalCalendar {
  defaultCalendar ??= createLegalCalendar();
  return defaultCalendar;
}

function toDay(date: IsoDate | DayNumber): DayNumber {
  if (typeof date === "number") return date;
  const d = tryParseIsoDate(date);
  if (d === undefined) throw new InvalidDateError(date);
  return d;
}

/**
 * Is this a working day? Statutory holidays and the days off around them are not; 调休 make-up
 * days (a Saturday or Sunday declared a working day) are. Throws CalendarRangeError for a date
 * the holiday data does not cover.
 */
export function isWorkingDay(date: IsoDate | DayNumber, calendar: LegalCalendar = legalCalendar()): boolean {
  return calendar.isWorkingDay(toDay(date));
}
