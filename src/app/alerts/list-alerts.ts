/** A page of the stored alerts the actor may see, filtered and sorted. */
import { type AlertPageQuery, listAlertRows } from "../../db/alerts/list-alerts.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { type AlertRow, alertRows } from "./alert-row.js";

export type { AlertPageQuery } from "../../db/alerts/list-alerts.js";
export { ALERT_SORT, type AlertSort } from "../../db/alerts/list-alerts.js";

export async function listAlerts(
  actor: Actor,
  handle: Db,
  q: AlertPageQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: AlertRow[] }> {
  mustAuthorize(actor, "view-alerts");
  const result = await listAlertRows(handle, scopeFilters(actor), q);
  return { ...result, rows: await alertRows(actor, handle, result.rows) };
}
