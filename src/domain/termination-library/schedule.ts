/**
 * 执行不能案件库: the property-search schedule of a case closed by 终结本次执行程序 (终本).
 *
 * 最高人民法院《关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第九条第二款: within
 * five years after 终本 the court searches the debtor's property through the 网络执行查控系统 every
 * six months. The first search is due six months after the closing date, each later one six months
 * after the last recorded search; nothing is due after the five years. Months are counted by
 * 民法典第二百零二条 (the corresponding day of the target month, or its last day when it has none):
 * closed 2024-08-31 → due 2025-02-28.
 */
import { addMonths, formatIsoDate, parseIsoDate } from "../calendar/civil-date.js";

export const TERMINATION_RULES =
  "最高人民法院《关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）";
export const SEARCH_BASIS = `${TERMINATION_RULES}第九条第二款`;
export const RESUMPTION_BASIS = `${TERMINATION_RULES}第九条第一款`;
/** 每六个月查询一次. */
export const SEARCH_INTERVAL_MONTHS = 6;
/** 终结本次执行程序后的五年内. */
export const WATCH_MONTHS = 60;

export const SEARCH_RESULTS = ["无财产", "发现财产"] as const;
export type SearchResult = (typeof SEARCH_RESULTS)[number];

export type ScheduleState = "due" | "overdue" | "watch-ended" | "resumed";

export interface Schedule {
  /** The last day of the five years (终本 + 60 months). */
  watchEndsOn: string;
  /** The next search's due date; null when none is due any more (after five years, or resumed). */
  nextDueOn: string | null;
  /** Days past nextDueOn as of asOf (0 when not overdue). */
  overdueDays: number;
  state: ScheduleState;
}

/**
 * The schedule of one entry as of `asOf`: `closedOn` the 终本 date, `searchDates` the recorded
 * searches (any order; those before the closing are ignored), `resumedOn` the filing date of the
 * 执恢 case that took it up again (null when none).
 */
export function searchSchedule(
  closedOn: string,
  searchDates: readonly string[],
  asOf: string,
  resumedOn: string | null = null,
): Schedule {
  let last = parseIsoDate(closedOn);
  for (const d of searchDates) {
    const n = parseIsoDate(d);
    if (n > last) last = n;
  }
  return scheduleOfDays(
    parseIsoDate(closedOn),
    last,
    parseIsoDate(asOf),
    resumedOn !== null && resumedOn <= asOf,
  );
}

/**
 * searchSchedule on day numbers (the library's hot path: one call per entry, asOf parsed once):
 * `last` is the later of the closing day and the latest search day.
 */
export function scheduleOfDays(closed: number, last: number, today: number, resumed: boolean): Schedule {
  const watchEnds = addMonths(closed, WATCH_MONTHS);
  const watchEndsOn = formatIsoDate(watchEnds);
  if (resumed) return { watchEndsOn, nextDueOn: null, overdueDays: 0, state: "resumed" };
  const next = addMonths(last, SEARCH_INTERVAL_MONTHS);
  // Nothing after the five years: no due date beyond them, and none once they are over.
  if (next > watchEnds || today > watchEnds)
    return { watchEndsOn, nextDueOn: null, overdueDays: 0, state: "watch-ended" };
  const overdue = today > next;
  return {
    watchEndsOn,
    nextDueOn: formatIsoDate(next),
    overdueDays: overdue ? today - next : 0,
    state: overdue ? "overdue" : "due",
  };
}
