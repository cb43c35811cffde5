/**
 * 期间计算 — period arithmetic for statutory time limits.
 *
 * - The first day is not counted (CPL 2023 art. 85 ¶2; 民诉法解释 art. 125; 法释〔2000〕29号
 *   art. 8: 审理期限从立案次日起计算): a period of N days starting on day S ends on S + N.
 * - Months end on the corresponding day of the target month, or its last day where there is none
 *   (民法典 art. 202). Criminal periods may use 刑诉法解释 art. 202 instead (month end → month end).
 * - A last day that is not a working day rolls to the next working day (CPL art. 85 ¶3;
 *   民法典 art. 203; CrPL art. 105). 调休 working days are working days and do not roll.
 */
import { addMonths, addMonthsCriminal, type DayNumber } from "./civil-date.js";
import { type LegalCalendar, legalCalendar } from "./legal-calendar.js";

export type MonthRule = "civil-code" | "criminal-interpretation";

export interface PeriodLength {
  months?: number;
  days?: number;
}

export interface PeriodOptions {
  calendar?: LegalCalendar;
  /** 民法典 art. 202 (default) or 刑诉法解释 art. 202. */
  monthRule?: MonthRule;
  /** Roll a last day that is not a working day (default true). */
  roll?: boolean;
}

/** Adds months then days to a start day without any roll (the "unrolled" end). */
export function addPeriod(
  start: DayNumber,
  length: PeriodLength,
  monthRule: MonthRule = "civil-code",
): DayNumber {
  const months = length.months ?? 0;
  const afterMonths =
    monthRule === "criminal-interpretation" ? addMonthsCriminal(start, months) : addMonths(start, months);
  return afterMonths + (length.days ?? 0);
}

export interface PeriodEnd {
  /** The last day before any holiday roll. */
  rawEnd: DayNumber;
  /** The last day of the period after the roll. */
  end: DayNumber;
  /** Days the end was moved by the roll. */
  rolledDays: number;
}

/** The last day of a period of `length` counted from `start` (the start day itself not counted). */
export function periodEnd(start: DayNumber, length: PeriodLength, options: PeriodOptions = {}): PeriodEnd {
  const rawEnd = addPeriod(start, length, options.monthRule);
  if (options.roll === false) return { rawEnd, end: rawEnd, rolledDays: 0 };
  const end = (options.calendar ?? legalCalendar()).nextWorkingDay(rawEnd);
  return { rawEnd, end, rolledDays: end - rawEnd };
}
