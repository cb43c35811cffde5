/**
 * The scheduled reports (定时报表): one entry per job. Adding a report is one entry here — its name
 * (used on the command line, in the settings and in the archive), its Chinese title, when it runs
 * by default (five-field cron, China time), the kind of period it covers, whether it is made per
 * division, and how it is made. A run is given the period it covers and the recipient scope
 * ("court", or a division's name when `perDivision`) and returns its files, its title and the day
 * its data were computed as of; the scheduler archives them (execute-job.ts). A report builder
 * that returns `{ title, dataDate, docx, xlsx }` is registered as, e.g.:
 *
 *   {
 *     name: "quarterly-report",
 *     title: "审判态势季度分析报告",
 *     defaultCron: "0 6 5 1,4,7,10 *",
 *     period: "quarter",
 *     perDivision: true,
 *     run: async ({ actor, handle, period, scope }) =>
 *       docxAndXlsx(
 *         await buildQuarterlyReport(actor, handle, { quarter: period.label, division: divisionOfScope(scope) }),
 *       ),
 *   },
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { BulletinData } from "../../domain/bulletin/model.js";
import { bulletinTitle } from "../../domain/bulletin/narrative.js";
import type { Period, PeriodKind } from "../../domain/jobs/periods.js";
import { COURT_SCOPE } from "../../domain/jobs/recipients.js";
import { buildBulletin } from "../bulletins/build-bulletin.js";
import { divisionBulletin } from "../bulletins/division-bulletin.js";
import { bulletinFile } from "../bulletins/export-bulletin.js";
import { buildMonthlyQualityReport } from "../reports/build-monthly-quality-report.js";
import { buildQuarterlyReport } from "../reports/build-quarterly-report.js";
import { DOCX_TYPE, XLSX_TYPE } from "../shared/file.js";

export interface JobFile {
  fileName: string;
  mime: string;
  data: Buffer;
}

export interface JobOutput {
  title: string;
  /** The day the report's data were computed as of (YYYY-MM-DD). */
  dataDate: string;
  files: JobFile[];
}

export interface JobContext {
  /** The scheduler's own actor (an administrator: it sees the whole court). */
  actor: Actor;
  handle: Db;
  period: Period;
  /** "court", or the division whose version this is. */
  scope: string;
  /** The day the run is made (the as-of date; a report never looks past it). */
  today: string;
  /**
   * Shared by the versions of one run, empty at each run: what the court's version computes that
   * the divisions' versions are cut from (the bulletin), so it is computed once.
   */
  shared: Map<string, unknown>;
}

export interface JobDefinition {
  name: string;
  title: string;
  defaultCron: string;
  period: PeriodKind;
  /** Made for the court and once per division with a chief (the chief's version). */
  perDivision: boolean;
  run(ctx: JobContext): Promise<JobOutput>;
}

/**
 * The files of a report made as a .docx and its .xlsx companion (the shape the quarterly and
 * monthly report builders return), named `<stem>.docx` / `<stem>.xlsx` (default stem: the title).
 */
export function docxAndXlsx(
  r: { title: string; dataDate: string; docx: Buffer; xlsx: Buffer },
  stem: string = r.title,
): JobOutput {
  const safe = stem.replace(/[\\/:*?"<>|]/g, "_");
  return {
    title: r.title,
    dataDate: r.dataDate,
    files: [
      { fileName: `${safe}.docx`, mime: DOCX_TYPE, data: r.docx },
      { fileName: `${safe}.xlsx`, mime: XLSX_TYPE, data: r.xlsx },
    ],
  };
}

/** The division a scope names, or undefined for the whole court's version. */
export function divisionOfScope(scope: string): string | undefined {
  return scope === COURT_SCOPE ? undefined : scope;
}

/** The whole court's bulletin of the run's month, built once for all the versions of one run. */
function courtBulletin(ctx: JobContext): Promise<BulletinData> {
  let data = ctx.shared.get("court-bulletin") as Promise<BulletinData> | undefined;
  if (!data) {
    data = buildBulletin(ctx.actor, ctx.handle, ctx.period.label, { today: ctx.today });
    ctx.shared.set("court-bulletin", data);
  }
  return data;
}

/**
 * 审限与长期未结案件通报, monthly on the 1st for the month before: the whole court's, and each
 * division's (its counts, cases and figures only — domain/bulletin/scope.ts) for its 庭长.
 */
const MONTHLY_BULLETIN: JobDefinition = {
  name: "monthly-bulletin",
  title: "审限与长期未结案件通报",
  defaultCron: "0 6 1 * *",
  period: "month",
  perDivision: true,
  async run(ctx) {
    const court = await courtBulletin(ctx);
    const data =
      ctx.scope === COURT_SCOPE ? court : await divisionBulletin(ctx.actor, ctx.handle, court, ctx.scope);
    const files = await Promise.all([bulletinFile(data, "docx"), bulletinFile(data, "xlsx")]);
    return {
      title: bulletinTitle(data),
      dataDate: data.asOf,
      files: files.map((f) => ({ fileName: f.fileName, mime: f.mediaType, data: f.content })),
    };
  },
};

/**
 * 审判质效月度通报 (the indicators of the month, not only the 审限 situation), on the 3rd for the month
 * before: the whole court's and each division's for its 庭长.
 */
const MONTHLY_QUALITY_REPORT: JobDefinition = {
  name: "monthly-quality-report",
  title: "审判质效月度通报",
  defaultCron: "0 6 3 * *",
  period: "month",
  perDivision: true,
  run: async ({ actor, handle, period, scope }) =>
    docxAndXlsx(
      await buildMonthlyQualityReport(actor, handle, {
        month: period.label,
        division: divisionOfScope(scope),
      }),
    ),
};

/**
 * 审判态势季度分析报告 (审判态势季度分析制度), on the 5th of the month after each quarter: the whole
 * court's and each division's for its 庭长.
 */
const QUARTERLY_REPORT: JobDefinition = {
  name: "quarterly-report",
  title: "审判态势季度分析报告",
  defaultCron: "0 6 5 1,4,7,10 *",
  period: "quarter",
  perDivision: true,
  run: async ({ actor, handle, period, scope }) =>
    docxAndXlsx(
      await buildQuarterlyReport(actor, handle, { quarter: period.label, division: divisionOfScope(scope) }),
    ),
};

export { DOCX_TYPE, XLSX_TYPE };

/** Every job, in the order the screens list them. */
export const JOBS: JobDefinition[] = [MONTHLY_BULLETIN, MONTHLY_QUALITY_REPORT, QUARTERLY_REPORT];

export function jobNamed(name: string): JobDefinition | undefined {
  return JOBS.find((j) => j.name === name);
}
