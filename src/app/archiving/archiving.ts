/**
 * 颗粒归仓 (docs/archiving.md): archive lag by division or judge, the archive rate per month (the
 * catalogue's 归档率 — archive_rate — counted by closing month), and the closed cases not yet
 * archived, overdue or all, with their .xlsx export per division for the 案件管理中心.
 */
import { PassThrough } from "node:stream";
import {
  type ArchiveScope,
  archiveGroups,
  type UnarchivedRow,
  unarchivedCases,
} from "../../db/archiving/archive-figures.js";
import type { Db } from "../../db/connect.js";
import { type ArchiveLagGroup, type ArchiveLagRow, lagRow } from "../../domain/archiving/archiving.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/index.js";
import { writeListXlsx } from "../../io/list-xlsx.js";
import { InvalidInputError } from "../shared/errors.js";
import { type FileResult, xlsxFile } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { readArchivingSettings } from "./archiving-settings.js";

export interface ArchivingQuery {
  from?: string;
  to?: string;
  asOf?: string;
  division?: string;
}

function scopeOf(actor: Actor, division?: string): ArchiveScope {
  const s = dataScope(actor);
  const courts = s.courts ? { courts: s.courts } : {};
  if (s.kind === "division") return { ...courts, division: s.division };
  if (s.kind === "judge") return { ...courts, division: s.division, judge: s.judge };
  return division ? { ...courts, division } : courts;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function period(q: ArchivingQuery, asOf: string): { from: string; to: string } {
  const to = q.to ?? asOf;
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  for (const [k, v] of [
    ["from", from],
    ["to", to],
  ] as const)
    if (!ISO.test(v) || Number.isNaN(Date.parse(v))) throw InvalidInputError.of(k, v, "日期应为 YYYY-MM-DD");
  if (from > to) throw InvalidInputError.of("from", from, "开始日期晚于结束日期");
  return { from, to };
}

export interface ArchivingFigures {
  from: string;
  to: string;
  asOf: string;
  archiveOverdueDays: number;
  total: ArchiveLagRow;
  divisions: ArchiveLagRow[];
  judges: ArchiveLagRow[];
  months: {
    month: string;
    closed: number;
    archived: number;
    archiveRate: number | null;
    meanLagDays: number | null;
  }[];
}

export async function archivingFigures(
  actor: Actor,
  handle: Db,
  q: ArchivingQuery = {},
): Promise<ArchivingFigures> {
  mustAuthorize(actor, "view-archiving");
  const asOf = q.asOf ?? todayInChina();
  const { from, to } = period(q, asOf);
  const { archiveOverdueDays: days } = await readArchivingSettings(handle);
  const scope = scopeOf(actor, q.division);
  const overdueBefore = formatIsoDate(parseIsoDate(asOf) - days);
  const groups = await archiveGroups(handle, { from, to, asOf, days, overdueBefore, scope });
  const add = (
    m: Map<string, ArchiveLagGroup>,
    key: string,
    g: ArchiveLagGroup,
    division: string,
    judge?: string,
  ) => {
    const a = m.get(key);
    if (a === undefined) {
      m.set(key, {
        division,
        ...(judge === undefined ? {} : { judge }),
        closed: g.closed,
        archived: g.archived,
        lagDaysSum: g.lagDaysSum,
        archivedLate: g.archivedLate,
        overdue: g.overdue,
      });
      return;
    }
    // Summed in place: three years of a million cases are ~43,000 groups.
    a.closed += g.closed;
    a.archived += g.archived;
    a.lagDaysSum += g.lagDaysSum;
    a.archivedLate += g.archivedLate;
    a.overdue += g.overdue;
  };
  const byDivision = new Map<string, ArchiveLagGroup>();
  const byJudge = new Map<string, ArchiveLagGroup>();
  const byMonth = new Map<string, ArchiveLagGroup>();
  const total = new Map<string, ArchiveLagGroup>();
  for (const g of groups) {
    add(byDivision, g.division, g, g.division);
    add(byJudge, `${g.division}\u0000${g.judge}`, g, g.division, g.judge);
    add(byMonth, g.month, g, "");
    add(total, "", g, "全院");
  }
  const sorted = <T>(m: Map<string, T>) =>
    [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  return {
    from,
    to,
    asOf,
    archiveOverdueDays: days,
    total: lagRow(
      total.get("") ?? {
        division: "全院",
        closed: 0,
        archived: 0,
        lagDaysSum: 0,
        archivedLate: 0,
        overdue: 0,
      },
    ),
    divisions: sorted(byDivision).map(lagRow),
    judges: sorted(byJudge).map(lagRow),
    months: [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, g]) => {
        const r = lagRow(g);
        return {
          month,
          closed: g.closed,
          archived: g.archived,
          archiveRate: r.archiveRate,
          meanLagDays: r.meanLagDays,
        };
      }),
  };
}

