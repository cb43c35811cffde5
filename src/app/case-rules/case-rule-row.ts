/** A 类案裁判规则 as the API serves it, with the actions its reader may take now. */
import type { StoredRule } from "../../db/case-rules/case-rules.js";
import { type Actor, type CaseRuleAction, caseRuleActions } from "../../domain/auth/index.js";
import { isRuleStatus, RULE_STATUS_NAMES, type RuleStatus } from "../../domain/case-rules/rule.js";

export interface CaseRuleRow {
  id: number;
  title: string;
  cause: string;
  ruleText: string;
  status: RuleStatus;
  statusName: string;
  adoptedOn: string | null;
  adoptionReference: string | null;
  retiredOn: string | null;
  retirementNote: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  sources: { caseId: number; caseNumber: string }[];
  actions: CaseRuleAction[];
}

export function caseRuleRow(actor: Actor, r: StoredRule): CaseRuleRow {
  const status: RuleStatus = isRuleStatus(r.status) ? r.status : "draft";
  return {
    ...r,
    status,
    statusName: RULE_STATUS_NAMES[status],
    actions: caseRuleActions(actor, { status }),
  };
}
