/** A supervised-case matter as the 四类案件 lists show it: its case, state, categories and findings. */
import type { FindingRow, SupervisedMatterRow } from "../../db/supervision/list-supervised.js";
import { SUPERVISED_CASE_KIND } from "../../domain/supervision/supervised-case-kind.js";
import {
  isSupervisionCategory,
  MANUAL_RULE_ID,
  MANUAL_RULE_TITLE,
  SUPERVISION_CATEGORY_SHORT,
  SUPERVISION_RULES_BY_ID,
} from "../../domain/supervision/supervised-rules.js";
import { InvalidInputError } from "../shared/errors.js";

export interface SupervisionFindingView {
  rule: string;
  ruleTitle: string;
  category: number;
  categoryName: string;
  reason: string;
  foundOn: string;
}

export interface SupervisedCaseRow {
  matterId: number;
  state: string;
  stateLabel: string;
  version: number;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  /** Who asked (system for identification). */
  initiator: string;
  openedOn: string;
  closedOn: string | null;
  /** Its categories (1–4), lowest first. */
  categories: number[];
  findings: SupervisionFindingView[];
}

export function findingView(f: FindingRow): SupervisionFindingView {
  return {
    rule: f.rule,
    ruleTitle:
      f.rule === MANUAL_RULE_ID ? MANUAL_RULE_TITLE : (SUPERVISION_RULES_BY_ID.get(f.rule)?.title ?? f.rule),
    category: f.category,
    categoryName: isSupervisionCategory(f.category)
      ? SUPERVISION_CATEGORY_SHORT[f.category]
      : String(f.category),
    reason: f.reason,
    foundOn: f.foundOn,
  };
}

export function stateLabelOf(state: string): string {
  return SUPERVISED_CASE_KIND.states.find((s) => s.name === state)?.label ?? state;
}

export function supervisedCaseRow(
  m: SupervisedMatterRow,
  findings: readonly FindingRow[],
): SupervisedCaseRow {
  return {
    matterId: m.id,
    state: m.state,
    stateLabel: stateLabelOf(m.state),
    version: m.version,
    caseId: m.caseId,
    caseNumber: m.caseNumber,
    division: m.division,
    judge: m.judge,
    initiator: m.initiator,
    openedOn: m.openedOn,
    closedOn: m.closedOn,
    categories: [...new Set(findings.map((f) => f.category))].sort((a, b) => a - b),
    findings: findings.map(findingView),
  };
}

/** The lists' tabs: 待确认, 监管中, 已结束 (ended with the case, or revoked). */
export const SUPERVISION_TABS = {
  candidate: ["candidate"],
  supervised: ["supervised"],
  ended: ["closed", "revoked"],
} as const;
export type SupervisionTab = keyof typeof SUPERVISION_TABS;

export function parseTab(v: string | undefined): SupervisionTab {
  if (v === undefined || v === "") return "candidate";
  if (v === "candidate" || v === "supervised" || v === "ended") return v;
  throw InvalidInputError.of("tab", v, "应为 candidate（待确认）、supervised（监管中）或 ended（已结束）");
}

export function parseCategory(v: number | string | undefined): number | undefined {
  if (v === undefined || v === "") return undefined;
  const n = Number(v);
  if (!isSupervisionCategory(n)) throw InvalidInputError.of("category", v, "四类案件类别应为 1、2、3 或 4");
  return n;
}
