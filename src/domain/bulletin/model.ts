/**
 * The monthly 审限与长期未结通报 — what the trial management office circulates: pending cases by
 * 审限 tier, the long-pending ladder and the cases approaching its rungs, the concealed-overrun
 * findings, each this month and last month, by division and judge, with the month's core figures.
 * This is its model: what is counted under which name, and the data a bulletin holds. Computing
 * it is a use case (src/app/bulletins); laying it out is for the writers (src/io/bulletin-*.ts),
 * which take their wording from narrative.ts.
 */
import {
  ALERT_RULES,
  type AlertFactValue,
  type AlertSeverity,
  LONG_PENDING_RUNGS,
  RULE_IDS,
} from "../alerts/index.js";
import type { Figure } from "../indicators/index.js";
import type { OrderTally } from "../supervision-order/tally.js";

/** The 审限 tiers, most severe first, with the names the bulletin uses. */
export const TIME_LIMIT_TIERS = [
  { ruleId: RULE_IDS.overdue, name: "已超审限" },
  { ruleId: RULE_IDS.dueCritical, name: "5日内届满" },
  { ruleId: RULE_IDS.dueSoon, name: "即将届满" },
  { ruleId: RULE_IDS.usedTwoThirds, name: "已过三分之二" },
] as const;

export const RUNG_NAMES: Record<number, string> = {
  6: "六个月",
  12: "一年",
  18: "一年半",
  24: "二年",
  36: "三年",
};

const RUNG_RULE: Record<number, string> = {
  6: RULE_IDS.longPending6,
  12: RULE_IDS.longPending12,
  18: RULE_IDS.longPending18,
  24: RULE_IDS.longPending24,
  36: RULE_IDS.longPending36,
};

/** The long-pending rungs reached (highest rung only), as count keys. */
export const LONG_PENDING_BUCKETS = LONG_PENDING_RUNGS.map((m) => ({
  key: RUNG_RULE[m] as string,
  months: m,
  name: `满${RUNG_NAMES[m]}`,
}));

/** The count key of "approaching rung N within 30 days". */
export function approachingKey(months: number): string {
  return `${RULE_IDS.longPendingApproaching}.${months}m`;
}

export const APPROACHING_BUCKETS = LONG_PENDING_RUNGS.map((m) => ({
  key: approachingKey(m),
  months: m,
  name: `临近${RUNG_NAMES[m]}`,
}));

/** The rungs section 二 of the narrative lists (六个月、一年、二年、三年; docs/alerts.md §4). */
export const NARRATIVE_APPROACH_RUNGS = [6, 12, 24, 36] as const;

/** The concealed-overrun rules, in catalogue order. */
export const CONCEALED_RULES = ALERT_RULES.filter((r) => r.family === "concealed-overrun").map((r) => ({
  ruleId: r.id,
  name: r.title,
}));

/** Count keys beside the rule ids: cases with at least one concealed-overrun finding. */
export const CONCEALED_CASES_KEY = "concealed-overrun.cases";

/**
 * The headline figures of the bulletin (汇总 and 一、总体情况): each a sum of count keys.
 */
export const HEADLINES = [
  { id: "overdue", name: "超审限未结", keys: [RULE_IDS.overdue] },
  { id: "due", name: "临近届满", keys: [RULE_IDS.dueCritical, RULE_IDS.dueSoon] },
  { id: "two-thirds", name: "审限已过三分之二", keys: [RULE_IDS.usedTwoThirds] },
  { id: "long-pending", name: "长期未结（满六个月以上）", keys: LONG_PENDING_BUCKETS.map((b) => b.key) },
  {
    id: "long-pending-12m",
    name: "其中满一年以上",
    keys: LONG_PENDING_BUCKETS.filter((b) => b.months >= 12).map((b) => b.key),
  },
  { id: "approaching", name: "临近长期未结节点", keys: APPROACHING_BUCKETS.map((b) => b.key) },
  { id: "concealed", name: "隐形超审限线索", keys: CONCEALED_RULES.map((r) => r.ruleId) },
  { id: "concealed-cases", name: "涉及隐形超审限案件", keys: [CONCEALED_CASES_KEY] },
] as const;

