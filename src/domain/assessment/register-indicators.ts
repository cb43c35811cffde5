/**
 * Figures a scheme may score that are not over case_facts: they come from a register the office
 * keeps (the 发改案件 classifications, the 案件评查 results), so the indicator engine cannot compute them; the assessment
 * use case reads them from that register for the same period and units. Described here as the
 * catalogue describes its own, so that validation, scoring and the editor treat them alike.
 */
import type { IndicatorBrief } from "./scheme.js";

export interface RegisterIndicator extends IndicatorBrief {
  group: "出口";
  dimension: "质量";
  kind: "count" | "ratio";
  definition: string;
  scope: string;
  source: string;
}

export const REGISTER_INDICATORS: readonly RegisterIndicator[] = [
  {
    id: "reversal_errors",
    name: "发改案件差错数",
    group: "出口",
    dimension: "质量",
    unit: "件",
    kind: "count",
    direction: "lower",
    definition:
      "二审结果日期在统计期间内、经审管办分类责任认定为差错的发改案件数（异议成立改定的，以改定后的认定为准）。",
    scope: "本院一审案件中被改判、发回重审的案件（发改案件台账）",
    source:
      "发改案件评查（本院做法）；新证据、当事人和解或撤诉导致的改判不认定为差错，依据《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）第二十八条",
  },
  {
    id: "reversal_error_share",
    name: "发改案件差错占比",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    direction: "lower",
    definition: "责任认定为差错的发改案件数 ÷ 已分类的发改案件数；没有已分类的发改案件时不计算。",
    scope: "二审结果日期在统计期间内、已由审管办分类的发改案件",
    source: "发改案件评查（本院做法）",
  },
];

/** 案件评查 results (the plan's "将评查结果纳入审判质量评估、考核"): counted by submission date. */
export const REVIEW_INDICATORS: readonly RegisterIndicator[] = [
  {
    id: "review_score_rate",
    name: "案件评查平均得分率",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    direction: "higher",
    definition:
      "评查结果提交日期在统计期间内的案件评查平均得分 ÷ 100（评查表按百分制；异议改定的，以改定后的得分为准）；没有评查案件时不计算。",
    scope: "案件评查（常规、重点、专项、交叉评查）已提交的评查结果，按案件的承办部门和承办人归属",
    source: "案件评查结果纳入审判质量考核（本院审判管理工作要点；评查表与计分为本院做法）",
  },
  {
    id: "review_errors",
    name: "案件评查差错案件数",
    group: "出口",
    dimension: "质量",
    unit: "件",
    kind: "count",
    direction: "lower",
    definition:
      "评查结果提交日期在统计期间内、评定为最低等次（差错或不合格）的案件数，以异议处理后的结果为准。",
    scope: "案件评查已提交的评查结果，按案件的承办部门和承办人归属",
    source: "案件评查结果纳入审判质量考核（本院做法）",
  },
  {
    id: "review_rectification_overdue",
    name: "评查整改逾期数",
    group: "出口",
    dimension: "质量",
    unit: "件",
    kind: "count",
    direction: "lower",
    definition: "截至统计期间末日（不晚于今天）已过整改期限仍未验收的评查整改事项数。",
    scope: "案件评查发现问题后的整改事项，按案件的承办部门和承办人归属",
    source: "评查一案、反馈一案、整改一案（本院审判管理工作要点）",
  },
];

/** A unit's 案件评查 figures (summed over its judges for a division). */
export interface ReviewTally {
  reviewed: number;
  scoreSum: number;
  errors: number;
  overdue: number;
}

/** The review figures of one unit: no 得分率 without a reviewed case; counts are 0 when none. */
export function reviewValues(t: ReviewTally | undefined): Record<string, number | null> {
  return {
    review_score_rate: t && t.reviewed > 0 ? t.scoreSum / t.reviewed / 100 : null,
    review_errors: t?.errors ?? 0,
    review_rectification_overdue: t?.overdue ?? 0,
  };
}

export const ALL_REGISTER_INDICATORS: readonly RegisterIndicator[] = [
  ...REGISTER_INDICATORS,
  ...REVIEW_INDICATORS,
];

export const REVIEW_INDICATOR_IDS: ReadonlySet<string> = new Set(REVIEW_INDICATORS.map((d) => d.id));

/** Every register figure's id (发改案件 and 案件评查). */
export const REGISTER_INDICATOR_IDS: ReadonlySet<string> = new Set(ALL_REGISTER_INDICATORS.map((d) => d.id));

/**
 * The register's figures of one unit, from its tally (entries whose appellate result falls in the
 * period): a unit with no entry has 0 差错 and no share.
 */
export function registerValues(
  tally: { errors: number; classified: number } | undefined,
): Record<string, number | null> {
  return {
    reversal_errors: tally?.errors ?? 0,
    reversal_error_share: tally && tally.classified > 0 ? tally.errors / tally.classified : null,
  };
}
