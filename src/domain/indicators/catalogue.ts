/**
 * The indicator catalogue (质效指标目录): every indicator is data — its id, Chinese name, group
 * (入口/过程/出口), SPC dimension (质量/效率/效果), unit, direction or reference range, numerator and
 * denominator as predicates over case_facts, scope, and the source of its definition. The counting
 * rules (口径) are written out in docs/indicators.md.
 *
 * Users read name, definition, scope, source, reference.source and spc.name (/api/meta, the
 * screens, the xlsx 口径 sheet): Chinese, citing law or saying in Chinese whose practice a figure
 * is (national SPC system, a named local court, international practice). The research notes behind
 * each entry — reference/indicators.md as "ref §", issue #4's core definitions, the evidence marks
 * [C] confirmed, [L] local only, [I] inferred — are in the comment beside it
 * (src/domain/user-text.test.ts checks the texts).
 */
import { type FactField, P, type Pred } from "./predicate.js";

export type IndicatorGroup = "入口" | "过程" | "出口";
export type IndicatorDimension = "质量" | "效率" | "效果";
/** 比: a plain ratio of two counts (案-件比 1.25; 改判 ÷ 发回重审), shown with two decimals. */
export type IndicatorUnit = "件" | "%" | "天" | "元" | "比";

/** What is counted or summed. */
export type Measure = { count: Pred } | { sum: FactField; where: Pred };

export type IndicatorKind =
  /** value = numerator (a count) */
  | "count"
  /** value = numerator / denominator (a share; unit %) */
  | "ratio"
  /** value = sum / count (unit 天 or 元) */
  | "mean"
  /** value = the median / 90th percentile of `sumField` over the denominator's cases */
  | "median"
  | "p90"
  /** value = (to − from + 1) × numerator / denominator (CEPEJ disposition time, days) */
  | "period-days";

export interface ReferenceRange {
  /** Lowest acceptable value (a share as a fraction, days as days). */
  min?: number;
  max?: number;
  /** Where the figure comes from, in Chinese, shown to users; local practice is marked as such. */
  source: string;
}

export interface IndicatorDef {
  id: string;
  name: string;
  group: IndicatorGroup;
  dimension: IndicatorDimension;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  numerator: Measure;
  denominator?: Measure;
  /** For median/p90: the field whose distribution is taken. */
  valueField?: FactField;
  direction: "higher" | "lower" | "neutral";
  reference?: ReferenceRange;
  /** Which cases, in words (Chinese). */
  scope: string;
  /** The counting rule (口径), in words (Chinese). */
  definition: string;
  /**
   * Where the definition comes from, in Chinese, shown to users: the SPC system, a law, a named local
   * court's practice or international practice (research notes go in a comment beside the entry).
   */
  source: string;
  /** Dates between which the indicator is part of the SPC system (informational). */
  spc?: { since?: string; until?: string; name?: string };
}

const closed = P.closed;
const civilFirst = P.eq("type_code", "民初");
const firstInstance = P.isTrue("first_instance");
const enforcementFirst = P.eq("type_code", "执");
const closedCivilFirst = P.and(closed, civilFirst);
const closedFirstInstance = P.and(closed, firstInstance);
const closedWithLimit = P.and(closed, P.isTrue("has_limit"));
const onTime: Pred = { fieldLe: ["closed_day", "deadline_day"] };

