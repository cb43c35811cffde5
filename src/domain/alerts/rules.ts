/**
 * The alert catalogue: every rule with its Chinese title, explanation, basis, default severity and
 * settings. docs/alerts.md is the reader's version of this table.
 *
 * Users read the title, explanation and basis (the alerts screen, /api/alerts/rules): Chinese, and
 * the basis cites law, article and document number, or says in Chinese which practice a rule
 * follows. Where each comes from in the research notes ("ref §…" = reference/deadlines.md) is in
 * the comment beside the entry, never in the text (src/domain/user-text.test.ts checks).
 */
import { ARCHIVING_BASIS } from "../archiving/archiving.js";
import {
  APL,
  APL_INTERPRETATION,
  CASE_NUMBER_RULES,
  CIVIL_CODE,
  CIVIL_MEDIATION,
  CPL,
  CPL_INTERPRETATION,
  CRPL,
  CRPL_INTERPRETATION,
  INVITED_MEDIATION,
  ONLINE_MEDIATION,
  SPC_EXTENSIONS,
  SPC_TIME_LIMITS,
} from "../time-limit/citations.js";
import { ALERT_SETTINGS_DEFAULTS, type AlertSettings } from "./settings.js";
import type { AlertFamily, AlertRule, AlertSeverity } from "./types.js";

function pick(...names: (keyof AlertSettings)[]): Record<string, number | string | boolean> {
  const out: Record<string, number | string | boolean> = {};
  for (const n of names) out[n] = ALERT_SETTINGS_DEFAULTS[n];
  return out;
}

function rule(
  id: string,
  family: AlertFamily,
  defaultSeverity: AlertSeverity,
  title: string,
  explanation: string,
  basis: string,
  settings: Record<string, number | string | boolean> = {},
): AlertRule {
  return Object.freeze({
    id,
    family,
    defaultSeverity,
    title,
    explanation,
    basis,
    settings: Object.freeze(settings),
  });
}

// The tiers: SPC 2000 arts. 20–22 require reminders before expiry (ref §4.4 "审限预警/催办"); the
// lines themselves (2/3, 30/15 days, 5 days) are this court's choice (DESIGN.md §4), set from the
// application deadlines for extensions.
const TIER_BASIS = `${SPC_TIME_LIMITS}第二十条至第二十二条（审理期限管理、届满前催办和定期通报制度）；各档预警线为本院审判管理设置`;
// ref §4.1: no statute defines 长期未结; 1 year in statistics (Tibet high court article), SPC 2021
// clean-up of 1- and 2-year cases, Anhui 2023 ledgers of 18 months and 3 years; the 6-month rung is
// DESIGN.md §4.
const LONG_BASIS = `法律和司法解释未规定长期未结案件的标准；司法统计一般将自然审理天数超过一年的案件称为长期未结案件；最高人民法院2021年专项清理一年以上、二年以上未结案件，安徽法院2023年分列一年半以上、三年以上未结案件台账（地方法院实践）；六个月一档为本院审判管理设置；期间按${CIVIL_CODE}第二百零二条自立案之日起按月计算`;

export const RULE_IDS = {
  usedTwoThirds: "time-limit.used-two-thirds",
  dueSoon: "time-limit.due-soon",
  dueCritical: "time-limit.due-critical",
  overdue: "time-limit.overdue",
  longPending6: "long-pending.6m",
  longPending12: "long-pending.12m",
  longPending18: "long-pending.18m",
  longPending24: "long-pending.24m",
  longPending36: "long-pending.36m",
  longPendingApproaching: "long-pending.approaching",
  naturalOverLimit: "concealed-overrun.natural-over-limit",
  openIntervalStale: "concealed-overrun.open-interval-stale",
  intervalBeyondCause: "concealed-overrun.interval-beyond-cause",
  lateExtension: "concealed-overrun.late-extension",
  repeatedExtension: "concealed-overrun.repeated-extension",
  extensionBeyondMax: "concealed-overrun.extension-beyond-max",
  lateConversion: "concealed-overrun.late-conversion",
  withdrawRefile: "concealed-overrun.withdraw-refile",
  stalePreFilingMediation: "concealed-overrun.stale-pre-filing-mediation",
  excludedShare: "concealed-overrun.excluded-share",
  badCaseNumber: "data-quality.bad-case-number",
  foreignCourtCode: "data-quality.foreign-court-code",
  yearMismatch: "data-quality.year-mismatch",
  closedBeforeFiled: "data-quality.closed-before-filed",
  eventBeforeFiling: "data-quality.event-before-filing",
  closedWithoutMode: "data-quality.closed-without-mode",
  impossibleClosureMode: "data-quality.impossible-closure-mode",
  appealOutcomeWithoutAppeal: "data-quality.appeal-outcome-without-appeal",
  openExclusionOnClosed: "data-quality.open-exclusion-on-closed",
  procedureTypeMismatch: "data-quality.procedure-type-mismatch",
  missingProcedure: "data-quality.missing-procedure",
  missingJudgeOrDivision: "data-quality.missing-judge-or-division",
  duplicateCaseNumber: "data-quality.duplicate-case-number",
  judgeUnknown: "data-quality.judge-unknown",
  terminationSearchOverdue: "termination-search-overdue",
  archiveOverdue: "archive-overdue",
  appraisalExclusionMismatch: "data-quality.appraisal-exclusion-mismatch",
} as const;