export interface UnarchivedQuery {
  division?: string;
  /** Only those past the period (default true). */
  overdueOnly?: boolean;
  page?: number;
  pageSize?: number;
  asOf?: string;
}

export interface UnarchivedList {
  rows: (UnarchivedRow & { daysSinceClosing: number; overdue: boolean })[];
  total: number;
  archiveOverdueDays: number;
  asOf: string;
}

async function unarchived(
  actor: Actor,
  handle: Db,
  q: UnarchivedQuery,
  paging?: { limit: number; offset: number },
) {
  const asOf = q.asOf ?? todayInChina();
  if (!ISO.test(asOf)) throw InvalidInputError.of("asOf", asOf, "日期应为 YYYY-MM-DD");
  const { archiveOverdueDays: days } = await readArchivingSettings(handle);
  const closedBy = q.overdueOnly === false ? asOf : formatIsoDate(parseIsoDate(asOf) - days - 1);
  const { rows, total } = await unarchivedCases(handle, {
    closedBy,
    asOf,
    scope: scopeOf(actor, q.division),
    ...paging,
  });
  const today = parseIsoDate(asOf);
  return {
    rows: rows.map((r) => {
      const since = today - parseIsoDate(r.closedOn);
      return { ...r, daysSinceClosing: since, overdue: since > days };
    }),
    total,
    archiveOverdueDays: days,
    asOf,
  };
}

export async function listUnarchived(
  actor: Actor,
  handle: Db,
  q: UnarchivedQuery = {},
): Promise<UnarchivedList> {
  mustAuthorize(actor, "view-archiving");
  const pageSize = Math.min(Math.max(q.pageSize ?? 50, 1), 1000);
  const page = Math.max(q.page ?? 1, 1);
  return unarchived(actor, handle, q, { limit: pageSize, offset: (page - 1) * pageSize });
}

/** The unarchived list as an .xlsx (one division, or all within the reader's scope). */
export async function exportUnarchived(
  actor: Actor,
  handle: Db,
  q: UnarchivedQuery = {},
): Promise<FileResult> {
  mustAuthorize(actor, "view-archiving");
  const list = await unarchived(actor, handle, q);
  const title = `${q.division ?? "全院"}${q.overdueOnly === false ? "未归档案件" : `结案超过${list.archiveOverdueDays}天未归档案件`}（截至${list.asOf}）`;
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  type Row = UnarchivedList["rows"][number];
  await writeListXlsx<Row>(
    out,
    title,
    [
      { header: "案号", value: (r) => r.caseNumber, width: 30 },
      { header: "案由", value: (r) => r.cause, width: 20 },
      { header: "承办部门", value: (r) => r.division, width: 18 },
      { header: "承办人", value: (r) => r.judge, width: 10 },
      { header: "结案日期", value: (r) => r.closedOn, width: 12 },
      { header: "结案方式", value: (r) => r.closureMode, width: 12 },
      { header: "结案后天数", value: (r) => r.daysSinceClosing, width: 12 },
      { header: "是否逾期", value: (r) => (r.overdue ? "逾期" : "未逾期"), width: 10 },
    ],
    (async function* () {
      yield list.rows;
    })(),
  );
  return xlsxFile(`${q.division ?? "全院"}未归档案件清单.xlsx`, Buffer.concat(chunks));
}
