/**
 * The SQL that computes rollup cells from case_facts: the panel's own conditional aggregation
 * (compile.ts, the same measure text) with one period per month and the key columns as the
 * grouping, so a cell holds exactly what the panel would count for that month and key. The same
 * text runs on SQLite, PostgreSQL and DuckDB.
 */
import { civilFromDays, daysFromCivil, daysInMonth, parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { Measure } from "../../domain/indicators/catalogue.js";
import type { RollupLayout } from "../../domain/indicators/rollup-plan.js";
import { compileMeasure, measureWhere, periodsCte, RELEVANT, type SqlPeriod } from "../indicators/compile.js";

/** The key columns of a cell, in the order of its JSON key. */
export const ROLLUP_KEY_COLUMNS = [
  "court_code",
  "division",
  "judge",
  "type_code",
  "procedure",
  "category",
] as const;

/** month index = year × 12 + month − 1 */
export function monthIndexOfDay(day: number): number {
  const c = civilFromDays(day);
  return c.year * 12 + c.month - 1;
}

export function monthFirstDay(mi: number): number {
  return daysFromCivil(Math.floor(mi / 12), (mi % 12) + 1, 1);
}

export function monthLastDay(mi: number): number {
  const y = Math.floor(mi / 12);
  const m = (mi % 12) + 1;
  return daysFromCivil(y, m, daysInMonth(y, m));
}

/** Cell period id: month × 2 + kind (0 the whole month, 1 up to the as-of day). */
export const cellPid = (month: number, kind: number): number => month * 2 + kind;

/** The periods of every cell from `firstMonth` to the as-of day's month. */
export function cellPeriods(firstMonth: number, asOf: string): SqlPeriod[] {
  const asOfDay = parseIsoDate(asOf);
  const last = monthIndexOfDay(asOfDay);
  const out: SqlPeriod[] = [];
  for (let mi = firstMonth; mi <= last; mi++) {
    out.push({ id: cellPid(mi, 0), label: String(mi), fromDay: monthFirstDay(mi), toDay: monthLastDay(mi) });
  }
  if (asOfDay !== monthLastDay(last))
    out.push({ id: cellPid(last, 1), label: String(last), fromDay: monthFirstDay(last), toDay: asOfDay });
  return out;
}

const KEYS = ROLLUP_KEY_COLUMNS.map((c, i) => `f.${c} AS c${i}`).join(", ");
const GROUP = ROLLUP_KEY_COLUMNS.map((c) => `f.${c}`).join(", ");

/** Which rows a pass joins to each month: every relevant row, or those filed / closed in it. */
export type CellPass = "relevant" | "filed" | "closed";

const JOIN: Record<CellPass, string> = {
  relevant: RELEVANT,
  filed: "f.filed_day >= p.from_day AND f.filed_day <= p.to_day",
  closed: "f.closed_day >= p.from_day AND f.closed_day <= p.to_day",
};

/**
 * What a pass's join implies about a row for periods within [lo, hi] (day numbers), as a condition
 * on the row alone: the planner can then read only those rows (by the filed or closed day's index)
 * instead of every row of the courts for each chunk of months.
 */
export function passBounds(pass: CellPass, lo: number, hi: number): string {
  const a = Math.trunc(lo);
  const b = Math.trunc(hi);
  if (pass === "filed") return `f.filed_day >= ${a} AND f.filed_day <= ${b}`;
  if (pass === "closed") return `f.closed_day >= ${a} AND f.closed_day <= ${b}`;
  return `f.filed_day <= ${b} AND (f.closed_day IS NULL OR f.closed_day >= ${a})`;
}

/** The slots a pass computes: 未结/旧存-type slots over every relevant row, sums by their day. */
export function passSlots(layout: RollupLayout, pass: CellPass): number[] {
  return layout.slots
    .map((_, i) => i)
    .filter((i) => (pass === "relevant" ? layout.slotAnchors[i] !== "sum" : layout.slotVia[i] === pass));
}

/**
 * One row per (period, key): pid, c0…c5, n (relevant cases, in the "relevant" pass), and the
 * pass's slots as s<i>. A slot counting cases filed (or closed) in the period counts the same
 * over the rows filed (closed) in it as over the rows relevant to it — such a case is relevant
 * (its 结案日期 not before its 立案日期) — so those slots are computed over one month per case
 * instead of every month the case is pending in.
 */
export function cellsSql(
  layout: RollupLayout,
  periods: SqlPeriod[],
  pass: CellPass,
  where = "1 = 1",
): string {
  const measures = passSlots(layout, pass)
    .map((i) => `${compileMeasure(layout.slots[i] as Measure)} AS s${i}`)
    .join(",\n  ");
  const n = pass === "relevant" ? ", COUNT(*) AS n" : "";
  return `WITH ${periodsCte(periods)}
SELECT p.pid AS pid, ${KEYS}${n}${measures ? `,\n  ${measures}` : ""}
FROM case_facts f JOIN p ON ${JOIN[pass]}
WHERE ${where}
GROUP BY p.pid, ${GROUP}`;
}

/** One row per (period, key, value) of a histogram: pid, c0…c5, v, n. */
export function histogramSql(layout: RollupLayout, h: number, periods: SqlPeriod[], where = "1 = 1"): string {
  const hist = layout.histograms[h];
  if (!hist) throw new Error(`no histogram ${h}`);
  const field = `f.${hist.valueField}`;
  return `WITH ${periodsCte(periods)}
SELECT p.pid AS pid, ${KEYS}, ${field} AS v, COUNT(*) AS n
FROM case_facts f JOIN p ON ${JOIN[hist.via]}
WHERE ${measureWhere(hist.measure)} AND ${field} IS NOT NULL AND ${where}
GROUP BY p.pid, ${GROUP}, ${field}`;
}

/** The compiled text of the layout (part of the signature: a changed compiler rebuilds too). */
export function layoutSqlText(layout: RollupLayout): string {
  return [...layout.slots.map(compileMeasure), ...layout.histograms.map((h) => measureWhere(h.measure))].join(
    "\n",
  );
}

/** `f.case_id IN (…)` for integer ids, inlined (ids are integers read from the database). */
export function idsWhere(ids: readonly number[]): string {
  if (ids.length === 0) return "1 = 0";
  return `f.case_id IN (${ids.map((id) => String(Math.trunc(Number(id)))).join(", ")})`;
}