const I = RULE_IDS;

export const ALERT_RULES: readonly AlertRule[] = Object.freeze([
  // ── 审限预警 ──────────────────────────────────────────────────────────────
  rule(
    I.usedTwoThirds,
    "time-limit",
    "info",
    "审限已过三分之二",
    "未结案件已用审限天数（自起算日至今，扣除不计入审限的期间）达到法定审限（含已批准的延长）的三分之二。这是审限预警的第一档，提醒承办人合理安排庭审和文书进度。每案只报最严重的一档。",
    TIER_BASIS,
    pick("usedShareNumerator", "usedShareDenominator"),
  ),
  rule(
    I.dueSoon,
    "time-limit",
    "warning",
    "审限即将届满",
    "未结案件距审限届满日不足 30 日（民事、执行）或 15 日（刑事、行政）。审限很短的案件（如民特 30 日、执异 15 日）预警窗口以审限的最后三分之一为限，避免立案当日即预警。需要延长审限的，应在届满前按规定提出申请。",
    // ref §2.5: application deadlines for extensions (civil, criminal 15 days; administrative 10).
    `${TIER_BASIS}；${SPC_EXTENSIONS}第一条（民商事案件在期限届满十五日前申请延长）；${CRPL_INTERPRETATION}第二百一十条（刑事案件在期限届满十五日前申请延长）；${SPC_TIME_LIMITS}第十三条（行政案件在期限届满十日前申请延长）`,
    pick(
      "dueSoonDaysCivil",
      "dueSoonDaysEnforcement",
      "dueSoonDaysCriminal",
      "dueSoonDaysAdministrative",
      "dueSoonDaysOther",
      "dueSoonCapToLastThird",
    ),
  ),
  rule(
    I.dueCritical,
    "time-limit",
    "serious",
    "审限临近届满（5 日内）",
    "未结案件距审限届满日 5 日以内（含届满当日）。此时已来不及按期申请延长（院长应在届满五日前作出决定），须当即结案或报告。",
    `${TIER_BASIS}；${SPC_EXTENSIONS}第一条（院长应当在期限届满五日前作出决定）`,
    pick("dueCriticalDays"),
  ),
  rule(
    I.overdue,
    "time-limit",
    "critical",
    "超审限未结",
    "未结案件已超过审限届满日（已计入延长、扣除和中止）。超审限案件是审判管理的首要督办对象。",
    // The limits of every procedure: docs/time-limits.md.
    `${SPC_TIME_LIMITS}第十条（结案时间）、第二十条至第二十二条；${CPL}第一百五十二条、第一百六十四条、第一百八十三条等诉讼法规定的审理期限`,
  ),
  // ── 长期未结 ──────────────────────────────────────────────────────────────
  rule(
    I.longPending6,
    "long-pending",
    "info",
    "立案满六个月未结",
    "未结案件自立案之日起的自然审理期间已满六个月（不扣除任何期间）。每案只报已达到的最高一档。",
    LONG_BASIS,
  ),
  rule(
    I.longPending12,
    "long-pending",
    "warning",
    "立案满一年未结",
    "未结案件自立案之日起已满一年。司法统计一般将自然审理天数超过一年的案件称为长期未结案件，须列入台账、逐案过堂。",
    LONG_BASIS,
  ),
  rule(
    I.longPending18,
    "long-pending",
    "warning",
    "立案满一年半未结",
    "未结案件自立案之日起已满十八个月，列入重点清理。",
    LONG_BASIS,
  ),
  rule(
    I.longPending24,
    "long-pending",
    "serious",
    "立案满二年未结",
    "未结案件自立案之日起已满二年，属最高人民法院专项清理中的重点案件。",
    LONG_BASIS,
  ),
  rule(
    I.longPending36,
    "long-pending",
    "critical",
    "立案满三年未结",
    "未结案件自立案之日起已满三年，单独建立台账、院领导督办。",
    LONG_BASIS,
  ),
  rule(
    I.longPendingApproaching,
    "long-pending",
    "info",
    "临近长期未结节点",
    "未结案件将在 30 日内满六个月、一年、一年半、二年或三年（即跨入下一档长期未结），通报中列为“临近六个月、一年、二年、三年”的案件，提醒在跨档前结案。",
    LONG_BASIS,
    pick("longPendingApproachDays", "longPendingApproachRungs"),
  ),
  // ── 隐形超审限 ────────────────────────────────────────────────────────────
  rule(
    I.naturalOverLimit,
    "concealed-overrun",
    "warning",
    "自然审理期间超过法定审限",
    "案件自立案至结案（未结的至今）的自然天数超过不含延长和扣除的法定审限（立案日加法定期间，如立案后六个月）达 180 日以上，但因延长、扣除、中止或重新计算审限，形式上并未超审限。这正是隐形超审限的定义：真实审理期间超限而审限记录合规。超出较少的案件及结案已满一年的案件不逐案预警，计入质效指标“自然审理期间超法定审限率”，可下钻查看。",
    // ref §4.2 (definition, a court's article), §4.4 (comparing natural duration with the limit) and
    // "Engine rules that follow from this" item 1. The 180-day and one-year lines are this court's.
    `审判管理实践：法院调研将隐形超审限界定为以滥用审限上的自由裁量权或者弄虚作假的手段掩饰案件审理超过法定期限的事实，并以案件自然审理期间与法定审限相比较进行核查；法定审限见${CPL}第一百五十二条等；逐案预警的 180 日、一年两条线为本院设置`,
    pick("naturalOverLimitMinDays", "concealedClosedWithinDays"),
  ),
  rule(
    I.openIntervalStale,
    "concealed-overrun",
    "warning",
    "扣除或中止期间长期未结束",
    "未结案件有一个扣除审限或中止诉讼期间至今没有结束日期，且已持续超过 90 日。事由消失后未及时恢复计算审限，审限就一直被“冻结”，是隐形超审限的常见形式。",
    // ref §4.3 (suspension not resumed, deduction left open) and "Engine rules" item 2; 90 days is
    // this court's line.
    `${CPL_INTERPRETATION}第二百四十六条（中止诉讼的原因消除，恢复诉讼程序）；审判管理实践：中止诉讼的法定事由消失后及时恢复审理，扣除审限的事由结束后恢复计算审限；90 日的核查线为本院设置`,
    pick("openIntervalStaleDays"),
  ),
  rule(
    I.intervalBeyondCause,
    "concealed-overrun",
    "warning",
    "扣除期间超过事由允许的期限",
    "公告扣除期间超过公告期（公告送达自发出公告之日起经过 30 日即视为送达），或委托调解扣除期间超过调解期限（普通程序 15 日、简易程序 7 日）且没有记载当事人同意延长。扣除的天数多于事由本身允许的天数，多出的部分就是被隐藏的审理时间。民特、民催案件的公告期另有规定，不适用公告一项。",
    // ref §3.2, §4.3 and "Engine rules" item 2.
    `${CPL}第九十五条（公告送达自发出公告之日起经过三十日即视为送达）；${INVITED_MEDIATION}第二十七条、${CIVIL_MEDIATION}第四条（委托调解期限，延长的调解期间不计入审限）；审判管理实践：扣除期间超过事由本身所需期间的，属不当扣除审限`,
    pick("noticeDays", "noticeMarginDays", "mediationOrdinaryDays", "mediationSummaryDays"),
  ),
  rule(
    I.lateExtension,
    "concealed-overrun",
    "warning",
    "延长审限审批滞后",
    "延长审限的批准日期晚于此前有效的审限届满日（事后补批，严重），或距届满日不足规定的申请期限（民事、刑事 15 日，行政 10 日）。“此前有效的审限”按延长前一日、不计本次延长重新计算。系统只记录批准日期，按批准日期比较，提示核查申请日期。",
    // ref §2.5 and "Engine rules" item 3.
    `${SPC_EXTENSIONS}第一条（期限届满十五日前向本院院长申请，院长在期限届满五日前作出决定）；${CRPL_INTERPRETATION}第二百一十条（刑事案件在期限届满十五日前申请）；${SPC_TIME_LIMITS}第十三条（行政案件在期限届满十日前申请）`,
    pick(
      "extensionLeadDaysCivil",
      "extensionLeadDaysCriminal",
      "extensionLeadDaysAdministrative",
      "extensionLeadDaysEnforcement",
      "extensionLeadDaysOther",
    ),
  ),
  rule(
    I.repeatedExtension,
    "concealed-overrun",
    "warning",
    "多次延长审限",
    "同一案件延长审限两次以上。“除法定事由外，一律不准延长审限”；反复延长是隐形超审限最常见的形式（有法院统计占隐形超审限案件的近四分之一）。",
    // ref §4.2, §4.3 (abused extensions: 24.89 % of concealed cases in one court; "除法定事由外，
    // 一律不准延长审限" from a court's guidance page). Two extensions is this court's line.
    `${CPL}第一百五十二条等（有特殊情况需要延长的，经批准可以延长）；审判管理实践：除法定事由外一律不准延长审限，法院调研中滥用延长审限是隐形超审限最常见的形式；两次的核查线为本院设置`,
    pick("repeatedExtensionCount"),
  ),
  rule(
    I.extensionBeyondMax,
    "concealed-overrun",
    "serious",
    "延长审限超过法定上限",
    "现行程序下累计延长的期间超过本院可批准的上限（如简易程序延长超过 1 个月、普通程序院长批准延长超过 6 个月），而超出部分没有上级法院批准（批准人须含“上级”“高级”“最高”或为规定的再延长批准机关）；法律不允许再延长的程序（如民事简易程序，累计不得超过四个月）一律报出。",
    // The maxima per procedure: docs/time-limits.md §2.
    `${CPL}第一百五十二条、第一百六十四条、第一百六十八条；${CPL_INTERPRETATION}第二百五十八条；${SPC_TIME_LIMITS}第二条、第五条；${CRPL}第二百零八条、第二百四十三条`,
  ),
  rule(
    I.lateConversion,
    "concealed-overrun",
    "warning",
    "临近审限转换程序",
    "民事（及行政）简易程序或小额诉讼程序转为普通程序时，距转换当日按原程序计算的审限届满日已不足 15 日，或已经届满（严重）。民诉法解释第258条要求在简易程序审限届满前作出转换裁定；临近届满才转换，是以转换程序换取审理时间。",
    // ref §3.4, §4.3 (随意转换程序: "严格控制简易程序转普通程序的审批", a court's page) and
    // "Engine rules" item 6; 15 days is this court's line.
    `${CPL_INTERPRETATION}第二百五十八条（在简易程序审理期限届满前作出转换裁定，审理期限自立案之日计算）；${APL_INTERPRETATION}第一百零五条；审判管理实践：严格控制简易程序转为普通程序的审批；15 日的核查线为本院设置`,
    pick("lateConversionDays"),
  ),
  rule(
    I.withdrawRefile,
    "concealed-overrun",
    "warning",
    "撤诉后重新立案",
    "一件新的民初案件与此前以撤诉或按撤诉处理结案的民初案件原告、被告、案由均相同，且在撤诉结案后 90 日内立案。不规范撤诉再重新立案会使审限重新起算，掩盖纠纷的真实审理时间。",
    // ref §4.3 (不规范撤诉 + 重新立案: mentioned in court-management discussion, no source read —
    // unconfirmed) and "Engine rules" item 4; 90 days is this court's line.
    "审判管理实践：不规范撤诉后重新立案会使审限重新起算，法律和司法解释对此没有专门规定；90 日的比对期为本院设置",
    pick("refileWindowDays"),
  ),
  rule(
    I.stalePreFilingMediation,
    "concealed-overrun",
    "warning",
    "诉前调解超期未立案",
    "诉前调解案件（案号“……民诉前调……号”）登记后超过 30 日仍未结束。诉前调解期限为 30 日（当事人同意的可以延长），纠纷在立案之前不计审限；久调不立，纠纷的真实处理时间就不出现在任何审限统计中。系统不掌握当事人是否同意延长，以登记日起算，提示核查。",
    // ref §1.5 (委派调解 30 days), §4.3 (先立"诉前调"案号、拖延立案 — its labelling as concealed
    // overrun is unconfirmed) and "Engine rules" item 5; DESIGN.md §4.
    `${INVITED_MEDIATION}第二十七条；${ONLINE_MEDIATION}第二十四条（诉前委派调解期限为三十日，当事人同意的可以延长）；审判管理实践：防止久调不立、拖延立案`,
    pick("preFilingMediationDays"),
  ),
  rule(
    I.excludedShare,
    "concealed-overrun",
    "info",
    "扣除审限天数占比过高",
    "扣除和中止的天数达到案件自然审理天数的 70%，且扣除和中止共 180 日以上（未结案件，或结案未满一年的案件）。扣除占比高的案件需核查每段扣除是否有客观事由，不得将审委会汇报、请示等主观时间扣除。全院的扣除天数占比是质效指标“扣除审限天数占比”，可下钻查看。",
    // ref §3.2 (periods that should not be deducted: a commentary), §4.3 (不当扣除审限) and "Engine
    // rules" item 7; the 70 %, 180-day and one-year lines are this court's.
    `${SPC_TIME_LIMITS}第九条（列举不计入审理、执行期限的期间）；审判管理实践：只有法院不能控制的客观事由才可扣除审限，向审判委员会汇报、向上级法院请示等时间不应扣除；70%、180 日和一年的核查线为本院设置`,
    pick(
      "excludedSharePercent",
      "excludedShareMinNaturalDays",
      "excludedShareMinExcludedDays",
      "concealedClosedWithinDays",
    ),
  ),
  // ── 数据质量 ──────────────────────────────────────────────────────────────
  rule(
    I.badCaseNumber,
    "data-quality",
    "warning",
    "案号不规范",
    "登记的案号是 2016 年以前的旧式案号（……字第……号），或不能按《关于人民法院案件案号的若干规定》重新解析为规范写法，或与登记的年度、法院代字、类型代字不一致。",
    // ref §5.1.
    `${CASE_NUMBER_RULES}第二条、第三条（案号的组成和写法）`,
  ),
  rule(
    I.foreignCourtCode,
    "data-quality",
    "warning",
    "法院代字非本院",
    "案号中的法院代字不是本院代字（默认内0602，鄂尔多斯市东胜区人民法院）。本院数据中出现他院案号，多为录入错误或误导入他院案件，会影响本院收结案统计。",
    // ref §5.1 (内0602: 内蒙古 = "内", not "蒙").
    `${CASE_NUMBER_RULES}第四条、第五条（法院代字）`,
    pick("ownCourtCode"),
  ),
  rule(
    I.yearMismatch,
    "data-quality",
    "warning",
    "案号年度与立案年度不符",
    "案号的收案年度与立案日期的年份不同。允许上年年底收案、次年 1 月上旬（默认前 10 日）立案的案件沿用上年案号（立案审查期 7 日加元旦假期）；12 月立案却使用次年案号的，与收案年度规则不符，且是“年底不收案”的迹象，默认报出。",
    // ref §4.3 (年底不立案; SPC 2023 banned 年底不收案).
    `${CASE_NUMBER_RULES}第二条（收案年度）、第十条（按年度编号）；${CPL}第一百二十六条（七日内立案）；最高人民法院要求杜绝“年底不收案”`,
    pick("yearMismatchJanuaryDays", "yearMismatchDecemberDays"),
  ),
  rule(
    I.closedBeforeFiled,
    "data-quality",
    "warning",
    "结案日期早于立案日期",
    "结案日期早于立案日期，日期必有一处错误，审限和审理天数都无法计算。",
    `${SPC_TIME_LIMITS}第八条（审理期限从立案次日起计算）、第十条（结案时间）`,
  ),
  rule(
    I.eventBeforeFiling,
    "data-quality",
    "warning",
    "审限变更早于立案日期",
    "案件的延长审限、扣除审限、中止诉讼、恢复诉讼或程序转换记录的开始日期（批准或决定日期）早于立案日期。审理期限自立案次日起算，立案之前没有可以延长、扣除、中止或转换的审理期间，日期必有一处错误；审限、扣除天数和隐形超审限的判断都会因此失真。导入时已拒绝此类记录，本规则检查此前已存储的案件。",
    "法释〔2000〕29号第8条（审理期限从立案次日起计算）、第9条（不计入审理期限的期间）；审限变更须在立案后依审批录入，司法统计核查以立案日期为审限起点",
  ),
  rule(
    I.closedWithoutMode,
    "data-quality",
    "warning",
    "已结案件缺少结案方式",
    "案件有结案日期但没有结案方式，调撤率、判决率等指标无法统计。",
    // The column is 结案方式 in docs/import-format.md.
    "司法统计逐案统计结案方式（司法统计实践）；调解率、撤诉率等指标按结案方式计算",
  ),
  rule(
    I.impossibleClosureMode,
    "data-quality",
    "warning",
    "结案方式与案件类型不符",
    "结案方式不可能适用于该类案件：一审案件以维持、改判、发回重审、准予撤回上诉结案；执行案件以调解或判决结案；审判案件以执行完毕、终结本次执行程序、终结执行结案。",
    `${CPL}第一百七十七条（第二审案件的处理方式）；执行案件以执行完毕、终结本次执行程序、终结执行、执行和解等方式结案（司法统计结案方式口径）`,
  ),
  rule(
    I.appealOutcomeWithoutAppeal,
    "data-quality",
    "warning",
    "有二审结果但未上诉",
    "案件登记了二审结果，但“是否上诉”不是“是”。改判发回率等指标以上诉案件为基数，两项矛盾会使指标失真。",
    // reference/indicators.md §2.3 (改判发回重审率).
    "改判发回重审率以一审案件经二审改判、发回重审的件数计算（法院质效指标口径）",
  ),
  rule(
    I.openExclusionOnClosed,
    "data-quality",
    "warning",
    "已结案件存在未结束的扣除或中止期间",
    "已结案件仍有没有结束日期的扣除审限或中止诉讼期间（中止诉讼后没有恢复记录）。结案前应当恢复计算审限，否则扣除天数按至结案日计算，审限记录不完整。",
    // ref §4.3 (deduction never resumed), §4.4 (check that limit changes are closed).
    `${CPL_INTERPRETATION}第二百四十六条（中止诉讼的原因消除，恢复诉讼程序）；审判管理实践：审限扣除、中止登记后核查是否按时恢复`,
  ),
  rule(
    I.procedureTypeMismatch,
    "data-quality",
    "warning",
    "审理程序与案件类型不符",
    "登记的审理程序与类型代字矛盾：二审案件（民终、刑终、行终等）登记为普通、简易、小额或速裁程序；一审案件（民初、刑初、行初）登记为第二审、再审或执行程序，或刑初、行初登记为小额诉讼程序、行初登记为速裁程序；执行实施案件（执、执恢）登记为审判程序。",
    // ref §5.2. CPL 160/165, CrPL 214/222 and APL 82 (the scope of 简易, 小额, 速裁) are not in the
    // reference notes; they were checked against the full texts they cite (LawRefBook/Laws: 民事诉讼法
    // 2023-09-01, 刑事诉讼法 2018-10-26, 行政诉讼法 2017-06-27).
    `${CASE_NUMBER_RULES}及《人民法院案件类型及其代字标准》；${CPL}第一百六十条、第一百六十五条（简易程序、小额诉讼程序的适用范围）；${CRPL}第二百一十四条、第二百二十二条（简易程序、速裁程序的适用范围）；${APL}第八十二条（行政简易程序的适用范围）`,
  ),
  rule(
    I.missingProcedure,
    "data-quality",
    "warning",
    "一审案件未注明审理程序",
    "民初、刑初、行初案件没有登记审理程序。类型代字不能确定审限（普通、简易、小额的审限不同），系统只能按普通程序计算，可能漏报超审限。",
    // ref §5.2 (the type code alone does not fix the limit); docs/time-limits.md (ambiguousProcedure).
    `《人民法院案件类型及其代字标准》（民初、刑初、行初各含普通程序、简易程序等，类型代字不能单独确定审限）；${CPL}第一百五十二条、第一百六十四条、第一百六十八条（普通程序、简易程序、小额诉讼程序审限不同）`,
  ),
  rule(
    I.missingJudgeOrDivision,
    "data-quality",
    "warning",
    "缺少承办人或承办部门",
    "承办人或承办部门为空，或为“无”“待定”“未分配”等占位内容。案件无法归入法官和部门的质效统计。",
    // DESIGN.md §3.
    "审判管理实践：质效指标按承办人、承办部门统计",
  ),
  rule(
    I.duplicateCaseNumber,
    "data-quality",
    "warning",
    "疑似重复立案（案号重复）",
    "两条案件记录的案号在更严格的规范化后相同：仅相差“之一”“之二”等后缀（后缀编号的是同一案件中的文书，不是另一件案件），或同一案号分别以新式和 2016 年过渡期旧式（……字第……号）登记。同一案件登记两次会重复计入收案数。",
    `${CASE_NUMBER_RULES}第三条（案号唯一）、第十条（案件编号按年度顺序编号）`,
  ),
  rule(
    I.judgeUnknown,
    "data-quality",
    "warning",
    "承办人不在人员名册中",
    "案件的承办人在其承办部门的人员名册中找不到（姓名或部门写法不一致，或名册漏登此人），或未结案件的承办人在名册中已不在岗。承办人对不上在册人员，法官个人的收结案和质效统计、督办和审批待办都无法落到具体的人。只有在本院已导入人员名册后才检查；名册为空时不报。",
    // The staff register (docs/people.md); no statute: the check follows the statistics practice
    // behind missing-judge-or-division.
    "审判管理实践：质效指标按承办人、承办部门统计，承办人应为本院在册人员；人员名册由本院维护",
  ),
  // ── 执行不能案件库 (docs/termination-library.md) ─────────────────────────
  // Text verified: 法〔2016〕373号 art. 9 ¶2 (five years, every six months, 网络执行查控系统).
  rule(
    I.terminationSearchOverdue,
    "time-limit",
    "warning",
    "终本案件财产查询逾期",
    "以终结本次执行程序方式结案的执行案件，终本后五年内应每六个月查询一次被执行人的财产。自终本之日（或上一次查询之日）起满六个月仍未登记查询的，报此预警；已由恢复执行案件（执恢，原审案号为本案）接续的，或终本已满五年的，不再报。",
    `最高人民法院《关于严格规范终结本次执行程序的规定（试行）》（法〔2016〕373号）第九条第二款（终结本次执行程序后的五年内，执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人）；期间按${CIVIL_CODE}第二百零二条按月计算`,
  ),
  // Archiving (docs/archiving.md). The period is a setting: no text at hand fixes a number of days
  // after closing (the 1991 立卷归档办法 art. 1 was checked; its period articles were not found).
  rule(
    I.archiveOverdue,
    "data-quality",
    "info",
    "结案后逾期未归档",
    "案件已结案，结案后超过规定天数（默认 90 天，本院规定，可调整）仍未填写归档日期。电子卷宗应随案生成、结案后及时归档（颗粒归仓）；逾期未归档的案件由案件管理中心按部门督促归档。结案后第 90 天仍在期限内，第 91 天起预警；填写归档日期后自动解除。只有在本院数据中已有案件填写归档日期后才检查；数据不含归档日期时不报。",
    ARCHIVING_BASIS,
    pick("archiveOverdueDays"),
  ),
  // 诉前鉴定 register (docs/appraisals.md): CPL interpretation art. 243 excludes 鉴定期间 from the 审限.
  rule(
    I.appraisalExclusionMismatch,
    "data-quality",
    "warning",
    "诉中鉴定与扣除审限记录不一致",
    "鉴定登记中有一项诉中鉴定，但该案没有原因为“鉴定”的扣除审限记录，或扣除审限的开始、结束日期与鉴定的委托日期、完成日期不一致。鉴定期间不计入审理期限，鉴定登记与审限扣除记录应当一致；不一致时，审限计算或鉴定统计必有一处有误，应核对后更正。",
    `${CPL_INTERPRETATION}第二百四十三条（鉴定期间不计入审理期限）；${SPC_TIME_LIMITS}第九条`,
  ),
]);

export const ALERT_RULES_BY_ID: ReadonlyMap<string, AlertRule> = new Map(ALERT_RULES.map((r) => [r.id, r]));

/** The rule with this id; throws for an unknown id (a programming error). */
export function alertRule(id: string): AlertRule {
  const r = ALERT_RULES_BY_ID.get(id);
  if (!r) throw new Error(`unknown alert rule ${id}`);
  return r;
}
