/**
 * A 类案裁判规则 as the API serves it, with the actions its reader may take now (a rule is kept by
 * the court that wrote it).
 */
import type { StoredRule } from "../../db/case-rules/case-rules.js";
import type { Db } from "../../db/connect.js";
import {
  type Actor,
  type CaseRuleAction,
  type CaseRuleRef,
  caseRuleActions,
} from "../../domain/auth/index.js";
import { isRuleStatus, RULE_STATUS_NAMES, type RuleStatus } from "../../domain/case-rules/rule.js";
import { courtName } from "../courts/court-choice.js";

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
  /** The court (法院代字) that wrote the rule; null on a one-court installation. */
  courtCode: string | null;
  sources: { caseId: number; caseNumber: string }[];
  actions: CaseRuleAction[];
}

export function caseRuleRow(actor: Actor, r: StoredRule): CaseRuleRow {
  const status: RuleStatus = isRuleStatus(r.status) ? r.status : "draft";
  return {
    ...r,
    status,
    statusName: RULE_STATUS_NAMES[status],
    actions: caseRuleActions(actor, { status, courtCode: r.courtCode }),
  };
}

/** The rule as its policies see it: its status and its court, named as the courts table names it. */
export async function caseRuleRef(handle: Db, r: CaseRuleRow): Promise<CaseRuleRef> {
  return {
    status: r.status,
    courtCode: r.courtCode,
    ...(r.courtCode ? { courtName: await courtName(handle, r.courtCode) } : {}),
  };
}