export const INDICATORS: IndicatorDef[] = [
  // ── 入口 intake ─────────────────────────────────────────────────────────────
  {
    id: "filed",
    name: "新收案件数",
    group: "入口",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.filed },
    direction: "neutral",
    scope: "全部案件",
    definition: "立案日期在统计期间内（含首尾两日）的案件数。",
    // ref §7 item 1; issue #4 core definitions.
    source: "司法统计通用口径（新收案件按立案日期统计）",
  },
  {
    id: "filed_enterprise",
    name: "涉企新收案件数",
    group: "入口",
    dimension: "效果",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.filed, P.isTrue("enterprise")) },
    direction: "neutral",
    scope: "涉企 = 是 的案件",
    definition: "立案日期在统计期间内、当事人一方为企业（涉企 = 是）的案件数，供营商环境评价使用。",
    source: "营商环境评价涉企案件统计（本院口径）",
  },
  // 六源治理 (the plan's 一·一): counts of the sources that have data. The 访源 and 诉前调解 type codes
  // come from the 2016 case-type table (法〔2015〕137号) and observed 诉前调 numbers.
  {
    id: "pre_filing_mediation_filed",
    name: "诉前调解案件数",
    group: "入口",
    dimension: "效果",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.filed, P.eq("type_code", "民诉前调")) },
    direction: "neutral",
    scope: "类型代字为“民诉前调”的案件",
    definition:
      "立案（登记）日期在统计期间内、类型代字为“民诉前调”的诉前调解案件数；导入数据不含诉前调解案件时为 0。",
    source: "人民法院案件类型代字（诉前调解案件以“民诉前调”编号）；本院六源治理统计口径",
  },
  {
    id: "derived_filed",
    name: "派生案件数",
    group: "入口",
    dimension: "效果",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.filed, P.eq("chain_root", 0)) },
    direction: "lower",
    scope: "原审案号指向本院数据中另一案件的案件",
    definition:
      "立案日期在统计期间内、原审案号指向本院数据中另一案件的案件数（同一纠纷在本院派生的执行、执行异议、再审等案件）；原审案件不在本院数据中的案件不计入。",
    source: "最高人民法院审判质量管理指标体系（案-件比）中“件”的派生部分；本院六源治理统计口径",
  },
  {
    id: "enforcement_first_filed",
    name: "首次执行案件新收数",
    group: "入口",
    dimension: "效果",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.filed, enforcementFirst) },
    direction: "neutral",
    scope: "类型代字为“执”的首次执行案件",
    definition: "立案日期在统计期间内的首次执行案件（执）数。",
    source: "司法统计通用口径（首次执行案件按立案日期统计）",
  },
  {
    id: "petition_review_filed",
    name: "申诉、申请再审审查案件数",
    group: "入口",
    dimension: "质量",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.filed, P.eq("instance", "retrial-review")) },
    direction: "lower",
    scope: "再审审查类案件（民申、民监、民抗、刑申、刑监、刑抗、行申、行监、行抗等）",
    definition:
      "立案日期在统计期间内的申诉、申请再审审查、依职权再审审查和抗诉再审审查案件数（类型代字属再审审查类）；可按类型代字分列。",
    source: "人民法院案件类型代字（再审审查类案件）；本院六源治理统计口径（访源）",
  },
  {
    id: "pending_start",
    name: "旧存案件数",
    group: "入口",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.pendingStart },
    direction: "lower",
    scope: "全部案件",
    definition: "立案日期早于统计期间首日，且在首日之前未结案（结案日期为空或不早于首日）的案件数。",
    // ref §2.1 (旧存); issue #4 core definitions.
    source: "司法统计通用口径（旧存案件即期初未结案件）",
  },
  // ── 过程 process / efficiency ─────────────────────────────────────────────
  {
    id: "closed",
    name: "结案数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: closed },
    direction: "neutral",
    scope: "全部案件",
    definition: "结案日期在统计期间内（含首尾两日）的案件数。",
    // issue #4 core definitions; SPC 2000 art. 10 (reference/deadlines.md §2.4).
    source:
      "司法统计通用口径（结案案件按结案日期统计；结案时间见最高人民法院《关于严格执行案件审理期限制度的若干规定》（法释〔2000〕29号）第十条）",
  },
  {
    id: "pending_end",
    name: "未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.pendingEnd },
    direction: "lower",
    scope: "全部案件",
    definition: "立案日期不晚于统计期间末日，且在末日及以前未结案的案件数（期末未结 = 旧存 + 新收 − 结案）。",
    // ref §7 item 8; issue #4 core definitions.
    source: "司法统计通用口径（期末未结 = 旧存 + 新收 − 结案）",
  },
  {
    id: "clearance_rate",
    name: "结收比",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: closed },
    denominator: { count: P.filed },
    direction: "higher",
    reference: {
      min: 0.95,
      source:
        "国际通行的法院绩效指标（美国州法院中心 CourTools 第 2 项：结收比达到 100% 即消化了当期新收）；本院以 95% 为警戒线；最高人民法院2023年起不再以年度收结比作为考核指标",
    },
    scope: "全部案件",
    definition: "结案数 ÷ 新收案件数。新收为零时不计算。",
    // ref §2.1 (结收比 [C]), §5.1 (NCSC CourTools M2), §5.3 (CEPEJ Clearance Rate); issue #4.
    source:
      "法院常用质效指标（结收比）；与国际通行的法院绩效指标相当（美国州法院中心 CourTools 第 2 项、欧洲委员会司法效率委员会的结案率）",
  },
  {
    id: "disposition_rate",
    name: "结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: closed },
    denominator: { count: P.or(P.pendingStart, P.filed) },
    direction: "higher",
    scope: "全部案件",
    definition: "结案数 ÷（旧存案件数 + 新收案件数）。",
    // ref §2.1 (zb003001, a public court KPI dashboard [C]); ref §1 (SPC 2023-10: no annual 结案率 targets); issue #4.
    source: "法院常用质效指标（结案率）；最高人民法院2023年起不再以年度结案率作为考核指标",
  },
  {
    id: "disposition_time",
    name: "预计消化天数",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "period-days",
    numerator: { count: P.pendingEnd },
    denominator: { count: closed },
    direction: "lower",
    scope: "全部案件",
    definition: "（统计期间天数）× 期末未结案件数 ÷ 结案数；按年统计时即 365 × 期末未结 ÷ 年结案数。",
    // ref §5.3 (CEPEJ Disposition Time; "no official Chinese equivalent — use DT as a derived indicator"); issue #4.
    source:
      "国际通行的法院绩效指标（欧洲委员会司法效率委员会的“处置时间”：365 × 期末未结案件数 ÷ 年结案数）；国内尚无对应的官方指标",
  },
  {
    id: "avg_duration_days",
    name: "平均审理天数",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "mean",
    numerator: { sum: "duration_days", where: closed },
    denominator: { count: closed },
    direction: "lower",
    scope: "统计期间内结案的案件",
    definition: "结案案件（结案日期 − 立案日期）天数之和 ÷ 结案数；不扣除审限扣除期间（自然天数）。",
    // ref §2.2 (平均审理天数 / 平均结案时间 [C]); issue #4.
    source: "法院常用质效指标（平均审理天数；最高人民法院发布的审判质效数据中的平均结案时间）",
  },
  {
    id: "median_duration_days",
    name: "审理天数中位数",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "median",
    valueField: "duration_days",
    numerator: { count: closed },
    denominator: { count: closed },
    direction: "lower",
    scope: "统计期间内结案的案件",
    definition: "结案案件（结案日期 − 立案日期）天数的中位数（偶数件取中间两数的平均）。",
    // ref §2.2 ("report also median & P90"); issue #4.
    source: "本院补充的分布指标（与平均审理天数配合阅读，不受个别长期案件影响）",
  },
  {
    id: "p90_duration_days",
    name: "审理天数第90百分位",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "p90",
    valueField: "duration_days",
    numerator: { count: closed },
    denominator: { count: closed },
    direction: "lower",
    scope: "统计期间内结案的案件",
    definition: "结案案件审理天数从小到大排列，取第（结案数 × 0.9，向上取整）件的天数（最近秩法）。",
    // ref §2.2, §7 item 12 (median and P90).
    source: "本院补充的分布指标（反映审理用时最长的一成案件）",
  },
  {
    id: "on_time_rate",
    name: "法定审限内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedWithLimit, onTime) },
    denominator: { count: closedWithLimit },
    direction: "higher",
    reference: { min: 0.95, source: "本院目标；最高人民法院指出追求 100% 的审限内结案率违背司法规律" },
    scope: "统计期间内结案、有法定审限的案件",
    definition:
      "结案日期不晚于审限届满日（审限已计入经批准的延长和依法不计入审限的期间）的案件数 ÷ 有法定审限的结案数。",
    // ref §2.2 (zb003002 [C]), §1.1 (审限内结案率 in the 2024 system [C]); issue #4.
    source:
      "最高人民法院审判质量管理指标体系（审限内结案率）；法院常用质效指标（法定审限内结案率）；审限按各诉讼法和最高人民法院《关于严格执行案件审理期限制度的若干规定》（法释〔2000〕29号）计算",
    spc: { since: "2023-07-01", name: "审限内结案率" },
  },
  {
    id: "normal_on_time_rate",
    name: "正常审限内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedWithLimit, onTime, P.eq("extension_count", 0)) },
    denominator: { count: closedWithLimit },
    direction: "higher",
    scope: "统计期间内结案、有法定审限的案件",
    definition: "未经延长审限且在审限内结案的案件数 ÷ 有法定审限的结案数。",
    // ref §2.2, §7 item 11 (南乐 2013 [L]: nlxfy.hncourt.gov.cn).
    source: "地方法院考核实践（河南省南乐县人民法院2013年考核办法：正常审限内结案率）",
  },
  {
    id: "closed_within_30d_rate",
    name: "30天内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, { durationAtMost: 30 }) },
    denominator: { count: closed },
    direction: "higher",
    scope: "统计期间内结案的案件",
    definition: "审理天数（结案日期 − 立案日期）不超过 30 天的结案数 ÷ 结案数。",
    // ref §7 item 13 (CourTools M3 / Model Time Standards).
    source: "国际通行的法院绩效指标（美国州法院中心 CourTools 第 3 项：在规定时间内结案的比例）",
  },
  {
    id: "closed_within_90d_rate",
    name: "90天内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, { durationAtMost: 90 }) },
    denominator: { count: closed },
    direction: "higher",
    scope: "统计期间内结案的案件",
    definition: "审理天数不超过 90 天的结案数 ÷ 结案数。",
    // ref §7 item 13.
    source: "国际通行的法院绩效指标（美国州法院中心 CourTools 第 3 项：在规定时间内结案的比例）",
  },
  {
    id: "closed_within_180d_rate",
    name: "180天内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, { durationAtMost: 180 }) },
    denominator: { count: closed },
    direction: "higher",
    reference: {
      min: 0.75,
      source: "国际通行的审理时间标准（美国《州初审法院示范时间标准》：一般民事案件 75% 在 180 天内结案）",
    },
    scope: "统计期间内结案的案件",
    definition: "审理天数不超过 180 天的结案数 ÷ 结案数。",
    // ref §5.2 (Model Time Standards), §7 item 13.
    source: "国际通行的法院绩效指标（美国州法院中心 CourTools 第 3 项：在规定时间内结案的比例）",
  },
  {
    id: "closed_within_365d_rate",
    name: "一年内结案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, { durationAtMost: 365 }) },
    denominator: { count: closed },
    direction: "higher",
    reference: {
      min: 0.9,
      source: "国际通行的审理时间标准（美国《州初审法院示范时间标准》：一般民事案件 90% 在 365 天内结案）",
    },
    scope: "统计期间内结案的案件",
    definition: "审理天数不超过 365 天的结案数 ÷ 结案数。",
    // ref §5.2 (Model Time Standards), §7 item 13.
    source: "国际通行的法院绩效指标（美国州法院中心 CourTools 第 3 项：在规定时间内结案的比例）",
  },
  {
    id: "overdue_pending",
    name: "超审限未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.pendingEnd, { overdueAtEnd: true }) },
    direction: "lower",
    reference: { max: 0, source: "目标为 0（地方法院考核实践，河南省南乐县人民法院2013年考核办法）" },
    scope: "期末未结案件",
    definition: "期末未结、且按截至统计期间末日已知的延长、扣除、中止计算的审限届满日早于末日的案件数。",
    // ref §7 item 17; issue #4.
    source: "法院常用质效指标（超审限未结案件数）",
  },
  {
    id: "overdue_pending_ratio",
    name: "超审限未结案件比",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(P.pendingEnd, { overdueAtEnd: true }) },
    denominator: { count: P.pendingEnd },
    direction: "lower",
    scope: "期末未结案件",
    definition: "超审限未结案件数 ÷ 期末未结案件数。",
    // ref §2.2 (超审限未结比, 南乐 2013 [L]).
    source: "地方法院考核实践（河南省南乐县人民法院2013年考核办法：超审限未结比）",
  },
  {
    id: "long_pending_12m",
    name: "超12个月未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.pendingEnd, { olderAtEnd: 12 }) },
    direction: "lower",
    scope: "期末未结案件",
    definition:
      "期末未结、且立案日期加 12 个月（按月计算，对应日或月末日）早于统计期间末日的案件数；自然天数，不扣除任何期间。",
    // ref §2.2 (SPC 一年以上未结 [C]), §1.1; issue #4.
    source:
      "最高人民法院审判质量管理指标体系（超12个月未结案件）；最高人民法院2021年专项清理一年以上未结案件",
    spc: { since: "2023-07-01", name: "超12个月未结案件数" },
  },
  {
    id: "long_pending_12m_ratio",
    name: "超12个月未结案件比",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(P.pendingEnd, { olderAtEnd: 12 }) },
    denominator: { count: P.or(P.pendingStart, P.filed) },
    direction: "lower",
    reference: {
      max: 0.00109 * 2,
      source: "全国法院2023年末为 0.109%（最高人民法院发布的数据）；本院以其两倍为警戒线",
    },
    scope: "同期受理案件（旧存 + 新收）",
    definition:
      "超12个月未结案件数 ÷ 同期受理案件数（旧存 + 新收）。最高人民法院未公布该指标的分母，此处按同期受理案件数推定。",
    // ref §1.1 (name and the 0.109 % national value [C]), §2.2 (denominator [I]).
    source: "最高人民法院审判质量管理指标体系（超12个月未结案件比）",
    spc: { since: "2023-07-01", name: "超12个月未结案件比" },
  },
  {
    id: "long_pending_18m",
    name: "超18个月未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.pendingEnd, { olderAtEnd: 18 }) },
    direction: "lower",
    scope: "期末未结案件",
    definition: "期末未结、且立案日期加 18 个月早于统计期间末日的案件数。",
    // ref §2.2 (安徽 2023 一年半 [L]: ahcaw.com); issue #4.
    source: "地方法院实践（安徽省法院2023年将立案超过一年半尚未审结的案件列入重点清理）",
  },
  {
    id: "long_pending_24m",
    name: "超24个月未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.pendingEnd, { olderAtEnd: 24 }) },
    direction: "lower",
    scope: "期末未结案件",
    definition: "期末未结、且立案日期加 24 个月早于统计期间末日的案件数。",
    // ref §2.2 (SPC 2025 两年以上未结 [C]); issue #4.
    source: "最高人民法院发布的审判质效数据（两年以上未结诉讼案件）",
  },
  {
    id: "long_pending_36m",
    name: "超36个月未结案件数",
    group: "过程",
    dimension: "效率",
    unit: "件",
    kind: "count",
    numerator: { count: P.and(P.pendingEnd, { olderAtEnd: 36 }) },
    direction: "lower",
    reference: { max: 0, source: "目标为 0（最高人民法院专项清理三年以上未结案件）" },
    scope: "期末未结案件",
    definition: "期末未结、且立案日期加 36 个月早于统计期间末日的案件数。",
    // ref §2.2, §6.1 (SPC 2023: 422 cases over 3 years nationally [C]); issue #4.
    source: "最高人民法院发布的审判质效数据（三年以上未结诉讼案件）",
  },
  {
    id: "extension_rate",
    name: "延长审限率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedWithLimit, P.gt("extension_count", 0)) },
    denominator: { count: closedWithLimit },
    direction: "lower",
    reference: {
      max: 0.1,
      source: "地方法院考核实践（河南省南乐县人民法院2013年考核办法：延长审限结案比不超过 10%）",
    },
    scope: "统计期间内结案、有法定审限的案件",
    definition: "经批准延长审限的结案数 ÷ 有法定审限的结案数。",
    // ref §2.2 (南乐 2013 [L]; removed from the SPC system 2024-09 [C]); issue #4.
    source: "法院常用质效指标（延长审限率）；最高人民法院审判质量管理指标体系2024年9月修订时删除",
    spc: { since: "2023-07-01", until: "2024-09-30", name: "延长审限率（2024年9月修订删除）" },
  },
  {
    id: "exclusion_rate",
    name: "扣除（中止）审限率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedWithLimit, P.gt("excluded_days", 0)) },
    denominator: { count: closedWithLimit },
    direction: "lower",
    scope: "统计期间内结案、有法定审限的案件",
    definition: "有扣除审限或中止诉讼期间的结案数 ÷ 有法定审限的结案数。",
    // ref §2.2 (dtfy 2012 [L] ledger of 四项未结; formula [I]), §7 item 19.
    source: "地方法院审判管理实践（审限变更台账：延长、中止、中断、扣除）；计算方法为本院设定",
  },
  // 隐形超审限 as figures: the two findings that fire on one case in eight are read here as shares,
  // with their case lists; the per-case warnings keep only the abnormal cases (docs/alerts.md).
  {
    id: "natural_over_limit_rate",
    name: "自然审理期间超法定审限率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(closedWithLimit, P.not({ fieldLe: ["closed_day", "base_end_day"] })),
    },
    denominator: { count: closedWithLimit },
    direction: "lower",
    scope: "统计期间内结案、有法定审限的案件",
    definition:
      "立案至结案的自然天数超过法定审限（立案日加法定期间，不含延长、扣除、中止和重新计算）的结案数 ÷ 有法定审限的结案数。其中形式上在审限内结案的，属隐形超审限。",
    // ref §4.2 (the definition of 隐形超审限: real duration over the limit, formally on time), §4.4.
    source: "隐形超审限的认定：以案件真实审理期间与法定审限相比较（法院审判管理实践）",
  },
  {
    id: "excluded_days_share",
    name: "扣除审限天数占比",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { sum: "excluded_days", where: closedWithLimit },
    denominator: { sum: "natural_days", where: closedWithLimit },
    direction: "lower",
    scope: "统计期间内结案、有法定审限的案件",
    definition: "结案案件的扣除审限和中止诉讼天数之和 ÷ 这些案件自然审理天数之和。",
    // ref §3.2 (periods that should not be deducted), §4.3 (不当扣除审限).
    source:
      "不计入审限的期间以法定事由为限（《最高人民法院关于严格执行案件审理期限制度的若干规定》（法释〔2000〕29号）第九条；《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条）；占比偏高提示核查扣除是否有客观事由",
  },
  {
    id: "simple_procedure_rate",
    name: "简易程序适用率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedCivilFirst, P.in("procedure", ["简易程序", "小额诉讼程序"])) },
    denominator: { count: closedCivilFirst },
    direction: "higher",
    reference: {
      min: 0.85,
      source:
        "地方法院实践（河南济源法院以 90% 为目标，平顶山市卫东区人民法院为 89.32%）；本院以 85% 为警戒线",
    },
    scope: "统计期间内结案的民事一审（民初）案件",
    definition: "审理程序（转换后）为简易程序或小额诉讼程序的民初结案数 ÷ 民初结案数。",
    // ref §2.2 ([L] values 87.84–95.8 %), §7 item 20; issue #4.
    source: "法院常用质效指标（简易程序适用率，含小额诉讼程序）",
  },
  {
    id: "small_claims_rate",
    name: "小额诉讼程序适用率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedCivilFirst, P.eq("procedure", "小额诉讼程序")) },
    denominator: { count: closedCivilFirst },
    direction: "higher",
    scope: "统计期间内结案的民初案件",
    definition: "审理程序（转换后）为小额诉讼程序的民初结案数 ÷ 民初结案数。",
    // ref §2.2 ([L] 平顶山卫东, 济源, 武汉), §7 item 21; issue #4.
    source: "法院常用质效指标（小额诉讼程序适用率）",
  },
  {
    id: "fast_track_rate",
    name: "民事速裁分流率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedCivilFirst, { durationAtMost: 20 }) },
    denominator: { count: closedCivilFirst },
    direction: "higher",
    scope: "统计期间内结案的民初案件",
    definition:
      "审理天数不超过 20 天的民初结案数 ÷ 民初结案数（参照山东省东营市法院的做法，以结案用时衡量速裁分流）。",
    // ref §2.2, §6.4 (东营 2019 [L]: chinacourt.org), §7 item 5.
    source: "地方法院实践（山东省东营市法院2019年以15天、20天内结案统计民事速裁）",
  },
  // 繁简分流 (issue 19 §1): the fast track as the court records it — cases that started under 小额诉讼
  // or as 速裁 (简易 in the 速裁 team), their durations while they stayed, the share sent back, and
  // 小额诉讼 among the cases that met its conditions (not among all cases: that is small_claims_rate).
  {
    id: "triage_fast_track_share",
    name: "速裁快审分流率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(P.filed, civilFirst, P.in("fast_track", [1, 2])) },
    denominator: { count: P.and(P.filed, civilFirst) },
    direction: "higher",
    scope: "统计期间内新收的民初案件",
    definition:
      "立案时即进入速裁快审的民初新收案件数 ÷ 民初新收案件数。进入速裁快审：立案时适用小额诉讼程序，或立案时由速裁部门（繁简分流设置中的速裁部门，默认“速裁团队”）适用简易程序审理；立案时的承办部门以第一次“变更承办部门”记录的原部门为准。按部门统计时以案件现承办部门归属。",
    source:
      "《最高人民法院关于进一步推进案件繁简分流优化司法资源配置的若干意见》（法发〔2016〕21号）；本院《民事速裁案件适用工作的规定》（本院口径）",
  },
  {
    id: "triage_fast_track_avg_days",
    name: "速裁快审平均审理天数",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "mean",
    numerator: {
      sum: "duration_days",
      where: P.and(closedCivilFirst, P.in("fast_track", [1, 2]), P.eq("transferred_back", 0)),
    },
    denominator: { count: P.and(closedCivilFirst, P.in("fast_track", [1, 2]), P.eq("transferred_back", 0)) },
    direction: "lower",
    scope: "统计期间内结案、立案时进入速裁快审且未退出的民初案件",
    definition:
      "立案时进入速裁快审（小额诉讼程序，或速裁部门适用简易程序）、未经程序转换或移出速裁部门而结案的民初案件，（结案日期 − 立案日期）天数之和 ÷ 其结案数；自然天数，不扣除审限扣除期间。",
    source: "本院《民事速裁案件适用工作的规定》（本院口径，速裁案件审理周期）",
  },
  {
    id: "triage_fast_track_median_days",
    name: "速裁快审审理天数中位数",
    group: "过程",
    dimension: "效率",
    unit: "天",
    kind: "median",
    valueField: "duration_days",
    numerator: { count: P.and(closedCivilFirst, P.in("fast_track", [1, 2]), P.eq("transferred_back", 0)) },
    denominator: { count: P.and(closedCivilFirst, P.in("fast_track", [1, 2]), P.eq("transferred_back", 0)) },
    direction: "lower",
    scope: "统计期间内结案、立案时进入速裁快审且未退出的民初案件",
    definition:
      "同速裁快审平均审理天数的案件范围，（结案日期 − 立案日期）天数的中位数（偶数件取中间两数的平均）。",
    source: "本院《民事速裁案件适用工作的规定》（本院口径，与平均审理天数配合阅读）",
  },
  {
    id: "triage_transfer_back_rate",
    name: "速裁快审退案率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(P.filed, civilFirst, P.in("fast_track", [1, 2]), P.isTrue("transferred_back")),
    },
    denominator: { count: P.and(P.filed, civilFirst, P.in("fast_track", [1, 2])) },
    direction: "lower",
    scope: "统计期间内新收、立案时进入速裁快审的民初案件",
    definition:
      "其中截至数据日期已退出速裁快审的案件数 ÷ 立案时进入速裁快审的民初新收案件数。退出：程序转换（由小额诉讼程序转出，《中华人民共和国民事诉讼法》第一百六十九条；由简易程序转为普通程序，第一百七十条），或变更承办部门移出速裁部门。",
    source:
      "本院《繁简分流退案流转工作细则》（本院口径）；《中华人民共和国民事诉讼法》第一百六十九条、第一百七十条",
  },
  {
    id: "triage_small_claims_eligible_rate",
    name: "符合条件案件小额诉讼适用率",
    group: "过程",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(closedCivilFirst, P.isTrue("small_claims_eligible"), P.eq("procedure", "小额诉讼程序")),
    },
    denominator: { count: P.and(closedCivilFirst, P.isTrue("small_claims_eligible")) },
    direction: "higher",
    scope: "统计期间内结案、符合小额诉讼适用条件的民初案件",
    definition:
      "符合小额诉讼适用条件且以小额诉讼程序（转换后）结案的民初案件数 ÷ 符合条件的民初结案数。符合条件：金钱给付案由，标的额不超过上年度就业人员年平均工资的50%（或双方约定适用时不超过2倍），且无第一百六十六条排除情形（人身关系、财产确权、涉外、需评估鉴定、一方下落不明、反诉），按繁简分流设置和数据日期时的案件记录判断。与“小额诉讼程序适用率”（以全部民初结案为分母）不同。",
    source: "《中华人民共和国民事诉讼法》第一百六十五条、第一百六十六条；本院口径（以符合条件的案件为分母）",
  },
  // ── 出口 output / quality & effect ─────────────────────────────────────────
  {
    id: "mediation_rate",
    name: "调解率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedCivilFirst, P.eq("closure_mode", "调解")) },
    denominator: { count: closedCivilFirst },
    direction: "higher",
    reference: { min: 0.27, source: "地方法院考核实践（河南省基层法院考核办法：调解率目标 27%）" },
    scope: "统计期间内结案的民初案件",
    definition: "结案方式为调解的民初结案数 ÷ 民初结案数。",
    // ref §1.2 (CQAS 效果: 调解率 [C]), §2.4; issue #4.
    source: "最高人民法院案件质量评估体系效果指标（调解率）",
  },
  {
    id: "withdrawal_rate",
    name: "撤诉率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedCivilFirst, P.in("closure_mode", ["撤诉", "按撤诉处理"])) },
    denominator: { count: closedCivilFirst },
    direction: "neutral",
    scope: "统计期间内结案的民初案件",
    definition: "结案方式为撤诉或按撤诉处理的民初结案数 ÷ 民初结案数（注意撤后再诉，见隐形超审限提示）。",
    // ref §1.2 (CQAS 效果: 撤诉率 [C]), §2.4; issue #4.
    source: "最高人民法院案件质量评估体系效果指标（撤诉率）",
  },
  {
    id: "mediation_withdrawal_rate",
    name: "调撤率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(closedCivilFirst, P.in("closure_mode", ["调解", "和解", "撤诉", "按撤诉处理"])),
    },
    denominator: { count: closedCivilFirst },
    direction: "higher",
    scope: "统计期间内结案的民初案件",
    definition: "结案方式为调解、和解、撤诉、按撤诉处理的民初结案数 ÷ 民初结案数。",
    // ref §2.4 (zb004001, a public court KPI dashboard [C]).
    source: "法院常用质效指标（调撤率）",
  },
  {
    id: "appeal_rate",
    name: "上诉率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.isTrue("appealed")) },
    denominator: { count: closedFirstInstance },
    direction: "lower",
    scope: "统计期间内结案的一审案件（民初、刑初、行初）",
    definition: "当事人提出上诉（上诉 = 是）的一审结案数 ÷ 一审结案数。",
    // ref §1.2 (CQAS 效果: 上诉率 [C]), §2.4; issue #4.
    source: "最高人民法院案件质量评估体系效果指标（上诉率）",
  },
  {
    id: "acceptance_rate",
    name: "一审服判息诉率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.not(P.isTrue("appealed"))) },
    denominator: { count: closedFirstInstance },
    direction: "higher",
    reference: { min: 0.85, source: "地方法院考核实践（河南省基层法院考核办法：85% 以上得满分）" },
    scope: "统计期间内结案的一审案件（民初、刑初、行初）",
    definition: "1 − 上诉率：未上诉的一审结案数 ÷ 一审结案数（简单口径）。",
    // ref §1.2, §2.4 (zb004002, 汪清 [C]/[L]); issue #4.
    source: "最高人民法院案件质量评估体系效果指标（一审服判息诉率，按简单口径计算）",
  },
  {
    id: "reversal_remand_rate",
    name: "一审改判发回重审率",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.in("appeal_outcome", ["改判", "发回重审"])) },
    denominator: { count: closedFirstInstance },
    direction: "lower",
    reference: { max: 0.02, source: "地方法院实践（吉林汪清法院2019年为 2.15%）；本院以 2% 为警戒线" },
    scope: "统计期间内结案的一审案件（民初、刑初、行初）",
    definition: "二审结果为改判或发回重审的一审结案数 ÷ 一审结案数（按一审结案期间归属）。",
    // ref §1.2, §2.3 ([L] 汪清 2019); issue #4.
    source:
      "法院常用质效指标（一审判决案件改判发回重审率）；最高人民法院案件质量评估体系公正指标（一审上诉改判率、一审上诉发回重审率）",
    spc: {
      until: "2024-09-30",
      name: "一审裁判被改判率、被发回重审率（2024年9月合并为二审改判—发回重审比）",
    },
  },
  {
    id: "reversal_rate",
    name: "一审被改判率",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.eq("appeal_outcome", "改判")) },
    denominator: { count: closedFirstInstance },
    direction: "lower",
    scope: "统计期间内结案的一审案件",
    definition: "二审结果为改判的一审结案数 ÷ 一审结案数。",
    // ref §1.1 (merged 2024-09 [C]), §2.3.
    source: "最高人民法院审判质量管理指标体系原有指标（一审裁判被改判率，2024年9月并入二审改判—发回重审比）",
  },
  {
    id: "remand_rate",
    name: "一审被发回重审率",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.eq("appeal_outcome", "发回重审")) },
    denominator: { count: closedFirstInstance },
    direction: "lower",
    scope: "统计期间内结案的一审案件",
    definition: "二审结果为发回重审的一审结案数 ÷ 一审结案数。",
    // ref §1.1 (merged 2024-09 [C]), §2.3.
    source:
      "最高人民法院审判质量管理指标体系原有指标（一审裁判被发回重审率，2024年9月并入二审改判—发回重审比）",
  },
  {
    id: "appeal_reversal_remand_ratio",
    name: "二审改判—发回重审比",
    group: "出口",
    dimension: "质量",
    unit: "比",
    kind: "ratio",
    numerator: { count: P.and(closedFirstInstance, P.eq("appeal_outcome", "改判")) },
    denominator: { count: P.and(closedFirstInstance, P.eq("appeal_outcome", "发回重审")) },
    direction: "neutral",
    scope: "统计期间内结案、经二审改判或发回重审的一审案件（民初、刑初、行初）",
    definition:
      "本院一审案件中二审结果为改判的件数 ÷ 二审结果为发回重审的件数（按一审结案期间归属；发回重审为零时不计算）。比值越高，说明二审法院对可以改判的案件直接改判而非发回重审（“当改则改”）。一审案件被改判、发回重审的比例见一审改判发回重审率。最高人民法院未公布该指标的计算口径，此处为本院口径。",
    // ref §1 (2024-09: 一审裁判被改判率 + 被发回重审率 merged into 二审改判—发回重审比 [C]), §2.3
    // (formula most likely 改判 ÷ 发回 [I]: the merge aims at "当改则改"); the share of first-instance
    // cases reversed or remanded stays in reversal_remand_rate / reversal_rate / remand_rate (same
    // appeal_outcome values and period rule, so 改判 ÷ 发回 = reversal_rate ÷ remand_rate).
    source:
      "最高人民法院审判质量管理指标体系2024年9月修订（一审裁判被改判率与被发回重审率合并为二审改判—发回重审比）；计算方法为本院推定",
    spc: { since: "2024-10-01", name: "二审改判—发回重审比" },
  },
  {
    id: "case_proceedings_ratio",
    name: "案-件比",
    group: "出口",
    dimension: "效果",
    unit: "比",
    kind: "mean",
    numerator: { sum: "chain_cases", where: P.and(closed, P.isTrue("chain_root")) },
    denominator: { count: P.and(closed, P.isTrue("chain_root")) },
    direction: "lower",
    scope: "统计期间内结案的源头案件（本院数据中没有原审案件的案件）",
    definition:
      "件数 ÷ 案数。“案”是一个纠纷进入本院的源头案件：原审案号为空、或原审案号所指案件不在本院数据中的案件；“件”是该纠纷在本院经历的全部案件：源头案件本身，以及按原审案号逐级派生的二审、再审、执行、执行异议等案件。以统计期间内结案的源头案件为“案”，每案的件数计至数据日期（含期间结束后才立案的派生案件），取平均值。派生案件在其他法院的（如上级法院的二审），不在本院数据中，不计入件数；原审案件在其他法院的，本院案件自成一案。理想值趋近于 1。",
    // ref §1.1 (in the 2024 and 2024-09 systems [C]), §2.4 and §7 item 32 (件 ÷ 案, ideal → 1.0;
    // SPC counting rule [U]). Local rules (cohort by the root's closing date, our court's cases only,
    // unresolved origins as roots) are in docs/chains.md.
    source:
      "最高人民法院审判质量管理指标体系（案-件比）；最高人民法院未公布其计算口径，案与件的认定及统计期间为本院口径",
    spc: { since: "2024-01-01", name: "案-件比" },
  },
  {
    id: "judgment_enforcement_rate",
    name: "一审判决进入执行比",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(
        closedFirstInstance,
        P.eq("closure_mode", "判决"),
        P.or(P.isTrue("enforced_by_case"), P.isTrue("enforcement_applied")),
      ),
    },
    denominator: { count: P.and(closedFirstInstance, P.eq("closure_mode", "判决")) },
    direction: "lower",
    scope: "统计期间内以判决结案的一审案件（民初、刑初、行初）",
    definition:
      "判决进入执行的一审判决结案数 ÷ 一审判决结案数。进入执行：本院有首次执行（执）案件的原审案号指向该案，或该案登记申请执行 = 是（在其他法院申请执行的，以此登记为准）。计至数据日期。",
    // ref §2.4 (SPC 2024 reports 裁判申请执行率 [C]; formula [I]), §7 item 33 (自动履行率 is its
    // complement over 判决 and 调解); the link by 原审案号 is src/domain/chains.
    source:
      "最高人民法院发布的审判质效数据（裁判申请执行率）；以判决结案的一审案件计算、以执行案件的原审案号或申请执行登记认定为本院口径",
  },
  {
    id: "auto_performance_rate",
    name: "自动履行率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(closedCivilFirst, P.in("closure_mode", ["判决", "调解"]), P.eq("enforcement_applied", 0)),
    },
    denominator: {
      count: P.and(closedCivilFirst, P.in("closure_mode", ["判决", "调解"]), {
        field: "enforcement_applied",
        isNull: false,
      }),
    },
    direction: "higher",
    scope: "统计期间内以判决、调解结案且已登记是否申请执行的民初案件",
    definition:
      "未申请强制执行（申请执行 = 否）的判决、调解结案的民初案件数 ÷ 已登记申请执行情况的判决、调解结案民初案件数（= 1 − 裁判申请执行率）。",
    // ref §2.4 (CQAS 裁判主动履行率 name [C]; SPC 2024 裁判申请执行率 [C]), §7 item 33 (formula [I]).
    source:
      "最高人民法院案件质量评估体系效果指标（裁判主动履行率）；最高人民法院发布的裁判申请执行率（自动履行率 = 1 − 裁判申请执行率）；计算方法为本院推定",
  },
  {
    id: "archive_rate",
    name: "归档率",
    group: "出口",
    dimension: "质量",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, P.isTrue("archived")) },
    denominator: { count: closed },
    direction: "higher",
    scope: "统计期间内结案的案件",
    definition: "已填写归档日期的结案数 ÷ 结案数（电子卷宗归档完整性）。",
    // ref §7 optional companions (CourTools M6 adapted as 卷宗规范率 [I]).
    source:
      "本院补充的管理指标（参照国际通行的法院绩效指标：美国州法院中心 CourTools 第 6 项，案卷的可靠性与完整性）",
  },
  // ── 执行 enforcement ──────────────────────────────────────────────────────
  {
    id: "enforcement_completion_rate",
    name: "首次执行案件执行完毕率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, enforcementFirst, P.eq("closure_mode", "执行完毕")) },
    denominator: { count: P.and(closed, enforcementFirst) },
    direction: "higher",
    scope: "统计期间内结案的首次执行（执）案件",
    definition: "以执行完毕方式结案的首执案件数 ÷ 首执结案数。",
    // ref §2.5 (name [C], formula [I]), §7 item 35.
    source: "法院常用执行质效指标（首次执行案件执行完毕率）",
  },
  {
    id: "termination_rate",
    name: "终本率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { count: P.and(closed, enforcementFirst, P.eq("closure_mode", "终结本次执行程序")) },
    denominator: { count: P.and(closed, enforcementFirst) },
    direction: "lower",
    scope: "统计期间内结案的首次执行（执）案件",
    definition: "以终结本次执行程序方式结案的首执案件数 ÷ 首执结案数（须结合终本合格率阅读）。",
    // ref §2.5 (name [C], formula [I]), §7 item 35.
    source: "法院常用执行质效指标（终本率，须结合终本合格率阅读）",
  },
  {
    id: "enforcement_recovery_rate",
    name: "首次执行案件执行到位率",
    group: "出口",
    dimension: "效果",
    unit: "%",
    kind: "ratio",
    numerator: { sum: "recovered_amount_fen", where: P.and(closed, enforcementFirst) },
    denominator: { sum: "amount_fen", where: P.and(closed, enforcementFirst) },
    direction: "higher",
    scope: "统计期间内结案的首次执行（执）案件",
    definition: "首执结案案件实际执行到位金额之和 ÷ 申请执行标的金额之和。",
    // ref §1.1, §2.5 ([C]; SPC 2024 version likely 首执 only [I]), §7 item 34.
    source: "最高人民法院审判质量管理指标体系（执行到位率）；最高人民法院案件质量评估体系（执行标的到位率）",
    spc: { since: "2023-07-01", name: "执行到位率" },
  },
  {
    id: "enforcement_on_time_rate",
    name: "执行案件法定期限内执结率",
    group: "出口",
    dimension: "效率",
    unit: "%",
    kind: "ratio",
    numerator: {
      count: P.and(
        closed,
        enforcementFirst,
        P.in("closure_mode", ["执行完毕", "和解"]),
        P.isTrue("has_limit"),
        onTime,
      ),
    },
    denominator: { count: P.and(closed, enforcementFirst, P.in("closure_mode", ["执行完毕", "和解"])) },
    direction: "higher",
    reference: { min: 0.9, source: "基本解决执行难的评估标准（“三个90%”之一）" },
    scope: "统计期间内以执行完毕、和解结案的首次执行案件（近似“有财产可供执行案件”）",
    definition:
      "在法定执行期限（6 个月，扣除中止等期间）内执结的首执案件数 ÷ 以执行完毕、和解结案的首执案件数。",
    // ref §2.5 ([C] 三个90%), §7 item 36 (an approximation).
    source:
      "基本解决执行难的评估指标（有财产可供执行案件法定期限内实际执结率）；本院以执行完毕、和解结案的首次执行案件近似",
  },
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export function indicatorById(id: string): IndicatorDef | undefined {
  return BY_ID.get(id);
}

