/**
 * 待分案: pending cases filed in the last 30 days (ending on the day asked) within the reader's
 * scope, with the decision recorded on each, for the 分案建议 panel.
 */
import type { Db } from "../../db/connect.js";
import { type RecentPendingCase, recentPendingCases } from "../../db/workload/recent-pending-cases.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/civil-date.js";
import { mustAuthorize } from "../shared/policy.js";

export const RECENT_FILED_DAYS = 30;

export async function listCasesToAssign(
  actor: Actor,
  handle: Db,
  q: { division?: string; limit?: number },
  today: string,
): Promise<{ asOf: string; filedFrom: string; rows: RecentPendingCase[] }> {
  mustAuthorize(actor, "view-workload");
  const scope = dataScope(actor);
  let divisions: string[] | undefined = q.division ? [q.division] : undefined;
  if (scope.kind === "division")
    divisions = !q.division || q.division === scope.division ? [scope.division] : [];
  const filedFrom = formatIsoDate(parseIsoDate(today) - (RECENT_FILED_DAYS - 1));
  const rows = await recentPendingCases(handle, {
    filedFrom,
    asOf: today,
    divisions,
    limit: Math.min(Math.max(q.limit ?? 100, 1), 500),
    ...(scope.courts ? { courts: scope.courts } : {}),
  });
  return { asOf: today, filedFrom, rows };
}
