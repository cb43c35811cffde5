/**
 * 涉企 panel: the indicator panel restricted to 涉企 cases (cases.enterprise = 1) beside the same
 * panel over the other cases, grouped by division or by 案由 — computeIndicators with the
 * enterprise filter, so every figure is counted exactly as on the dashboard (docs/indicators.md).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { IndicatorPanel } from "../../domain/indicators/index.js";
import { computeIndicators } from "../indicators/compute-indicators.js";
import { mustAuthorize } from "../shared/policy.js";

/** The panel's indicators (catalogue ids): volume, speed, on-time, mediation, appeal, enforcement. */
export const ENTERPRISE_PANEL_IDS = [
  "filed",
  "closed",
  "clearance_rate",
  "avg_duration_days",
  "on_time_rate",
  "mediation_rate",
  "withdrawal_rate",
  "appeal_rate",
  "reversal_remand_rate",
  "enforcement_completion_rate",
  "enforcement_recovery_rate",
] as const;

export interface EnterprisePanelQuery {
  from: string;
  to: string;
  by?: "division" | "cause" | "court";
}

export interface EnterprisePanel {
  from: string;
  to: string;
  by: "division" | "cause" | "court";
  enterprise: IndicatorPanel;
  other: IndicatorPanel;
}

export async function enterprisePanel(
  actor: Actor,
  handle: Db,
  q: EnterprisePanelQuery,
): Promise<EnterprisePanel> {
  mustAuthorize(actor, "view-business-environment");
  const by = q.by ?? "division";
  const base = { from: q.from, to: q.to, by, ids: [...ENTERPRISE_PANEL_IDS] };
  const [enterprise, other] = await Promise.all([
    computeIndicators(actor, handle, { ...base, filters: [{ field: "enterprise", values: ["1"] }] }),
    computeIndicators(actor, handle, { ...base, filters: [{ field: "enterprise", values: ["0"] }] }),
  ]);
  return { from: q.from, to: q.to, by, enterprise, other };
}