/** The core panel shown first on dashboards and in the CLI when no ids are given. */
export const CORE_INDICATOR_IDS = [
  "filed",
  "closed",
  "pending_start",
  "pending_end",
  "clearance_rate",
  "disposition_rate",
  "disposition_time",
  "avg_duration_days",
  "median_duration_days",
  "on_time_rate",
  "overdue_pending",
  "long_pending_12m",
  "long_pending_18m",
  "long_pending_24m",
  "long_pending_36m",
  "mediation_rate",
  "withdrawal_rate",
  "appeal_rate",
  "acceptance_rate",
  "reversal_remand_rate",
  "simple_procedure_rate",
  "small_claims_rate",
  "extension_rate",
];

/** The dashboard's division table and trend chart, by default (the server warms these). */
export const DASHBOARD_TABLE_IDS = [
  "filed",
  "closed",
  "pending_end",
  "clearance_rate",
  "disposition_rate",
  "on_time_rate",
  "avg_duration_days",
  "overdue_pending",
  "long_pending_12m",
  "mediation_rate",
  "appeal_rate",
  "reversal_remand_rate",
];
export const DASHBOARD_TREND_IDS = ["clearance_rate", "on_time_rate"];

/**
 * Catalogue versions (every note from ref §1). The SPC indicator system changed three times in 2023–24 (ref §1: 29 pilot
 * indicators in 2023 Q3, 28 in 2023 Q4, 26 from 2024-01, 18 from 2024-09). Its official lists and
 * ranges were not published; each version here records which of our indicators correspond to an
 * SPC indicator known by name in that period (IndicatorDef.spc) and is selected by date.
 */
