/**
 * A case as the system of record holds it: identity and slowly-changing attributes
 * (DESIGN.md §3). Dates are `YYYY-MM-DD`; money is in fen (分) to keep sums exact.
 */
import type { CaseCategory, Instance } from "./category.js";
import type { Procedure } from "./procedure.js";

/** 结案方式 — how a case was closed (docs/import-format.md). */
export const CLOSURE_MODES = [
  "判决",
  "调解",
  "撤诉",
  "按撤诉处理",
  "驳回起诉",
  "不予受理",
  "移送",
  "终结",
  "准予撤回上诉",
  "维持",
  "改判",
  "发回重审",
  "执行完毕",
  "终结本次执行程序",
  "终结执行",
  "和解",
  "其他",
] as const;
export type ClosureMode = (typeof CLOSURE_MODES)[number];

/** 二审结果 — the outcome of an appeal against a first-instance decision. */
export const APPEAL_OUTCOMES = ["维持", "改判", "发回重审", "撤回上诉", "调解", "其他"] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export interface CaseRecord {
  /** Normalised 案号, e.g. （2024）内0602民初1234号. */
  caseNumber: string;
  courtCode: string;
  year: number;
  typeCode: string;
  category: CaseCategory;
  instance: Instance;
  cause: string | null;
  /** 审理程序 as recorded; null when the export left it empty. */
  procedure: Procedure | null;
  division: string;
  judge: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: ClosureMode | null;
  amountFen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
  enterprise: boolean | null;
  appealed: boolean | null;
  appealOutcome: AppealOutcome | null;
  appealClosedOn: string | null;
  enforcementApplied: boolean | null;
  recoveredAmountFen: number | null;
  archivedOn: string | null;
  /** 原审案号: the case this one derives from (二审, 再审, 执行, 执行异议 …), normalised; it may be
   * another court's case or one not imported yet. */
  originCaseNumber: string | null;
  /** 生效日期: the day the judgment, ruling or mediation took effect. */
  effectiveOn: string | null;
  /** 涉外 (or 涉港澳台): 民事诉讼法 art. 166 excludes 小额诉讼; art. 287: no statutory 审限. */
  foreignRelated: boolean | null;
  /** 反诉: 民事诉讼法 art. 166 excludes 小额诉讼. */
  counterclaim: boolean | null;
  /** 双方约定适用小额诉讼: 民事诉讼法 art. 165 ¶2 (amounts up to twice the threshold). */
  smallClaimsConsent: boolean | null;
}

/** Splits a party list written with 、 ; ； or line breaks. */
export function splitParties(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[、;；\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
