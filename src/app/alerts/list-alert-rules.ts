import { ALERT_RULES } from "../../domain/alerts/index.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";

/** The catalogue of alert rules (名称, 依据, 阈值) for every signed-in user. */
export function listAlertRules(actor: Actor) {
  mustAuthorize(actor, "view-rule-catalogue");
  return { rules: [...ALERT_RULES] };
}