export interface CatalogueVersion {
  id: string;
  name: string;
  effectiveFrom: string;
  effectiveTo?: string;
  note: string;
  /** The default panel while the version is in force (dashboards, the CLI); CORE_INDICATOR_IDS when absent. */
  coreIds?: readonly string[];
  /** Items of the SPC set known by name that the court's export cannot compute, with the data missing. */
  unsupported?: readonly UnsupportedSpcItem[];
}

/** An SPC indicator the platform cannot compute from the court's export (本院数据暂不支持). */
export interface UnsupportedSpcItem {
  /** Its name in the SPC system. */
  name: string;
  /** The data it needs that the export lacks, in Chinese. */
  missing: string;
}

/**
 * The 2024-09 SPC set (18 items; the official list was not published — ref §1.1 names those known):
 * the ones computable here carry `spc` marks in INDICATORS (审限内结案率, 超12个月未结案件比,
 * 执行到位率, 案-件比, 二审改判—发回重审比); these need data the export (shared/formats/case-import.md)
 * does not hold.
 */
export const SPC_2024_09_UNSUPPORTED: readonly UnsupportedSpcItem[] = [
  // ref §1 (2024-09 merge [C]), §2.3 (formula [I]): 再审 of effective judgments is decided by the
  // court that retries them, the export records no retrial outcome.
  {
    name: "再审改判—发回重审比",
    missing: "生效裁判经再审的结果（改判、发回重审）：导入数据无再审结果字段",
  },
  // ref §1.1 (二审开庭率, likely in the set [I]): a second-instance figure; no hearing data.
  { name: "二审开庭率", missing: "二审案件是否开庭审理：导入数据无开庭记录" },
  // ref §1.1 (上诉案件移送时间 [I]).
  {
    name: "上诉案件移送时间",
    missing: "上诉状提交日期、上诉期满日期和案卷移送上级法院的日期：导入数据无此类日期",
  },
  // ref §1.1 (诉前调解成功案件数占诉至法院纠纷数的比例 [I]), §7 item 4.
  {
    name: "诉前调解成功分流率",
    missing: "诉前调解的受理和调解成功记录：导入数据不含诉前调解结果",
  },
];

