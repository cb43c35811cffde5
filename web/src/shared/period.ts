/**
 * Statistical periods as the dashboard offers them: a month, a quarter, a year or a custom range.
 * Civil dates as `YYYY-MM-DD`; no time zones. A period never runs past "today" (meta.today): figures
 * for days that have not happened would count pending cases as overdue in the future.
 */

export type PeriodMode = "month" | "quarter" | "year" | "custom";

export interface PeriodChoice {
  mode: PeriodMode;
  from: string;
  to: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function iso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parts(date: string): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function cap(to: string, today: string): string {
  return to > today ? today : to;
}

/** The period of `mode` containing `anchor`, capped at `today`. */
export function periodOf(mode: Exclude<PeriodMode, "custom">, anchor: string, today: string): PeriodChoice {
  const { year, month } = parts(anchor);
  let from: string;
  let to: string;
  if (mode === "month") {
    from = iso(year, month, 1);
    to = iso(year, month, daysInMonth(year, month));
  } else if (mode === "quarter") {
    const q0 = Math.floor((month - 1) / 3) * 3 + 1;
    from = iso(year, q0, 1);
    to = iso(year, q0 + 2, daysInMonth(year, q0 + 2));
  } else {
    from = iso(year, 1, 1);
    to = iso(year, 12, 31);
  }
  return { mode, from, to: from > today ? to : cap(to, today) };
}

/** The default: this year to date. */
export function defaultPeriod(today: string): PeriodChoice {
  return periodOf("year", today, today);
}

/** Whole months between two dates (inclusive of both months). */
export function monthSpan(from: string, to: string): number {
  const a = parts(from);
  const b = parts(to);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/**
 * The range of the monthly trend: the period itself when it spans three months or more, otherwise
 * the twelve months ending with the period's last month.
 */
export function trendRange(p: { from: string; to: string }): { from: string; to: string } {
  if (monthSpan(p.from, p.to) >= 3) return { from: p.from, to: p.to };
  const { year, month } = parts(p.to);
  const start = year * 12 + (month - 1) - 11;
  return { from: iso(Math.floor(start / 12), (start % 12) + 1, 1), to: p.to };
}

export function periodLabel(p: PeriodChoice): string {
  const a = parts(p.from);
  const b = parts(p.to);
  const full = (y: number, m: number) => `${y}年${m}月`;
  switch (p.mode) {
    case "month":
      return `${full(a.year, a.month)}${b.day < daysInMonth(b.year, b.month) ? "（月初至今）" : ""}`;
    case "quarter":
      return `${a.year}年第${Math.floor((a.month - 1) / 3) + 1}季度`;
    case "year":
      return b.month === 12 && b.day === 31 ? `${a.year}年` : `${a.year}年（年初至今）`;
    default:
      return `${a.year}年${a.month}月${a.day}日至${b.year}年${b.month}月${b.day}日`;
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const MODES: PeriodMode[] = ["month", "quarter", "year", "custom"];

/** The period named in the address (`mode`, `from`, `to`), or the default when absent or invalid. */
export function periodFromQuery(query: URLSearchParams, today: string): PeriodChoice {
  const mode = query.get("mode") as PeriodMode | null;
  const from = query.get("from");
  const to = query.get("to");
  if (
    !mode ||
    !MODES.includes(mode) ||
    !from ||
    !to ||
    !ISO.test(from) ||
    !ISO.test(to) ||
    to < from ||
    from > today
  ) {
    return defaultPeriod(today);
  }
  return { mode, from, to: to > today ? today : to };
}
