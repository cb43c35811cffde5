/** The periods of a job with an archived report, per scope (to tell what is still to make). */
import type { Db } from "../connect.js";

export async function archivedPeriods(
  handle: Db,
  job: string,
): Promise<{ periodLabel: string; scope: string }[]> {
  const rows = await handle.db
    .selectFrom("report_archive")
    .select(["period_label", "scope"])
    .distinct()
    .where("job", "=", job)
    .execute();
  return rows.map((r) => ({ periodLabel: r.period_label, scope: r.scope }));
}