/**
 * The default panel from 2024-10-01 (the 2024-09 set in force): the intake and time figures, the
 * SPC items computable here, and the court's own quality and effect figures; 延长审限率 leaves it
 * (removed from the SPC system then, ref §1).
 */
export const SPC_2024_09_CORE_IDS = [
  "filed",
  "closed",
  "pending_start",
  "pending_end",
  "clearance_rate",
  "disposition_rate",
  "disposition_time",
  "avg_duration_days",
  "median_duration_days",
  "on_time_rate",
  "overdue_pending",
  "long_pending_12m",
  "long_pending_12m_ratio",
  "long_pending_18m",
  "long_pending_24m",
  "long_pending_36m",
  "case_proceedings_ratio",
  "mediation_rate",
  "withdrawal_rate",
  "appeal_rate",
  "acceptance_rate",
  "reversal_remand_rate",
  "appeal_reversal_remand_ratio",
  "judgment_enforcement_rate",
  "enforcement_recovery_rate",
  "simple_procedure_rate",
  "small_claims_rate",
];

export const CATALOGUE_VERSIONS: CatalogueVersion[] = [
  {
    id: "cqas-2011",
    name: "案件质量评估体系（2011）",
    effectiveFrom: "2011-01-01",
    effectiveTo: "2023-06-30",
    note: "31 项指标，公正、效率、效果三组；2014 年起不再用于对高级人民法院的考核",
  },
  {
    id: "spc-2023-pilot",
    name: "审判质量管理指标体系（试点，29 项）",
    effectiveFrom: "2023-07-01",
    effectiveTo: "2023-09-30",
    note: "11 个省份试点",
  },
  {
    id: "spc-2023-trial",
    name: "审判质量管理指标体系（试运行，28 项）",
    effectiveFrom: "2023-10-01",
    effectiveTo: "2023-12-31",
    note: "全国试运行；不再以年度收结比、结案率作为考核指标",
  },
  {
    id: "spc-2024",
    name: "审判质量管理指标体系（26 项）",
    effectiveFrom: "2024-01-01",
    effectiveTo: "2024-09-30",
    note: "多数指标设合理区间参考值，在区间内即为达标",
  },
  {
    id: "spc-2024-09",
    name: "审判质量管理指标体系（修订，18 项）",
    effectiveFrom: "2024-10-01",
    note: "删除延长审限率等指标；一审裁判被改判率与被发回重审率合并为二审改判—发回重审比；不得通报排名",
    coreIds: SPC_2024_09_CORE_IDS,
    unsupported: SPC_2024_09_UNSUPPORTED,
  },
];

