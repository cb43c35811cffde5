/** A stored alert (`alerts` row) as the application reads it. */
import {
  ALERT_RULES_BY_ID,
  type AlertFactValue,
  type AlertFamily,
  type AlertSeverity,
  type AlertState,
} from "../../domain/alerts/index.js";

export interface StoredAlert {
  id: number;
  key: string;
  ruleId: string;
  family: AlertFamily;
  title: string;
  severity: AlertSeverity;
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  asOf: string;
  reason: string;
  facts: Record<string, AlertFactValue>;
  state: AlertState;
  note: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  firstSeen: string;
  lastSeen: string;
}

export function alertFromRow(r: Record<string, unknown>): StoredAlert {
  const ruleId = String(r.rule_id);
  return {
    id: Number(r.id),
    key: String(r.key),
    ruleId,
    family: r.family as AlertFamily,
    title: ALERT_RULES_BY_ID.get(ruleId)?.title ?? ruleId,
    severity: r.severity as AlertSeverity,
    caseId: r.case_id === null ? null : Number(r.case_id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    asOf: String(r.as_of),
    reason: String(r.reason),
    facts: JSON.parse(String(r.facts_json)) as Record<string, AlertFactValue>,
    state: r.state as AlertState,
    note: (r.note as string | null) ?? null,
    acknowledgedBy: (r.acknowledged_by as string | null) ?? null,
    acknowledgedAt: (r.acknowledged_at as string | null) ?? null,
    firstSeen: String(r.first_seen),
    lastSeen: String(r.last_seen),
  };
}