/** The core figures of the month, by division (computeIndicators). */
export const BULLETIN_INDICATORS = [
  "filed",
  "closed",
  "clearance_rate",
  "on_time_rate",
  "avg_duration_days",
  "overdue_pending",
  "long_pending_12m",
] as const;

// ── the data ────────────────────────────────────────────────────────────────

/** Counts by key (rule id, approaching key, CONCEALED_CASES_KEY); a missing key is 0. */
export type Counts = Record<string, number>;

export interface Tally {
  asOf: string;
  total: Counts;
  byDivision: Record<string, Counts>;
  byJudge: { division: string; judge: string; counts: Counts }[];
}

/** What every case row of the bulletin carries. */
export interface CaseBase {
  caseNumber: string;
  caseId: number | null;
  division: string;
  judge: string;
  filedOn: string | null;
  cause: string | null;
  ruleId: string;
  title: string;
  severity: AlertSeverity;
  reason: string;
}

export interface TimeLimitCase extends CaseBase {
  /** Which tier (TIME_LIMIT_TIERS name). */
  tier: string;
  deadline: string;
  /** Days left to the deadline; negative when overdue. */
  daysLeft: number;
}

export interface LongPendingCase extends CaseBase {
  kind: "reached" | "approaching";
  months: number;
  /** The day the rung was (reached) or will be (approaching) crossed. */
  milestoneOn: string;
  /** approaching: days until the rung. */
  daysUntil: number | null;
  naturalDays: number | null;
}

export interface ConcealedFinding extends CaseBase {
  facts: Record<string, AlertFactValue>;
}

export interface BulletinData {
  court: { code: string; name: string };
  /**
   * The courts (法院代字) whose cases the bulletin counts — every figure, 本月新发现 and last month's
   * counts alike: the chosen court, else the courts the reader sees; absent: the whole database (a
   * one-court installation). A division's version counts within the same courts.
   */
  courts?: readonly string[];
  /** YYYY-MM */
  month: string;
  from: string;
  to: string;
  /** The date the figures are computed for: the month's last day, or today within the month. */
  asOf: string;
  previous: { month: string; asOf: string };
  /**
   * 本月新发现: the stored findings first found within the month and not resolved since, by
   * family (time-limit, long-pending, concealed-overrun) — the count the alert lists show with
   * their 本期新发现 filter for the same days.
   */
  newlyFound: { total: number; byFamily: Record<string, number> };
  /**
   * 督办: the 督办单 issued, answered, gone overdue (escalated) and closed (销号) within the month,
   * by division. The bulletin has a 督办 section only when the month has any.
   */
  orders: OrderTally;
  /** The day the bulletin was produced. */
  generatedOn: string;
  /** Every division seen in either month or in the indicators, sorted. */
  divisions: string[];
  thisMonth: Tally;
  lastMonth: Tally;
  /** This month's pending cases by 审限 tier (one row a case). */
  timeLimit: TimeLimitCase[];
  /** This month's long-pending rungs and approaching rungs (a case may have one of each). */
  longPending: LongPendingCase[];
  /** This month's concealed-overrun findings. */
  concealed: ConcealedFinding[];
  /** The cases with the most serious concealed-overrun findings (at most 10). */
  topConcealed: { caseNumber: string; division: string; judge: string; findings: ConcealedFinding[] }[];
  indicators: {
    ids: string[];
    catalogueVersion: string;
    /** The whole court's figures (in a division's version: the division's). */
    court: Record<string, Figure>;
    byDivision: { division: string; figures: Record<string, Figure> }[];
  };
  /**
   * The division this version is for (a 庭长's: its counts, cases and figures only, scope.ts);
   * absent for the whole court's.
   */
  division?: string;
}

/** Whom the figures cover, as the text names them: 全院, or the division of a division's version. */
export function unitOf(data: Pick<BulletinData, "division">): string {
  return data.division ?? "全院";
}

/** Who the bulletin is about in its titles: the court, followed by the division for its version. */
export function issuerOf(data: Pick<BulletinData, "court" | "division">): string {
  return data.division ? `${data.court.name}${data.division}` : data.court.name;
}

export const NO_DIVISION = "（未填部门）";
export const NO_JUDGE = "（未填承办人）";

export function countOf(c: Counts | undefined, keys: readonly string[]): number {
  if (!c) return 0;
  let n = 0;
  for (const k of keys) n += c[k] ?? 0;
  return n;
}