export interface SelectedCatalogue {
  version: CatalogueVersion;
  indicators: (IndicatorDef & { inSpcSet: boolean })[];
}

/** The version in force on a date (the earliest one before 2011). */
export function catalogueVersionOn(date: string): CatalogueVersion {
  return (
    CATALOGUE_VERSIONS.find((v) => v.effectiveFrom <= date && (!v.effectiveTo || date <= v.effectiveTo)) ??
    (CATALOGUE_VERSIONS[0] as CatalogueVersion)
  );
}

/** Each version's default panel and unsupported SPC items, for screens that pick by their period. */
export function defaultPanels(): {
  version: string;
  from: string;
  to: string | null;
  ids: string[];
  unsupported: UnsupportedSpcItem[];
}[] {
  return CATALOGUE_VERSIONS.map((v) => ({
    version: v.id,
    from: v.effectiveFrom,
    to: v.effectiveTo ?? null,
    ids: [...(v.coreIds ?? CORE_INDICATOR_IDS)],
    unsupported: [...(v.unsupported ?? [])],
  }));
}

/** The default panel on a date: the one of the version then in force. */
export function coreIndicatorIds(date: string): readonly string[] {
  return catalogueVersionOn(date).coreIds ?? CORE_INDICATOR_IDS;
}

/** The catalogue in force on a date: every indicator, marked with whether it belongs to the SPC set then. */
export function selectCatalogue(date: string): SelectedCatalogue {
  const version = catalogueVersionOn(date);
  return {
    version,
    indicators: INDICATORS.map((d) => ({
      ...d,
      inSpcSet:
        d.spc !== undefined &&
        (!d.spc.since || d.spc.since <= date) &&
        (!d.spc.until || date <= d.spc.until) &&
        version.id !== "cqas-2011",
    })),
  };
}
