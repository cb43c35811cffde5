/**
 * 判后释明 and 督促履行: which cases get a task, the ways and outcomes a record may name, and the
 * levers of the effective-date estimate. Pure data; docs/aftercare.md is the reader's version.
 */
import { civilCauses } from "../causes/index.js";
import { causeMatcher, TRIAGE_DEFAULTS } from "../triage/settings.js";

/** 释明 ways (判后释明的方式). */
export const EXPLANATION_WAYS = ["当庭", "电话", "书面", "线上"] as const;
export type ExplanationWay = (typeof EXPLANATION_WAYS)[number];

/** 督促履行 contact ways. */
export const CONTACT_WAYS = ["电话", "短信", "当面", "书面", "线上"] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

/** 督促履行 outcomes. */
export const PERFORMANCE_OUTCOMES = ["全部履行", "部分履行", "未履行"] as const;
export type PerformanceOutcome = (typeof PERFORMANCE_OUTCOMES)[number];

/** Risk points a judge commonly explains (tags offered on screen; free text is accepted too). */
export const RISK_POINT_TAGS = [
  "上诉期限及上诉费用",
  "不履行的法律后果（强制执行、失信惩戒、限制高消费）",
  "拒不履行判决裁定罪",
  "迟延履行期间的债务利息",
  "申请执行期限（二年）",
  "再审申请的条件与期限",
  "判决理由与证据认定",
] as const;

export interface AftercareSettings {
  /** 案件类型代字 whose judgments get a 释明 task. */
  explanationTypes: string[];
  /** 案件类型代字 whose judgments and mediations with a money obligation get a 督促履行 task. */
  performanceTypes: string[];
  /** 金钱给付 causes (catalogue names; a cause matches its sub-causes). */
  moneyCauses: string[];
  /** Days from closing to service, for the estimate (本院送达惯例; the demo court uses the same). */
  serviceDays: number;
}

/**
 * Defaults. 释明: first-instance (民初) and second-instance (民终) civil judgments — both are
 * judgments the parties must be told about; 服判息诉率 is counted on the 民初 ones only (a 民终
 * judgment is final). 督促履行: 民初 judgments and mediations (an appealed 民初 judgment takes effect
 * with the appeal's decision, so the 民初 case carries the task; the 执 case names it as origin).
 */
export const AFTERCARE_DEFAULTS: AftercareSettings = Object.freeze({
  explanationTypes: ["民初", "民终"],
  performanceTypes: ["民初"],
  moneyCauses: TRIAGE_DEFAULTS.moneyCauses,
  serviceDays: 7,
}) as AftercareSettings;

/**
 * Every catalogue cause that is a 金钱给付 cause under `list` (the cause itself and its
 * sub-causes), as `causeMatcher` decides — for a query's `cause in (…)`.
 */
export function moneyCauseNames(list: readonly string[]): string[] {
  const match = causeMatcher(list);
  const out = new Set<string>(list);
  for (const c of civilCauses()) if (match(c.name)) out.add(c.name);
  return [...out].sort();
}
