/** The latest attempts of every job, newest first (the jobs panel). */
import type { Db } from "../connect.js";
import { type JobRun, toJobRun } from "./mapper.js";

export async function lastRuns(handle: Db, limit: number): Promise<JobRun[]> {
  const rows = await handle.db
    .selectFrom("job_runs")
    .selectAll()
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  return rows.map(toJobRun);
}
