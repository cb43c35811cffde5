/**
 * Figures a scheme may score that are not over case_facts: they come from a register the office
 * keeps (the 发改案件 classifications), so the indicator engine cannot compute them; the assessment
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

export const REGISTER_INDICATOR_IDS: ReadonlySet<string> = new Set(REGISTER_INDICATORS.map((d) => d.id));

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
