/**
 * 立即运行: someone runs a job now (the office from the screen, the command line): for a period
 * given, or the one a run today would cover; every recipient scope again, as a new attempt. A
 * period that has not ended yet is refused — an archived report covers a whole period.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { type Period, parsePeriod, periodFormat, periodOfRun } from "../../domain/jobs/periods.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { executeJob, type ScopeRun } from "./execute-job.js";
import { readJobSettings } from "./job-settings.js";
import { JOBS, jobNamed } from "./registry.js";

export interface RunJobResult {
  job: string;
  title: string;
  period: { label: string; name: string };
  runs: ScopeRun[];
}

/** The job of a name, or a NotFoundError listing those there are. */
export function mustFindJob(name: string) {
  const job = jobNamed(name);
  if (!job)
    throw new NotFoundError(
      `没有名为“${name}”的定时任务（现有：${JOBS.map((j) => `${j.name} ${j.title}`).join("、")}）`,
    );
  return job;
}

/** The period to run: the label given (checked), else the one a run on `today` covers. */
export function periodToRun(kind: Period["kind"], label: string | undefined, today: string): Period {
  const period = label === undefined ? periodOfRun(kind, today) : parsePeriod(kind, label.trim());
  if (!period) throw InvalidInputError.of("period", label, `应为${periodFormat(kind)}`);
  if (period.to >= today)
    throw InvalidInputError.of("period", period.label, `${period.name}尚未结束（截至 ${today}），不能归档`);
  return period;
}

export async function runJob(
  actor: Actor,
  handle: Db,
  input: { name: string; period?: string; today: string; nowMs?: number },
): Promise<RunJobResult> {
  mustAuthorize(actor, "run-job");
  const job = mustFindJob(input.name);
  const period = periodToRun(job.period, input.period, input.today);
  const settings = await readJobSettings(handle);
  const runs = await executeJob(handle, job, period, {
    today: input.today,
    trigger: "manual",
    startedBy: actor.username,
    mode: "all",
    policy: settings.retry,
    nowMs: input.nowMs ?? Date.now(),
  });
  return { job: job.name, title: job.title, period: { label: period.label, name: period.name }, runs };
}
