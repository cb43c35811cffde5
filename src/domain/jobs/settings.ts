/**
 * The scheduled reports' settings (setting "job_settings", JSON): for each job whether it runs and
 * when (a five-field cron expression in China time, e.g. "0 6 1 * *" = 06:00 on the 1st), the retry
 * policy, and how many missed runs a server catches up on after downtime. What is not set takes the
 * job's default. Checking a cron expression is the cron library's business: the caller passes it in.
 */
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.js";

export const JOB_SETTINGS = "job_settings";

export interface JobSchedule {
  enabled: boolean;
  cron: string;
}

export interface JobSettings {
  jobs: Record<string, JobSchedule>;
  retry: RetryPolicy;
  /** Scheduled fire times looked back on at each tick, to catch up a missed run (1–12). */
  catchUp: number;
}

export interface JobDefault {
  name: string;
  title: string;
  defaultCron: string;
}

export type SettingsCheck = { settings: JobSettings } | { field: string; value: string; message: string };

/** Why a cron expression is refused (Chinese), or null when it is accepted. */
export type CronCheck = (expression: string) => string | null;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads the settings from their stored or submitted form (an object, or JSON text; undefined: all
 * defaults). The first problem is named: the job (by its Chinese title), the field and the value.
 */
export function parseJobSettings(
  raw: unknown,
  jobs: readonly JobDefault[],
  checkCron: CronCheck,
): SettingsCheck {
  let value: unknown = raw ?? {};
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return { field: "job_settings", value: String(raw).slice(0, 80), message: "不是有效的 JSON" };
    }
  }
  if (!isObject(value)) return { field: "job_settings", value: String(raw), message: "应为对象" };
  const given = isObject(value.jobs) ? value.jobs : {};
  if (value.jobs !== undefined && !isObject(value.jobs))
    return { field: "jobs", value: JSON.stringify(value.jobs), message: "应为按任务名列出的对象" };
  const known = new Map(jobs.map((j) => [j.name, j]));
  for (const name of Object.keys(given))
    if (!known.has(name)) return { field: "jobs", value: name, message: "没有这个定时任务" };
  const out: Record<string, JobSchedule> = {};
  for (const job of jobs) {
    const g = given[job.name];
    if (g !== undefined && !isObject(g))
      return { field: `jobs.${job.name}`, value: JSON.stringify(g), message: `“${job.title}”的设置应为对象` };
    const enabled = g?.enabled ?? true;
    if (typeof enabled !== "boolean")
      return {
        field: `jobs.${job.name}.enabled`,
        value: String(enabled),
        message: `“${job.title}”是否启用应为是或否`,
      };
    const cron = g?.cron ?? job.defaultCron;
    if (typeof cron !== "string")
      return {
        field: `jobs.${job.name}.cron`,
        value: String(cron),
        message: `“${job.title}”的执行时间应为 cron 表达式`,
      };
    const why = checkCron(cron.trim());
    if (why !== null)
      return {
        field: `jobs.${job.name}.cron`,
        value: cron,
        message: `“${job.title}”的执行时间“${cron}”无效：${why}`,
      };
    out[job.name] = { enabled, cron: cron.trim() };
  }
  const r = value.retry === undefined ? {} : value.retry;
  if (!isObject(r)) return { field: "retry", value: JSON.stringify(r), message: "重试设置应为对象" };
  const maxAttempts = r.maxAttempts ?? DEFAULT_RETRY.maxAttempts;
  if (
    typeof maxAttempts !== "number" ||
    !Number.isInteger(maxAttempts) ||
    maxAttempts < 1 ||
    maxAttempts > 10
  )
    return {
      field: "retry.maxAttempts",
      value: String(maxAttempts),
      message: "最多尝试次数应为 1 至 10 的整数",
    };
  const backoff = r.backoffMinutes ?? DEFAULT_RETRY.backoffMinutes;
  if (
    !Array.isArray(backoff) ||
    backoff.some((m) => typeof m !== "number" || !Number.isInteger(m) || m < 0 || m > 1440)
  )
    return {
      field: "retry.backoffMinutes",
      value: JSON.stringify(backoff),
      message: "重试间隔应为 0 至 1440 分钟的整数列表",
    };
  const catchUp = value.catchUp ?? 2;
  if (typeof catchUp !== "number" || !Number.isInteger(catchUp) || catchUp < 1 || catchUp > 12)
    return { field: "catchUp", value: String(catchUp), message: "补跑次数应为 1 至 12 的整数" };
  return {
    settings: { jobs: out, retry: { maxAttempts, backoffMinutes: [...backoff] as number[] }, catchUp },
  };
}
