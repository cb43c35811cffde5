/** 报表归档 and 定时任务: their requests and responses. */
import { z } from "zod";
import type { JobSettings as AppJobSettings } from "../../../app/jobs/job-settings.js";
import type { JobRow as AppJobRow } from "../../../app/jobs/list-jobs.js";
import type { RunJobResult as AppRunJobResult } from "../../../app/jobs/run-job.js";
import type { ArchivedReportRow as AppArchivedReportRow } from "../../../app/report-archive/list-archived-reports.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

// ── requests ─────────────────────────────────────────────────────────────────

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const jobParams = z.object({
  name: z.string().min(1).max(60).describe("任务名，如 monthly-bulletin"),
});

export const archiveQuery = z.object({
  job: z.string().max(60).optional().describe("任务名"),
  period: z.string().max(20).optional().describe("期间：月度如 2024-06，季度如 2024Q4"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

export const runJobBody = z
  .object({
    period: z.string().max(20).optional().describe("期间（默认：按今天应出的上一期）"),
  })
  .optional();

const jobSchedule = z.object({
  enabled: z.boolean().describe("是否启用"),
  cron: z.string().max(100).describe("执行时间：五段 cron 表达式（北京时间），如 0 6 1 * * 表示每月1日6时"),
});

const retryPolicy = z.object({
  maxAttempts: z.number().int().describe("最多尝试次数（含第一次）"),
  backoffMinutes: z.array(z.number().int()).describe("第 k 次失败后等待的分钟数（不足时沿用最后一个）"),
});

/** Sent as given: the use case checks every part and names the job and field it refuses. */
export const jobSettingsBody = z.object({
  jobs: z
    .record(z.string(), z.object({ enabled: z.unknown().optional(), cron: z.unknown().optional() }))
    .optional(),
  retry: z.object({ maxAttempts: z.unknown().optional(), backoffMinutes: z.unknown().optional() }).optional(),
  catchUp: z.unknown().optional().describe("每次检查回看的执行次数（补跑停机期间错过的报表），1–12"),
});

// ── responses ────────────────────────────────────────────────────────────────

export const archivedReportRow = z.object({
  id: z.number().int(),
  job: z.string(),
  jobTitle: z.string(),
  title: z.string(),
  periodLabel: z.string(),
  scope: z.string().describe("court（全院）或部门名称"),
  scopeName: z.string(),
  dataDate: isoDate.describe("数据截至日"),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
schemaMatches<z.infer<typeof archivedReportRow>, AppArchivedReportRow>(true);

export const archiveList = z.object({
  rows: z.array(archivedReportRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  jobs: z.array(z.object({ name: z.string(), title: z.string() })),
});

const jobRun = z.object({
  id: z.number().int(),
  job: z.string(),
  periodLabel: z.string(),
  scope: z.string(),
  scopeName: z.string(),
  attempt: z.number().int(),
  status: z.enum(["running", "succeeded", "failed"]),
  trigger: z.string().describe("schedule 定时 | catch-up 补跑 | retry 重试 | manual 手动 | demo 演示"),
  startedBy: z.string(),
  error: z.string().nullable(),
  dataDate: isoDate.nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const jobRow = z.object({
  name: z.string(),
  title: z.string(),
  period: z.enum(["month", "quarter"]),
  perDivision: z.boolean(),
  cron: z.string(),
  defaultCron: z.string(),
  enabled: z.boolean(),
  nextRunAt: z.string().nullable(),
  nextPeriod: z.string().nullable(),
  scopes: z.array(z.object({ scope: z.string(), scopeName: z.string(), recipients: z.array(z.string()) })),
  runs: z.array(jobRun),
});
schemaMatches<z.infer<typeof jobRow>, AppJobRow>(true);

export const jobList = z.object({ jobs: z.array(jobRow), retry: retryPolicy });

export const runJobResult = z.object({
  job: z.string(),
  title: z.string(),
  period: z.object({ label: z.string(), name: z.string() }),
  runs: z.array(
    z.object({
      runId: z.number().int(),
      scope: z.string(),
      attempt: z.number().int(),
      status: z.enum(["succeeded", "failed"]),
      error: z.string().nullable(),
      dataDate: z.string().nullable(),
      title: z.string().nullable(),
      files: z.array(
        z.object({
          id: z.number().int(),
          fileName: z.string(),
          mediaType: z.string(),
          size: z.number().int(),
          sha256: z.string(),
        }),
      ),
    }),
  ),
});
schemaMatches<z.infer<typeof runJobResult>, AppRunJobResult>(true);

export const jobSettings = z.object({
  jobs: z.record(z.string(), jobSchedule),
  retry: retryPolicy,
  catchUp: z.number().int(),
});
schemaMatches<z.infer<typeof jobSettings>, AppJobSettings>(true);

export type ArchiveList = z.infer<typeof archiveList>;
export type ArchivedReportRow = z.infer<typeof archivedReportRow>;
export type JobList = z.infer<typeof jobList>;
export type JobRowBody = z.infer<typeof jobRow>;
export type RunJobResultBody = z.infer<typeof runJobResult>;
export type JobSettingsBody = z.infer<typeof jobSettings>;
export type JobSettingsInput = z.infer<typeof jobSettingsBody>;
