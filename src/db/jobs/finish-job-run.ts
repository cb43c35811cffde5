/** Records how an attempt ended: succeeded (with its data date) or failed (with its error). */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export async function finishJobRun(
  db: Kysely<Database>,
  id: number,
  end: { status: "succeeded" | "failed"; error: string | null; dataDate: string | null; finishedAt: string },
): Promise<void> {
  await db
    .updateTable("job_runs")
    .set({ status: end.status, error: end.error, data_date: end.dataDate, finished_at: end.finishedAt })
    .where("id", "=", id)
    .execute();
}
