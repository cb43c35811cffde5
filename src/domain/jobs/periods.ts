/**
 * The period a scheduled report covers. A report is made after its period has ended: the monthly
 * bulletin run on the 1st covers the month before; the quarterly report run after a quarter covers
 * that quarter. In general a run covers the last complete period before the day it runs.
 */
export type PeriodKind = "month" | "quarter";

export interface Period {
  kind: PeriodKind;
  /** 2024-06 (month) or 2024Q4 (quarter). */
  label: string;
  /** First and last day, YYYY-MM-DD. */
  from: string;
  to: string;
  /** How people write it: 2024年6月, 2024年第四季度. */
  name: string;
}

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER_RE = /^(\d{4})Q([1-4])$/;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER_NAMES = ["一", "二", "三", "四"];

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) =>
  [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function month(y: number, m: number): Period {
  return {
    kind: "month",
    label: `${y}-${pad(m)}`,
    from: `${y}-${pad(m)}-01`,
    to: `${y}-${pad(m)}-${pad(lastDay(y, m) as number)}`,
    name: `${y}年${m}月`,
  };
}

function quarter(y: number, q: number): Period {
  const end = q * 3;
  return {
    kind: "quarter",
    label: `${y}Q${q}`,
    from: `${y}-${pad(end - 2)}-01`,
    to: `${y}-${pad(end)}-${pad(lastDay(y, end) as number)}`,
    name: `${y}年第${QUARTER_NAMES[q - 1]}季度`,
  };
}

/** The period named by a label of the kind (2024-06, 2024Q4), or undefined when it is not one. */
export function parsePeriod(kind: PeriodKind, label: string): Period | undefined {
  if (kind === "month") {
    const m = MONTH_RE.exec(label);
    return m ? month(Number(m[1]), Number(m[2])) : undefined;
  }
  const q = QUARTER_RE.exec(label);
  return q ? quarter(Number(q[1]), Number(q[2])) : undefined;
}

/** The format a label of the kind takes, for error messages. */
export function periodFormat(kind: PeriodKind): string {
  return kind === "month" ? "形如 2024-06 的月份" : "形如 2024Q4 的季度";
}

/** The period of the kind that contains a day (YYYY-MM-DD). */
export function periodContaining(kind: PeriodKind, day: string): Period {
  const d = DAY_RE.exec(day);
  if (!d) throw new RangeError(`day ${JSON.stringify(day)}: expected YYYY-MM-DD`);
  const y = Number(d[1]);
  const m = Number(d[2]);
  return kind === "month" ? month(y, m) : quarter(y, Math.ceil(m / 3));
}

/** The period just before one. */
export function previousPeriod(p: Period): Period {
  const [y, rest] = p.kind === "month" ? p.label.split("-") : p.label.split("Q");
  const year = Number(y);
  const n = Number(rest);
  if (p.kind === "month") return n === 1 ? month(year - 1, 12) : month(year, n - 1);
  return n === 1 ? quarter(year - 1, 4) : quarter(year, n - 1);
}

/**
 * The period a run on `runDate` covers: the last complete period before the one the day falls in
 * (a monthly run on 2024-07-01 covers 2024-06; a quarterly run on 2025-01-05 covers 2024Q4).
 */
export function periodOfRun(kind: PeriodKind, runDate: string): Period {
  return previousPeriod(periodContaining(kind, runDate));
}

/** The `n` most recent complete periods before `asOf`, oldest first. */
export function recentPeriods(kind: PeriodKind, asOf: string, n: number): Period[] {
  const out: Period[] = [];
  let p = periodOfRun(kind, asOf);
  for (let i = 0; i < n; i++) {
    out.unshift(p);
    p = previousPeriod(p);
  }
  return out;
}
