/** Counts of the open alerts the actor may see, by rule, division and severity. */
import { countAlertRows } from "../../db/alerts/count-alerts.js";
import type { AlertFilters } from "../../db/alerts/where.js";
import type { Db } from "../../db/connect.js";
import { ALERT_RULES_BY_ID } from "../../domain/alerts/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";

export type { AlertFilters } from "../../db/alerts/where.js";

export async function alertCounts(actor: Actor, handle: Db, q: AlertFilters) {
  mustAuthorize(actor, "view-alerts");
  const counts = await countAlertRows(handle, scopeFilters(actor), q);
  return {
    byRule: counts.byRule.map((r) => {
      const rule = ALERT_RULES_BY_ID.get(r.key);
      return { ruleId: r.key, title: rule?.title ?? r.key, family: rule?.family ?? "", count: r.count };
    }),
    byDivision: counts.byDivision.map((r) => ({ division: r.key, count: r.count })),
    bySeverity: counts.bySeverity.map((r) => ({ severity: r.key, count: r.count })),
  };
}
