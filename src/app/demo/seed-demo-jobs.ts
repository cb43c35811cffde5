/**
 * The demo court's report archive: every registered scheduled report run for its most recent
 * periods before the demo's as-of day (three months for a monthly report, two quarters for a
 * quarterly one), through the same path the scheduler takes, so the archive page has real files to
 * download and the jobs panel real runs. A report added to the registry gets its demo runs here
 * without further change.
 */
import type { Db } from "../../db/connect.js";
import { recentPeriods } from "../../domain/jobs/periods.js";
import { executeJob } from "../jobs/execute-job.js";
import { readJobSettings } from "../jobs/job-settings.js";
import { JOBS } from "../jobs/registry.js";

export const DEMO_PERIODS = { month: 3, quarter: 2 } as const;

export async function seedDemoJobs(handle: Db, asOf: string): Promise<void> {
  const settings = await readJobSettings(handle);
  for (const job of JOBS) {
    for (const period of recentPeriods(job.period, asOf, DEMO_PERIODS[job.period])) {
      await executeJob(handle, job, period, {
        today: asOf,
        trigger: "demo",
        startedBy: "demo",
        mode: "due",
        policy: settings.retry,
        nowMs: Date.now(),
      });
    }
  }
}
