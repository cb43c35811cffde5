/**
 * 颗粒归仓 figures (docs/archiving.md), aggregated in the database: cases closed in a period by
 * division (and judge), archived or not, the archive lag (归档日期 − 结案日期 by julianday, which
 * migration 0024 gives PostgreSQL too), archived late, and unarchived past the period as of a day;
 * the same by closing month. One grouped statement each, so a million cases stay well inside a second.
 */
import type { ArchiveLagGroup } from "../../domain/archiving/archiving.js";
import type { Db } from "../connect.js";
import { pagesById } from "../id-pages.js";
import { Params, placeholderFor, readRows } from "../sql.js";

export interface ArchiveScope {
  /** The courts (法院代字) seen; absent: every court. */
  courts?: readonly string[];
  division?: string;
  judge?: string;
}

function scopeSql(p: Params, s: ArchiveScope): string {
  let w = "";
  if (s.courts !== undefined)
    w +=
      s.courts.length === 0
        ? " AND 1 = 0"
        : ` AND court_code IN (${s.courts.map((c) => p.add(c)).join(", ")})`;
  if (s.division !== undefined) w += ` AND division = ${p.add(s.division)}`;
  if (s.judge !== undefined) w += ` AND judge = ${p.add(s.judge)}`;
  return w;
}

const num = (v: unknown) => Number(v ?? 0);

/** One (closing day, division, judge) group of the cases closed in the period, with its month. */
export interface ArchiveMonthGroup extends ArchiveLagGroup {
  judge: string;
  month: string;
}

/**
 * The cases closed in [from, to] grouped by closing day, division and judge, in one pass over the
 * covering index cases_closed_archive; callers fold them by division, judge or month.
 */
export async function archiveGroups(
  handle: Db,
  q: {
    from: string;
    to: string;
    asOf: string;
    days: number;
    /** asOf − days: a case closed before it and not archived by asOf is overdue. */
    overdueBefore: string;
    scope: ArchiveScope;
  },
): Promise<ArchiveMonthGroup[]> {
  // Parameters are added in the order they appear in the text (SQLite's "?" are positional).
  const p = new Params(placeholderFor(handle));
  // Grouped in the index's order (closing day, division, judge): SQLite aggregates as it reads,
  // with no sort; the months are folded by the caller. The closing day is constant within a group,
  // so per row only the 归档日期's julianday is worked out: the lag sum is Σ julianday(归档日期) −
  // archived × julianday(结案日期) (julian days of dates are whole numbers + 0.5, exact in a double),
  // and the unarchived count (closed − archived) is overdue when the group's day is before
  // overdueBefore (decided below).
  const sql = `SELECT closed_on, division, judge,
      COUNT(*) AS closed,
      SUM(CASE WHEN archived_on <= ${p.add(q.asOf)} THEN 1 ELSE 0 END) AS archived,
      SUM(CASE WHEN archived_on <= ${p.add(q.asOf)} THEN julianday(archived_on) ELSE 0 END)
        - SUM(CASE WHEN archived_on <= ${p.add(q.asOf)} THEN 1 ELSE 0 END) * julianday(closed_on) AS lag_sum,
      SUM(CASE WHEN julianday(archived_on) > julianday(closed_on) + ${p.add(q.days)} THEN 1 ELSE 0 END) AS late
    FROM cases
    WHERE closed_on >= ${p.add(q.from)} AND closed_on <= ${p.add(q.to)}${scopeSql(p, q.scope)}
    GROUP BY closed_on, division, judge`;
  const rows = await readRows<Record<string, unknown>>(handle, sql, p.values);
  return rows.map((r) => ({
    division: String(r.division),
    judge: String(r.judge),
    month: String(r.closed_on).slice(0, 7),
    closed: num(r.closed),
    archived: num(r.archived),
    lagDaysSum: num(r.lag_sum),
    archivedLate: num(r.late),
    overdue: String(r.closed_on) < q.overdueBefore ? num(r.closed) - num(r.archived) : 0,
  }));
}

export interface UnarchivedRow {
  id: number;
  caseNumber: string;
  cause: string | null;
  division: string;
  judge: string;
  closedOn: string;
  closureMode: string | null;
}

/**
 * Closed cases not archived as of asOf, closed on or before `closedBy` (asOf − the period for the
 * overdue list; asOf for all unarchived), oldest closing first.
 */
export async function unarchivedCases(
  handle: Db,
  q: { closedBy: string; asOf: string; scope: ArchiveScope; limit?: number; offset?: number },
): Promise<{ rows: UnarchivedRow[]; total: number }> {
  const p = new Params(placeholderFor(handle));
  const where = `closed_on IS NOT NULL AND closed_on <= ${p.add(q.closedBy)} AND (archived_on IS NULL OR archived_on > ${p.add(q.asOf)})${scopeSql(p, q.scope)}`;
  const count = await readRows<{ n: unknown }>(
    handle,
    `SELECT COUNT(*) AS n FROM cases WHERE ${where}`,
    p.values,
  );
  let sql = `SELECT id, case_number, cause, division, judge, closed_on, closure_mode FROM cases WHERE ${where} ORDER BY closed_on, case_number`;
  if (q.limit !== undefined) sql += ` LIMIT ${p.add(q.limit)} OFFSET ${p.add(q.offset ?? 0)}`;
  const rows = await readRows<Record<string, unknown>>(handle, sql, p.values);
  return {
    total: num(count[0]?.n),
    rows: rows.map((r) => ({
      id: num(r.id),
      caseNumber: String(r.case_number),
      cause: (r.cause as string | null) ?? null,
      division: String(r.division),
      judge: String(r.judge),
      closedOn: String(r.closed_on),
      closureMode: (r.closure_mode as string | null) ?? null,
    })),
  };
}

/** Whether any case has an 归档日期 (an export without the column would flag every closed case). */
export async function anyArchived(handle: Db): Promise<boolean> {
  const r = await handle.db
    .selectFrom("cases")
    .select("id")
    .where("archived_on", "is not", null)
    .limit(1)
    .execute();
  return r.length > 0;
}

/** Closed cases not archived as of asOf and closed on or before `closedBy`, for the alert pass. */
export async function* unarchivedForAlertsPages(
  handle: Db,
  closedBy: string,
  asOf: string,
  pageSize = 20_000,
): AsyncGenerator<{ id: number; caseNumber: string; division: string; judge: string; closedOn: string }[]> {
  // By id, a page at a time: a province's closed and unarchived cases are millions.
  for await (const rows of pagesById(
    (after, limit) =>
      handle.db
        .selectFrom("cases")
        .select(["id", "case_number", "division", "judge", "closed_on"])
        .where("id", ">", after)
        .where("closed_on", "is not", null)
        .where("closed_on", "<=", closedBy)
        .where((eb) => eb.or([eb("archived_on", "is", null), eb("archived_on", ">", asOf)]))
        .orderBy("id")
        .limit(limit)
        .execute(),
    pageSize,
  ))
    yield rows.map((r) => ({
      id: Number(r.id),
      caseNumber: r.case_number,
      division: r.division,
      judge: r.judge,
      closedOn: r.closed_on as string,
    }));
}
