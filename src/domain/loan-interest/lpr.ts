/**
 * The one-year LPR table: the package rows (./lpr.data.ts) plus rows from a setting file. The quote
 * in force on a day is the latest publication on or before it (第二十五条第二款: published monthly
 * since 2019-08-20).
 */
import { type DayNumber, tryParseIsoDate } from "../calendar/civil-date.js";
import { LoanInputError, type LoanProblem } from "./errors.js";
import { LPR_ROWS, LPR_SOURCE, LPR_VERIFIED_THROUGH, type LprRow } from "./lpr.data.js";

export type { LprRow } from "./lpr.data.js";

export interface LprTable {
  /** Sorted by date, no two rows on one day. */
  rows: readonly LprRow[];
  /** Where the rows come from, in Chinese. */
  source: string;
  /** The last publication date the rows are known to be complete through. */
  verifiedThrough: string;
}

/** The first publication of the reformed LPR. */
export const LPR_FIRST_DATE = "2019-08-20";

export const DEFAULT_LPR_TABLE: LprTable = {
  rows: LPR_ROWS,
  source: LPR_SOURCE,
  verifiedThrough: LPR_VERIFIED_THROUGH,
};

/** The row in force on `date` (YYYY-MM-DD), or undefined before 2019-08-20. */
export function lprOn(table: LprTable, date: string): LprRow | undefined {
  let found: LprRow | undefined;
  for (const row of table.rows) {
    if (row.date <= date) found = row;
    else break;
  }
  return found;
}

/** `bp` as a fraction: 385 → 0.0385. */
export function bpToRate(bp: number): number {
  return Math.round(bp * 1e6) / 1e10;
}

/** "3.85%" for 385. */
export function bpText(bp: number): string {
  return `${Number((bp / 100).toFixed(4))}%`;
}

/**
 * Reads the setting file's JSON: `{ "source"?: "…", "rows": [{ "date": "2025-10-20", "percent": 3.0 }] }`
 * (a bare array of rows is accepted too). Every problem names the row and field.
 */
export function parseLprSetting(
  json: unknown,
  fileLabel = "报价利率设置文件",
): { rows: LprRow[]; source?: string } {
  const problems: LoanProblem[] = [];
  let rowsIn: unknown;
  let source: string | undefined;
  if (Array.isArray(json)) rowsIn = json;
  else if (json !== null && typeof json === "object") {
    const o = json as Record<string, unknown>;
    rowsIn = o.rows;
    if (o.source !== undefined) {
      if (typeof o.source === "string" && o.source.trim() !== "") source = o.source.trim();
      else problems.push({ field: "source", value: o.source, message: `${fileLabel}的来源说明应为文字` });
    }
  }
  if (!Array.isArray(rowsIn)) {
    throw new LoanInputError([
      ...problems,
      {
        field: "rows",
        value: rowsIn,
        message: `${fileLabel}应含报价利率行的列表（每行含公布日期和一年期利率百分数）`,
      },
    ]);
  }
  const rows: LprRow[] = [];
  const seen = new Map<string, number>();
  rowsIn.forEach((r, i) => {
    const at = `rows[${i}]`;
    if (r === null || typeof r !== "object" || Array.isArray(r)) {
      problems.push({ field: at, value: r, message: `第${i + 1}行应为含公布日期和利率的对象` });
      return;
    }
    const o = r as Record<string, unknown>;
    const date = o.date;
    const percent = o.percent;
    let ok = true;
    if (typeof date !== "string" || tryParseIsoDate(date) === undefined) {
      problems.push({
        field: `${at}.date`,
        value: date,
        message: `第${i + 1}行的公布日期不是有效日期（应为形如 2025-10-20 的日期）`,
      });
      ok = false;
    } else if (date < LPR_FIRST_DATE) {
      problems.push({
        field: `${at}.date`,
        value: date,
        message: `第${i + 1}行的公布日期早于2019年8月20日（首次公布一年期贷款市场报价利率之日）`,
      });
      ok = false;
    }
    if (typeof percent !== "number" || !Number.isFinite(percent) || percent <= 0 || percent >= 20) {
      problems.push({
        field: `${at}.percent`,
        value: percent,
        message: `第${i + 1}行的一年期利率应为大于0、小于20的百分数（3.1 即 3.1%）`,
      });
      ok = false;
    } else if (Math.abs(percent * 100 - Math.round(percent * 100)) > 1e-6) {
      problems.push({
        field: `${at}.percent`,
        value: percent,
        message: `第${i + 1}行的一年期利率最多两位小数（以基点公布）`,
      });
      ok = false;
    }
    if (!ok) return;
    const d = date as string;
    const bp = Math.round((percent as number) * 100);
    const before = seen.get(d);
    if (before !== undefined && before !== bp) {
      problems.push({
        field: `${at}.date`,
        value: d,
        message: `第${i + 1}行与前面一行公布日期相同而利率不同`,
      });
      return;
    }
    seen.set(d, bp);
    rows.push({ date: d, bp });
  });
  if (problems.length > 0) throw new LoanInputError(problems);
  return { rows, source };
}

/**
 * The package table with the setting file's rows added. A row on a date the package already has
 * must carry the same quote (the package rows were checked against the announcements).
 */
export function withLprRows(base: LprTable, extra: readonly LprRow[], extraSource?: string): LprTable {
  const byDate = new Map<string, LprRow>();
  for (const r of base.rows) byDate.set(r.date, r);
  const problems: LoanProblem[] = [];
  extra.forEach((r, i) => {
    const had = byDate.get(r.date);
    if (had && had.bp !== r.bp) {
      problems.push({
        field: `rows[${i}].percent`,
        value: r.bp / 100,
        message: `${r.date}公布的一年期利率为${bpText(had.bp)}（内置数据），设置文件写作${bpText(r.bp)}，请核对`,
      });
    }
    byDate.set(r.date, r);
  });
  if (problems.length > 0) throw new LoanInputError(problems);
  const rows = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latestExtra = extra.reduce<string | undefined>(
    (m, r) => (m === undefined || r.date > m ? r.date : m),
    undefined,
  );
  return {
    rows,
    source: extraSource ? `${base.source}；另据${extraSource}补充` : base.source,
    verifiedThrough:
      latestExtra !== undefined && latestExtra > base.verifiedThrough ? latestExtra : base.verifiedThrough,
  };
}

/** Day number helper for the calculator. */
export function lprChangeDays(table: LprTable): { day: DayNumber; row: LprRow }[] {
  return table.rows.map((row) => ({ day: tryParseIsoDate(row.date) as DayNumber, row }));
}
