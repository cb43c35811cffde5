/**
 * The demo court's report archive: every registered scheduled report run for its most recent
 * periods before the demo's as-of day (three months for a monthly report, two quarters for a
 * quarterly one), through the same path the scheduler takes, so the archive page has real files to
 * download and the jobs panel real runs. A report added to the registry gets its demo runs here
 * without further change.
 */
import type { Db } from "../../db/connect.js";
import { recentPeriods } from "../../domain/jobs/periods.js";
import { COURT_SCOPE } from "../../domain/jobs/recipients.js";
import { executeJob } from "../jobs/execute-job.js";
import { readJobSettings } from "../jobs/job-settings.js";
import { JOBS } from "../jobs/registry.js";

export const DEMO_PERIODS = { month: 3, quarter: 2 } as const;

/**
 * The reports whose demo runs are fewer, to keep the first start short: the indicator reports take
 * a second or more a version (panels, charts), so the demo archives the court's version only (the
 * scheduler makes the divisions' when they are due) and one month of the monthly 质效通报.
 */
const DEMO_RUNS: Record<string, { periods?: number; scopes?: string[] }> = {
  "monthly-quality-report": { periods: 1, scopes: [COURT_SCOPE] },
  "quarterly-report": { scopes: [COURT_SCOPE] },
};

export async function seedDemoJobs(handle: Db, asOf: string): Promise<void> {
  const settings = await readJobSettings(handle);
  for (const job of JOBS) {
    const runs = DEMO_RUNS[job.name] ?? {};
    for (const period of recentPeriods(job.period, asOf, runs.periods ?? DEMO_PERIODS[job.period])) {
      await executeJob(handle, job, period, {
        today: asOf,
        trigger: "demo",
        startedBy: "demo",
        mode: "due",
        policy: settings.retry,
        nowMs: Date.now(),
        ...(runs.scopes ? { scopes: runs.scopes } : {}),
      });
    }
  }
}
