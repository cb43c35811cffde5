/**
 * The scheduler the server runs (`shenguan start`): a cron tick per enabled job (setting
 * job_settings, China time), and a sweep every five minutes that retries failed attempts whose wait
 * is over and catches up a period missed while the server was down (a fire time of the last
 * `catchUp` with no successful run for a scope). The sweep also notices changed settings and
 * reschedules. Each run goes through executeJob, under the job's database lock, so several
 * servers on one database make each report once. Stopped on shutdown: the ticks end and a run in
 * progress is given a short while to finish.
 */
import type { Db } from "../../db/connect.js";
import { parsePeriod } from "../../domain/jobs/periods.js";
import { periodsOfFires } from "../../domain/jobs/schedule.js";
import { chinaDay, previousFires, scheduleCron } from "./cron.js";
import { executeJob, JobLockedError } from "./execute-job.js";
import { type JobSettings, readJobSettings } from "./job-settings.js";
import { JOBS, type JobDefinition } from "./registry.js";

export interface Scheduler {
  /** Checks every job now (what the sweep does); resolves when the runs it started end. */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  log?: (s: string) => void;
  /** The clock (tests). */
  now?: () => Date;
  /** Delay of the first sweep after start (ms, default 30 s: the server answers first). */
  firstSweepMs?: number;
}

export const SWEEP_CRON = "*/5 * * * *";

/** Due work of one job: the periods its last fire times cover, each run for its due scopes. */
export async function runDueJob(
  handle: Db,
  job: JobDefinition,
  settings: JobSettings,
  now: Date,
  log: (s: string) => void,
): Promise<void> {
  const s = settings.jobs[job.name];
  if (!s?.enabled) return;
  const fires = previousFires(s.cron, now, settings.catchUp).map(chinaDay);
  const latest = fires[0];
  for (const label of periodsOfFires(job.period, fires)) {
    const period = parsePeriod(job.period, label);
    if (!period) continue;
    const latestPeriod = latest !== undefined && periodsOfFires(job.period, [latest])[0] === label;
    try {
      const runs = await executeJob(handle, job, period, {
        today: chinaDay(now),
        trigger: latestPeriod ? "schedule" : "catch-up",
        startedBy: "scheduler",
        mode: "due",
        policy: settings.retry,
        nowMs: now.getTime(),
      });
      for (const r of runs)
        log(
          r.status === "succeeded"
            ? `定时报表：${job.title}（${period.name}，${r.scope === "court" ? "全院" : r.scope}）已归档`
            : `定时报表：${job.title}（${period.name}）第 ${r.attempt} 次运行失败：${r.error}`,
        );
    } catch (err) {
      if (err instanceof JobLockedError) return; // another process is on it
      log(`定时报表：${job.title}（${period.name}）未能运行：${(err as Error).message}`);
    }
  }
}

export function startScheduler(handle: Db, options: SchedulerOptions = {}): Scheduler {
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  let ticks: { stop(): void }[] = [];
  let scheduled = "";
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  // One thing at a time in this process: ticks and sweeps queue behind each other.
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    running = running
      .then(() => (stopped ? undefined : work()))
      .catch((err) => {
        log(`定时报表出错：${(err as Error).message}`);
      });
    return running;
  };

  const reschedule = (settings: JobSettings) => {
    const key = JSON.stringify(settings.jobs);
    if (key === scheduled) return;
    for (const t of ticks) t.stop();
    ticks = [];
    for (const job of JOBS) {
      const s = settings.jobs[job.name];
      if (!s?.enabled) continue;
      ticks.push(
        scheduleCron(s.cron, () => {
          void enqueue(async () => runDueJob(handle, job, await readJobSettings(handle), now(), log));
        }),
      );
    }
    scheduled = key;
  };

  const sweep = () =>
    enqueue(async () => {
      const settings = await readJobSettings(handle);
      if (stopped) return;
      reschedule(settings);
      for (const job of JOBS) await runDueJob(handle, job, settings, now(), log);
    });

  const sweeper = scheduleCron(SWEEP_CRON, () => {
    void sweep();
  });
  const first = setTimeout(() => void sweep(), options.firstSweepMs ?? 30_000);
  first.unref();
  void readJobSettings(handle)
    .then(reschedule)
    .catch((err) => log(`定时报表设置有误，未能排程：${(err as Error).message}`));

  return {
    sweep,
    async stop() {
      stopped = true;
      clearTimeout(first);
      sweeper.stop();
      for (const t of ticks) t.stop();
      ticks = [];
      // A run in progress: wait a little for it to record how it ended.
      await Promise.race([running, new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}
