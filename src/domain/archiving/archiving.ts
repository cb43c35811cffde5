/**
 * 颗粒归仓 — archiving (docs/archiving.md): the archive lag (归档日期 − 结案日期, natural days), and
 * closed cases not archived within the period the court sets (本院规定, default 90 days after
 * closing). No statute or judicial interpretation at hand fixes that period: 最高人民法院、国家档案局
 * 《人民法院诉讼文书立卷归档办法》（1991年）第一条 obliges every court to file its case documents
 * (做好立卷归档工作), and the period is this court's rule, a setting.
 */
import { parseIsoDate } from "../calendar/index.js";

export const ARCHIVING_BASIS =
  "最高人民法院、国家档案局《人民法院诉讼文书立卷归档办法》（1991年）第一条（各级人民法院必须按照本办法的要求做好立卷归档工作）；结案后归档的期限为本院规定";

export interface ArchivingSettings {
  /** A closed case not archived more than this many days after its closing is overdue (本院规定). */
  archiveOverdueDays: number;
}

export const ARCHIVING_SETTINGS_DEFAULTS: Readonly<ArchivingSettings> = Object.freeze({
  archiveOverdueDays: 90,
});

/**
 * Days since closing of a closed, unarchived case as of `asOf`, when past the period: the case is
 * overdue once more than `days` days have passed since its closing (closed on 2024-01-01 with 90
 * days: due by 2024-03-31, overdue on 2024-04-01). undefined when not closed by asOf, archived by
 * asOf, or not yet overdue.
 */
export function archiveOverdueDays(
  c: { closedOn: string | null; archivedOn: string | null },
  asOf: string,
  days: number,
): number | undefined {
  if (c.closedOn === null || c.closedOn > asOf) return undefined;
  if (c.archivedOn !== null && c.archivedOn <= asOf) return undefined;
  const since = parseIsoDate(asOf) - parseIsoDate(c.closedOn);
  return since > days ? since : undefined;
}

/** The last day a case closed on `closedOn` may be archived in time. */
export function archiveDueOn(closedOn: string, days: number): number {
  return parseIsoDate(closedOn) + days;
}

/** An archive-lag group as the queries return it. */
export interface ArchiveLagGroup {
  division: string;
  judge?: string;
  closed: number;
  archived: number;
  /** Sum of (归档日期 − 结案日期) over the archived cases. */
  lagDaysSum: number;
  /** Archived more than the period after closing. */
  archivedLate: number;
  /** Not archived and past the period as of asOf. */
  overdue: number;
}

export interface ArchiveLagRow extends ArchiveLagGroup {
  archiveRate: number | null;
  meanLagDays: number | null;
}

export function lagRow(g: ArchiveLagGroup): ArchiveLagRow {
  return {
    ...g,
    archiveRate: g.closed > 0 ? g.archived / g.closed : null,
    meanLagDays: g.archived > 0 ? Math.round((g.lagDaysSum / g.archived) * 10) / 10 : null,
  };
}
