/**
 * The periods of the reports: a quarter (2024Q4 → 2024-10-01 to 2024-12-31, 2024年第四季度), a
 * month (2024-11), and the twelve months ending with either, which the trend chart shows.
 */
import { isBulletinMonth, monthBounds } from "../bulletin/dates.js";
import { addMonths, formatIsoDate, parseIsoDate } from "../calendar/civil-date.js";

export interface ReportPeriod {
  /** 2024Q4 or 2024-11 */
  id: string;
  from: string;
  to: string;
  /** 2024年第四季度, 2024年11月 */
  label: string;
}

const QUARTER_RE = /^(\d{4})Q([1-4])$/;
const QUARTER_NAMES = ["一", "二", "三", "四"];

export function isQuarter(text: string): boolean {
  return QUARTER_RE.test(text);
}

/** 2024Q4 → 2024-10-01 … 2024-12-31; undefined when malformed. */
export function quarterPeriod(text: string): ReportPeriod | undefined {
  const m = QUARTER_RE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const firstMonth = `${year}-${String(q * 3 - 2).padStart(2, "0")}`;
  const lastMonth = `${year}-${String(q * 3).padStart(2, "0")}`;
  return {
    id: text,
    from: monthBounds(firstMonth).from,
    to: monthBounds(lastMonth).to,
    label: `${year}年第${QUARTER_NAMES[q - 1]}季度`,
  };
}

/** 2024-11 → 2024-11-01 … 2024-11-30; undefined when malformed. */
export function monthPeriod(text: string): ReportPeriod | undefined {
  if (!isBulletinMonth(text)) return undefined;
  const { from, to } = monthBounds(text);
  return { id: text, from, to, label: `${Number(text.slice(0, 4))}年${Number(text.slice(5, 7))}月` };
}

/** The twelve whole months ending with the period's last month (the trend chart). */
export function trendWindow(p: { to: string }): { from: string; to: string } {
  const lastMonthStart = `${p.to.slice(0, 7)}-01`;
  return { from: formatIsoDate(addMonths(parseIsoDate(lastMonthStart), -11)), to: p.to };
}
