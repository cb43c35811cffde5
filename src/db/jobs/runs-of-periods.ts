/** Every recorded attempt of a job for some periods (all scopes), oldest first. */
import type { Db } from "../connect.js";
import { type JobRun, toJobRun } from "./mapper.js";

export async function runsOfPeriods(handle: Db, job: string, periods: readonly string[]): Promise<JobRun[]> {
  if (periods.length === 0) return [];
  const rows = await handle.db
    .selectFrom("job_runs")
    .selectAll()
    .where("job", "=", job)
    .where("period_label", "in", [...periods])
    .orderBy("id")
    .execute();
  return rows.map(toJobRun);
}
