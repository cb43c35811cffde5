/**
 * 定时任务: every job with its schedule (setting or default), whether it runs, its next run, the
 * period that run covers, its recipient scopes, and its latest attempts with their errors.
 */
import type { Db } from "../../db/connect.js";
import { lastRuns } from "../../db/jobs/last-runs.js";
import type { JobRun } from "../../db/jobs/mapper.js";
import type { Actor } from "../../domain/auth/index.js";
import { periodOfRun } from "../../domain/jobs/periods.js";
import { scopeName } from "../../domain/jobs/recipients.js";
import { mustAuthorize } from "../shared/policy.js";
import { chinaDay, nextFire } from "./cron.js";
import { readJobSettings } from "./job-settings.js";
import { jobRecipients } from "./recipients.js";
import { JOBS } from "./registry.js";

export interface JobRunRow extends JobRun {
  scopeName: string;
}

export interface JobRow {
  name: string;
  title: string;
  period: "month" | "quarter";
  perDivision: boolean;
  cron: string;
  defaultCron: string;
  enabled: boolean;
  /** ISO instant of the next scheduled run, or null when disabled. */
  nextRunAt: string | null;
  /** The period the next run covers. */
  nextPeriod: string | null;
  scopes: { scope: string; scopeName: string; recipients: string[] }[];
  runs: JobRunRow[];
}

export async function listJobs(
  actor: Actor,
  handle: Db,
  input: { nowMs: number; runsPerJob?: number },
): Promise<{ jobs: JobRow[]; retry: { maxAttempts: number; backoffMinutes: number[] } }> {
  mustAuthorize(actor, "view-jobs");
  const settings = await readJobSettings(handle);
  const recent = await lastRuns(handle, 500);
  const jobs: JobRow[] = [];
  for (const job of JOBS) {
    const s = settings.jobs[job.name] ?? { enabled: true, cron: job.defaultCron };
    const next = s.enabled ? nextFire(s.cron, new Date(input.nowMs)) : null;
    const scopes = await jobRecipients(handle, job.perDivision);
    jobs.push({
      name: job.name,
      title: job.title,
      period: job.period,
      perDivision: job.perDivision,
      cron: s.cron,
      defaultCron: job.defaultCron,
      enabled: s.enabled,
      nextRunAt: next ? next.toISOString() : null,
      nextPeriod: next ? periodOfRun(job.period, chinaDay(next)).label : null,
      scopes: scopes.map((x) => ({ ...x, scopeName: scopeName(x.scope) })),
      runs: recent
        .filter((r) => r.job === job.name)
        .slice(0, input.runsPerJob ?? 20)
        .map((r) => ({ ...r, scopeName: scopeName(r.scope) })),
    });
  }
  return { jobs, retry: { ...settings.retry, backoffMinutes: [...settings.retry.backoffMinutes] } };
}
