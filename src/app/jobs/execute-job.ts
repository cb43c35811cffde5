/**
 * Running a job for one period: under the job's database lock (one process at a time across every
 * server and command line), for each recipient scope, one attempt recorded in job_runs; a
 * successful attempt's files are written under the files directory and archived with their SHA-256
 * in the same transaction that marks it succeeded; a failed one is recorded with its error (its
 * files, if any were written, removed). No policy here: the callers (run-job.ts for people, the
 * scheduler for itself) decide who may run what.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../../db/connect.js";
import { acquireJobLock } from "../../db/jobs/acquire-job-lock.js";
import { finishJobRun } from "../../db/jobs/finish-job-run.js";
import { insertArchivedReport } from "../../db/jobs/insert-archived-report.js";
import { insertJobRun } from "../../db/jobs/insert-job-run.js";
import { markInterruptedRuns } from "../../db/jobs/mark-interrupted-runs.js";
import { releaseJobLock } from "../../db/jobs/release-job-lock.js";
import { runsOfPeriods } from "../../db/jobs/runs-of-periods.js";
import type { Period } from "../../domain/jobs/periods.js";
import type { RetryPolicy } from "../../domain/jobs/retry.js";
import { nextStep } from "../../domain/jobs/schedule.js";
import { removeStoredFile } from "../../io/draft-file.js";
import { storeReportFile } from "../../io/report-file.js";
import { systemActor } from "../shared/actor.js";
import { AppError, ConflictError } from "../shared/errors.js";
import { filesDirOf } from "../sign-off/sign-off-settings.js";
import { jobRecipients } from "./recipients.js";
import type { JobDefinition } from "./registry.js";

/** How long a lock holds when its holder dies without giving it back. */
export const LOCK_MINUTES = 60;

export interface ArchivedFileInfo {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ScopeRun {
  runId: number;
  scope: string;
  attempt: number;
  status: "succeeded" | "failed";
  error: string | null;
  dataDate: string | null;
  title: string | null;
  files: ArchivedFileInfo[];
}

export interface ExecuteOptions {
  /** The day the run is made as of. */
  today: string;
  /** schedule | catch-up | manual | demo (an attempt after the first is recorded as retry). */
  trigger: string;
  startedBy: string;
  /**
   * all: every scope again, as a new attempt (someone asked for it); due: only the scopes whose
   * next step, under the retry policy, is to run now (the scheduler).
   */
  mode: "all" | "due";
  policy: RetryPolicy;
  /** Milliseconds since the epoch (retry waits are measured against it). */
  nowMs: number;
  /** Run only these scopes (default: every recipient scope of the job). */
  scopes?: readonly string[];
}

export class JobLockedError extends ConflictError {}

/**
 * The times recorded for a run: real time elapsed since the call, counted from `nowMs` (the same
 * as the wall clock when nowMs is now; tests pass another instant).
 */
function clockOf(options: ExecuteOptions): () => string {
  const started = Date.now();
  return () => new Date(options.nowMs + (Date.now() - started)).toISOString();
}

function describe(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return `运行出错：${message}`.slice(0, 2000);
}

export async function executeJob(
  handle: Db,
  job: JobDefinition,
  period: Period,
  options: ExecuteOptions,
): Promise<ScopeRun[]> {
  const holder = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const now = new Date(options.nowMs).toISOString();
  const expiresAt = new Date(options.nowMs + LOCK_MINUTES * 60_000).toISOString();
  const lock = `job:${job.name}`;
  if (!(await acquireJobLock(handle, { name: lock, holder, now, expiresAt })))
    throw new JobLockedError(`“${job.title}”正在由另一进程运行，请稍后再试`);
  try {
    // Holding the lock, nobody else runs this job: a row still "running" was left by a process
    // that stopped mid-run.
    await markInterruptedRuns(handle, job.name, "运行中断（进程在运行中退出）", now);
    let scopes = (await jobRecipients(handle, job.perDivision)).map((s) => s.scope);
    if (options.scopes) scopes = scopes.filter((s) => options.scopes?.includes(s));
    const runs = await runsOfPeriods(handle, job.name, [period.label]);
    const shared = new Map<string, unknown>();
    const out: ScopeRun[] = [];
    for (const scope of scopes) {
      const mine = runs.filter((r) => r.scope === scope);
      let attempt = Math.max(0, ...mine.map((r) => r.attempt)) + 1;
      if (options.mode === "due") {
        const step = nextStep(
          mine.map((r) => ({
            attempt: r.attempt,
            status: r.status,
            finishedAtMs: r.finishedAt ? Date.parse(r.finishedAt) : null,
          })),
          options.policy,
          options.nowMs,
        );
        if (step.kind !== "run") continue;
        attempt = step.attempt;
      }
      const run = await runScope(handle, job, period, scope, attempt, options, shared);
      if (run) out.push(run);
    }
    return out;
  } finally {
    await releaseJobLock(handle, lock, holder);
  }
}

async function runScope(
  handle: Db,
  job: JobDefinition,
  period: Period,
  scope: string,
  attempt: number,
  options: ExecuteOptions,
  shared: Map<string, unknown>,
): Promise<ScopeRun | undefined> {
  const clock = clockOf(options);
  const startedAt = clock();
  const runId = await insertJobRun(handle, {
    job: job.name,
    periodLabel: period.label,
    scope,
    attempt,
    trigger: attempt > 1 && options.mode === "due" ? "retry" : options.trigger,
    startedBy: options.startedBy,
    startedAt,
  });
  if (runId === undefined) return undefined;
  const root = filesDirOf(handle);
  const stored: string[] = [];
  try {
    const output = await job.run({
      actor: systemActor("scheduler"),
      handle,
      period,
      scope,
      today: options.today,
      shared,
    });
    if (output.files.length === 0) throw new Error("没有生成任何文件");
    const files: (ArchivedFileInfo & { storedPath: string })[] = [];
    for (const f of output.files) {
      const s = await storeReportFile(root, f.data, { fileName: f.fileName, day: options.today });
      stored.push(s.storedPath);
      files.push({
        id: 0,
        fileName: f.fileName,
        mediaType: f.mime,
        size: s.size,
        sha256: s.sha256,
        storedPath: s.storedPath,
      });
    }
    const finishedAt = clock();
    await handle.db.transaction().execute(async (trx) => {
      for (const f of files) {
        f.id = await insertArchivedReport(trx, {
          job_run_id: runId,
          job: job.name,
          title: output.title,
          period_label: period.label,
          scope,
          data_date: output.dataDate,
          file_name: f.fileName,
          media_type: f.mediaType,
          size: f.size,
          sha256: f.sha256,
          stored_path: f.storedPath,
          created_at: finishedAt,
        });
      }
      await finishJobRun(trx, runId, {
        status: "succeeded",
        error: null,
        dataDate: output.dataDate,
        finishedAt,
      });
    });
    return {
      runId,
      scope,
      attempt,
      status: "succeeded",
      error: null,
      dataDate: output.dataDate,
      title: output.title,
      files: files.map(({ storedPath: _, ...f }) => f),
    };
  } catch (err) {
    for (const p of stored) await removeStoredFile(root, p).catch(() => undefined);
    const error = describe(err);
    await finishJobRun(handle.db, runId, {
      status: "failed",
      error,
      dataDate: null,
      finishedAt: clock(),
    });
    return { runId, scope, attempt, status: "failed", error, dataDate: null, title: null, files: [] };
  }
}
