/**
 * Records an attempt as running. The unique key (job, period, scope, attempt) refuses a second
 * process recording the same attempt: undefined then.
 */
import type { Db } from "../connect.js";

export async function insertJobRun(
  handle: Db,
  row: {
    job: string;
    periodLabel: string;
    scope: string;
    attempt: number;
    trigger: string;
    startedBy: string;
    startedAt: string;
  },
): Promise<number | undefined> {
  const r = await handle.db
    .insertInto("job_runs")
    .values({
      job: row.job,
      period_label: row.periodLabel,
      scope: row.scope,
      attempt: row.attempt,
      status: "running",
      trigger: row.trigger,
      started_by: row.startedBy,
      error: null,
      data_date: null,
      started_at: row.startedAt,
      finished_at: null,
    })
    .onConflict((oc) => oc.columns(["job", "period_label", "scope", "attempt"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}
