/**
 * Marks a job's attempts still "running" as failed: called by the lock's holder, when no other
 * process can be running the job, so such a row was left by a process that stopped mid-run.
 */
import type { Db } from "../connect.js";

export async function markInterruptedRuns(
  handle: Db,
  job: string,
  error: string,
  at: string,
): Promise<number> {
  const r = await handle.db
    .updateTable("job_runs")
    .set({ status: "failed", error, finished_at: at })
    .where("job", "=", job)
    .where("status", "=", "running")
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}
