/**
 * The trend of a report: cases filed and cases closed in each calendar month of a window, within
 * the filters — two range reads on the filing and closing day indexes (the same 新收 and 结案 as the
 * indicator catalogue: 立案日期 or 结案日期 within the month), cheaper than evaluating every case
 * against twelve periods.
 */
import type { Db } from "../connect.js";
import { compileFilters, type Filter } from "../indicators/compile.js";
import { Params, placeholderFor, readRows } from "../sql.js";

export async function monthlyFlow(
  handle: Db,
  window: { fromDay: number; toDay: number },
  filters: Filter[],
): Promise<Map<string, { filed: number; closed: number }>> {
  const p = new Params(placeholderFor(handle));
  const part = (month: string, day: string, filed: number) => {
    const lo = p.add(window.fromDay);
    const hi = p.add(window.toDay);
    const where = compileFilters(filters, p.placeholder, p.values);
    return `SELECT substr(${month}, 1, 7) AS m, ${filed} AS filed, ${1 - filed} AS closed FROM case_facts f WHERE ${day} BETWEEN ${lo} AND ${hi} AND ${where}`;
  };
  const sql = `SELECT t.m AS m, SUM(t.filed) AS filed, SUM(t.closed) AS closed FROM (${part("f.filed_on", "f.filed_day", 1)} UNION ALL ${part("f.closed_on", "f.closed_day", 0)}) t GROUP BY t.m`;
  const rows = await readRows<{ m: string; filed: number | string; closed: number | string }>(
    handle,
    sql,
    p.values,
  );
  return new Map(rows.map((r) => [r.m, { filed: Number(r.filed), closed: Number(r.closed) }]));
}
