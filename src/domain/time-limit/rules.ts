/**
 * 法定审限 — the statutory limit for a case, from its type code (类型代字) and procedure (审理程序).
 * Every limit carries the article it comes from. Source: reference/deadlines.md §1 and §7;
 * items the law leaves open are marked `unconfirmed` and can be overridden per court
 * (TimeLimitSettings.limitOverrides).
 */
import type { MonthRule, PeriodLength } from "../calendar/period.js";
import type { CaseCategory } from "../case/category.js";
import type { Procedure } from "../case/procedure.js";
import { lookupTypeCode } from "../case-number/index.js";
import {
  APL,
  APL_INTERPRETATION,
  CPL,
  CPL_INTERPRETATION,
  CRPL,
  CRPL_INTERPRETATION,
  ENFORCEMENT_INTERPRETATION,
  ENFORCEMENT_RULES,
  SPC_TIME_LIMITS,
} from "./citations.js";

export interface ExtensionRule {
  /** Longest extension the first approver may grant, in total (e.g. +6 months by 本院院长). */
  max: PeriodLength;
  /** Who approves up to `max`. */
  approver: string;
  /** Who approves anything beyond it (undefined: nothing beyond is allowed). */
  furtherApprover?: string;
  basis: string;
}

export interface LimitRule {
  /** Stable key, e.g. `civil.ordinary`; used by settings overrides and in case_facts. */
  key: string;
  /** e.g. 民事一审普通程序 */
  name: string;
  category: CaseCategory;
  /** The procedure this limit belongs to (after inference). */
  procedure: Procedure;
  /** undefined: the law sets no limit (no-limit). */
  limit?: PeriodLength;
  /** Citation of the limit. */
  basis: string;
  extension?: ExtensionRule;
  /** Month arithmetic used for this limit. */
  monthRule: MonthRule;
  /** A conversion to another procedure restarts the clock from the decision (criminal). */
  conversionRestarts: boolean;
  /** The limit is an assumption the law does not confirm (reference/deadlines.md §6). */
  unconfirmed?: boolean;
}

type RuleSpec = Omit<LimitRule, "monthRule" | "conversionRestarts" | "category" | "procedure">;

const R = {
  civilOrdinary: {
    key: "civil.ordinary",
    name: "民事一审普通程序",
    limit: { months: 6 },
    basis: `${CPL}第一百五十二条：人民法院适用普通程序审理的案件，应当在立案之日起六个月内审结`,
    extension: {
      max: { months: 6 },
      approver: "本院院长",
      furtherApprover: "上级人民法院",
      basis: `${CPL}第一百五十二条；${SPC_TIME_LIMITS}第二条`,
    },
  },
  civilSummary: {
    key: "civil.summary",
    name: "民事简易程序",
    limit: { months: 3 },
    basis: `${CPL}第一百六十四条：人民法院适用简易程序审理案件，应当在立案之日起三个月内审结`,
    extension: {
      max: { months: 1 },
      approver: "本院院长",
      basis: `${CPL}第一百六十四条；${CPL_INTERPRETATION}第二百五十八条：延长后的审理期限累计不得超过四个月`,
    },
  },
  civilSmallClaims: {
    key: "civil.small-claims",
    name: "小额诉讼程序",
    limit: { months: 2 },
    basis: `${CPL}第一百六十八条：人民法院适用小额诉讼的程序审理案件，应当在立案之日起两个月内审结`,
    extension: { max: { months: 1 }, approver: "本院院长", basis: `${CPL}第一百六十八条` },
  },
  civilAppeal: {
    key: "civil.appeal",
    name: "民事第二审（判决上诉）",
    limit: { months: 3 },
    basis: `${CPL}第一百八十三条第一款：人民法院审理对判决的上诉案件，应当在第二审立案之日起三个月内审结`,
    extension: {
      max: { months: 3 },
      approver: "本院院长",
      basis: `${CPL}第一百八十三条；${SPC_TIME_LIMITS}第二条`,
    },
  },
  civilRulingAppeal: {
    key: "civil.ruling-appeal",
    name: "民事第二审（裁定上诉）",
    limit: { days: 30 },
    basis: `${CPL}第一百八十三条第二款：人民法院审理对裁定的上诉案件，应当在第二审立案之日起三十日内作出终审裁定`,
  },
  civilSpecial: {
    key: "civil.special",
    name: "特别程序",
    limit: { days: 30 },
    basis: `${CPL}第一百八十七条：人民法院适用特别程序审理的案件，应当在立案之日起三十日内或者公告期满后三十日内审结`,
    extension: {
      max: { days: 30 },
      approver: "本院院长",
      basis: `${CPL}第一百八十七条；${SPC_TIME_LIMITS}第二条`,
    },
  },
  civilPaymentOrder: {
    key: "civil.payment-order",
    name: "督促程序",
    limit: { days: 15 },
    basis: `${CPL}第二百二十七条：债权债务关系明确、合法的，应当在受理之日起十五日内向债务人发出支付令`,
  },
  civilRetrialReview: {
    key: "civil.retrial-review",
    name: "民事再审审查",
    limit: { months: 3 },
    basis: `${CPL}第二百一十五条：人民法院应当自收到再审申请书之日起三个月内审查；${CPL_INTERPRETATION}第一百二十九条`,
    extension: { max: { months: 3 }, approver: "本院院长", basis: `${CPL}第二百一十五条` },
  },
  civilRetrialFirst: {
    key: "civil.retrial",
    name: "民事再审（按第一审程序）",
    limit: { months: 6 },
    basis: `${CPL_INTERPRETATION}第一百二十八条：再审案件按照第一审程序或者第二审程序审理的，适用民事诉讼法第一百五十二条、第一百八十三条规定的审限，自再审立案的次日起算`,
    extension: { max: { months: 6 }, approver: "本院院长", basis: `${CPL}第一百五十二条` },
  },
  civilRetrialSecond: {
    key: "civil.retrial-second",
    name: "民事再审（按第二审程序）",
    limit: { months: 3 },
    basis: `${CPL_INTERPRETATION}第一百二十八条；${CPL}第一百八十三条`,
    extension: { max: { months: 3 }, approver: "本院院长", basis: `${CPL}第一百八十三条` },
  },
  civilThirdParty: {
    key: "civil.third-party-revocation",
    name: "第三人撤销之诉",
    limit: { months: 6 },
    basis: `${CPL_INTERPRETATION}第二百九十二条（第三人撤销之诉组成合议庭审理；审限按普通程序推定，法律未明确规定）`,
    unconfirmed: true,
  },
  civilProtectionOrder: {
    key: "civil.protection-order",
    name: "人身安全保护令",
    limit: { days: 3 },
    basis: `《中华人民共和国反家庭暴力法》第二十八条：人民法院受理申请后，应当在七十二小时内作出人身安全保护令或者驳回申请（按三日计）`,
  },
  civilProtest: {
    key: "civil.protest-review",
    name: "民事抗诉再审审查",
    limit: { days: 30 },
    basis: `${CPL}第二百二十二条：人民法院应当自收到抗诉书之日起三十日内作出再审的裁定`,
  },
  civilForeign: {
    key: "civil.foreign",
    name: "涉外民事案件",
    basis: `${CPL}第二百八十七条：人民法院审理涉外民事案件的期间，不受本法第一百五十二条、第一百八十三条规定的限制`,
  },
  criminalOrdinary: {
    key: "criminal.ordinary",
    name: "刑事一审普通程序",
    limit: { months: 2 },
    basis: `${CRPL}第二百零八条第一款：人民法院审理公诉案件，应当在受理后二个月以内宣判，至迟不得超过三个月`,
    extension: {
      max: { months: 3 },
      approver: "上一级人民法院",
      furtherApprover: "最高人民法院",
      basis: `${CRPL}第二百零八条、第一百五十八条；${CRPL_INTERPRETATION}第二百一十条`,
    },
  },
  criminalSummary: {
    key: "criminal.summary",
    name: "刑事简易程序",
    limit: { days: 20 },
    basis: `${CRPL}第二百二十条：适用简易程序审理案件，人民法院应当在受理后二十日以内审结`,
    extension: {
      max: { days: 25 },
      approver: "依法（可能判处的有期徒刑超过三年的）",
      basis: `${CRPL}第二百二十条：对可能判处的有期徒刑超过三年的，可以延长至一个半月`,
    },
  },
  criminalFastTrack: {
    key: "criminal.fast-track",
    name: "刑事速裁程序",
    limit: { days: 10 },
    basis: `${CRPL}第二百二十五条：适用速裁程序审理案件，人民法院应当在受理后十日以内审结`,
    extension: {
      max: { days: 5 },
      approver: "依法（可能判处的有期徒刑超过一年的）",
      basis: `${CRPL}第二百二十五条：对可能判处的有期徒刑超过一年的，可以延长至十五日`,
    },
  },
  criminalAppeal: {
    key: "criminal.appeal",
    name: "刑事第二审",
    limit: { months: 2 },
    basis: `${CRPL}第二百四十三条：第二审人民法院受理上诉、抗诉案件，应当在二个月以内审结`,
    extension: {
      max: { months: 2 },
      approver: "高级人民法院",
      furtherApprover: "最高人民法院",
      basis: `${CRPL}第二百四十三条`,
    },
  },
  criminalRetrial: {
    key: "criminal.retrial",
    name: "刑事再审",
    limit: { months: 3 },
    basis: `${CRPL}第二百五十八条：应当在作出提审、再审决定之日起三个月以内审结，需要延长期限的，不得超过六个月`,
    extension: {
      max: { months: 3 },
      approver: "本院院长",
      basis: `${CRPL}第二百五十八条；${SPC_TIME_LIMITS}第四条`,
    },
  },
  criminalSentenceChange: {
    key: "criminal.sentence-change",
    name: "减刑、假释",
    limit: { months: 1 },
    basis: `${CRPL_INTERPRETATION}第五百三十四条：人民法院应当在收到减刑、假释建议书后一个月以内作出裁定`,
    extension: { max: { months: 1 }, approver: "本院院长", basis: `${CRPL_INTERPRETATION}第五百三十四条` },
  },
  criminalMedical: {
    key: "criminal.compulsory-treatment",
    name: "强制医疗",
    limit: { months: 1 },
    basis: `${CRPL}第三百零五条：人民法院经审理…应当在一个月以内作出强制医疗的决定；${CRPL_INTERPRETATION}第六百四十三条`,
  },
  criminalConfiscation: {
    key: "criminal.confiscation",
    name: "违法所得没收",
    limit: { months: 2 },
    basis: `${CRPL_INTERPRETATION}第六百二十七条：审理申请没收违法所得案件的期限，参照公诉案件第一审普通程序和第二审程序的审理期限执行`,
  },
  criminalProtest: {
    key: "criminal.protest-review",
    name: "刑事抗诉再审审查",
    limit: { months: 1 },
    basis: `${CRPL_INTERPRETATION}第四百六十三条：应当在接受抗诉之日起一个月以内作出决定`,
  },
  adminOrdinary: {
    key: "administrative.ordinary",
    name: "行政一审普通程序",
    limit: { months: 6 },
    basis: `${APL}第八十一条：人民法院应当在立案之日起六个月内作出第一审判决`,
    extension: {
      max: { months: 3 },
      approver: "高级人民法院",
      basis: `${APL}第八十一条；${APL_INTERPRETATION}第五十条（每次延长的期限法律未明确规定）`,
    },
  },
  adminSummary: {
    key: "administrative.summary",
    name: "行政简易程序",
    limit: { days: 45 },
    basis: `${APL}第八十三条：适用简易程序审理的行政案件，应当在立案之日起四十五日内审结`,
  },
  adminAppeal: {
    key: "administrative.appeal",
    name: "行政第二审",
    limit: { months: 3 },
    basis: `${APL}第八十八条：人民法院审理上诉案件，应当在收到上诉状之日起三个月内作出终审判决；${APL_INTERPRETATION}第五十条`,
    extension: { max: { months: 3 }, approver: "高级人民法院", basis: `${APL}第八十八条` },
  },
  adminRetrialReview: {
    key: "administrative.retrial-review",
    name: "行政再审申请审查",
    limit: { months: 6 },
    basis: `${APL_INTERPRETATION}第一百一十二条：人民法院应当自再审申请案件立案之日起六个月内审查`,
    extension: { max: { months: 3 }, approver: "本院院长", basis: `${APL_INTERPRETATION}第一百一十二条` },
  },
  adminRetrial: {
    key: "administrative.retrial",
    name: "行政再审",
    limit: { months: 6 },
    basis: `${APL_INTERPRETATION}第五十条第二款：再审案件按照第一审程序或者第二审程序审理的，适用行政诉讼法第八十一条、第八十八条规定的审理期限`,
  },
  adminNonLitigation: {
    key: "administrative.non-litigation-review",
    name: "非诉行政行为执行审查",
    limit: { days: 7 },
    basis: `${APL_INTERPRETATION}第一百六十条：人民法院受理行政机关申请执行其行政行为的案件后，应当在七日内…作出是否准予执行的裁定`,
  },
  adminNonLitigationReview: {
    key: "administrative.non-litigation-reconsideration",
    name: "非诉行政行为执行审查复议",
    limit: { days: 30 },
    basis: `${APL_INTERPRETATION}第一百六十条`,
  },
  adminCompensationFirst: {
    key: "administrative.compensation",
    name: "行政赔偿一审",
    limit: { months: 6 },
    basis: `${APL}第八十一条（参照行政一审，法律未明确规定）`,
    unconfirmed: true,
  },
  adminCompensationAppeal: {
    key: "administrative.compensation-appeal",
    name: "行政赔偿二审",
    limit: { months: 3 },
    basis: `${APL}第八十八条（参照行政二审，法律未明确规定）`,
    unconfirmed: true,
  },
  enforcement: {
    key: "enforcement.implementation",
    name: "执行实施",
    limit: { months: 6 },
    basis: `${SPC_TIME_LIMITS}第五条：执行案件应当在立案之日起六个月内执结`,
    extension: {
      max: { months: 3 },
      approver: "本院院长",
      furtherApprover: "层报高级人民法院备案",
      basis: `${SPC_TIME_LIMITS}第五条；${ENFORCEMENT_RULES}第六十三条`,
    },
  },
  enforcementNonLitigation: {
    key: "enforcement.non-litigation",
    name: "非诉执行",
    limit: { months: 3 },
    basis: `${SPC_TIME_LIMITS}第五条：非诉执行案件应当在立案之日起三个月内执结`,
    extension: { max: { months: 3 }, approver: "本院院长", basis: `${SPC_TIME_LIMITS}第五条` },
  },
  enforcementObjection: {
    key: "enforcement.objection",
    name: "执行异议",
    limit: { days: 15 },
    basis: `${CPL}第二百三十六条、第二百三十八条：人民法院应当自收到书面异议之日起十五日内审查`,
  },
  enforcementReconsideration: {
    key: "enforcement.reconsideration",
    name: "执行复议",
    limit: { days: 30 },
    basis: `${ENFORCEMENT_INTERPRETATION}第八条：上一级人民法院应当自收到复议申请之日起三十日内审查完毕`,
    extension: { max: { days: 30 }, approver: "本院院长", basis: `${ENFORCEMENT_INTERPRETATION}第八条` },
  },
  bankruptcyPetition: {
    key: "other.bankruptcy-petition",
    name: "破产申请审查",
    limit: { days: 15 },
    basis: `《中华人民共和国企业破产法》第十条：人民法院应当自收到破产申请之日起十五日内裁定是否受理`,
    extension: {
      max: { days: 15 },
      approver: "上一级人民法院",
      basis: `《中华人民共和国企业破产法》第十条`,
    },
  },
  stateCompensation: {
    key: "other.state-compensation",
    name: "赔偿委员会审理赔偿",
    limit: { months: 3 },
    basis: `《中华人民共和国国家赔偿法》第二十八条：赔偿委员会应当自收到赔偿申请之日起三个月内作出决定`,
    extension: { max: { months: 3 }, approver: "本院院长", basis: `《中华人民共和国国家赔偿法》第二十八条` },
  },
  sanctionReview: {
    key: "other.sanction-review",
    name: "司法制裁复议",
    limit: { days: 5 },
    basis: `${CPL_INTERPRETATION}第一百八十五条：上级人民法院应当在收到复议申请后五日内作出决定`,
  },
  preservation: {
    key: "other.preservation",
    name: "诉前（仲裁前）保全",
    limit: { days: 2 },
    basis: `${CPL}第一百零四条：人民法院接受申请后，必须在四十八小时内作出裁定（按二日计）`,
  },
  preservationReview: {
    key: "other.preservation-review",
    name: "行为保全复议",
    limit: { days: 10 },
    basis: `《最高人民法院关于审查知识产权纠纷行为保全案件适用法律若干问题的规定》第十四条`,
  },
} satisfies Record<string, RuleSpec>;

type RuleName = keyof typeof R;

/** The type codes whose limit is fixed by the type code alone. */
const BY_TYPE_CODE: Record<string, RuleName> = {
  民终: "civilAppeal",
  民辖终: "civilRulingAppeal",
  民特: "civilSpecial",
  民督: "civilPaymentOrder",
  民申: "civilRetrialReview",
  民撤: "civilThirdParty",
  民保令: "civilProtectionOrder",
  民保更: "civilProtectionOrder",
  民抗: "civilProtest",
  刑终: "criminalAppeal",
  刑再: "criminalRetrial",
  刑更: "criminalSentenceChange",
  刑医: "criminalMedical",
  刑医解: "criminalMedical",
  刑医复: "criminalMedical",
  刑没: "criminalConfiscation",
  刑抗: "criminalProtest",
  行终: "adminAppeal",
  行申: "adminRetrialReview",
  行审: "adminNonLitigation",
  行审复: "adminNonLitigationReview",
  行赔初: "adminCompensationFirst",
  行赔终: "adminCompensationAppeal",
  执异: "enforcementObjection",
  执复: "enforcementReconsideration",
  破申: "bankruptcyPetition",
  委赔: "stateCompensation",
  司惩复: "sanctionReview",
  财保: "preservation",
  行保: "preservation",
  行保复: "preservationReview",
};

/**
 * The procedure a type code implies where it is unambiguous (import format: 民终 → 第二审程序,
 * 执 → 执行实施 …): the type-code table's defaultProcedure.
 */
export function impliedProcedure(typeCode: string): Procedure | undefined {
  return lookupTypeCode(typeCode)?.defaultProcedure;
}

/** Type codes that cover several procedures (the 案号 does not say which). */
export const AMBIGUOUS_TYPE_CODES = new Set(["民初", "刑初", "行初"]);

export interface ResolveInput {
  typeCode: string;
  category: CaseCategory;
  /** The procedure in force (after any conversion), if known. */
  procedure?: Procedure | null;
  foreignRelated?: boolean;
}

export interface ResolvedRule {
  rule: LimitRule;
  /** The procedure was inferred (from the type code, or assumed for an ambiguous code). */
  procedureInferred: boolean;
  warnings: string[];
}

const MONTH_RULE: Record<CaseCategory, MonthRule> = {
  civil: "civil-code",
  administrative: "civil-code",
  enforcement: "civil-code",
  other: "civil-code",
  criminal: "criminal-interpretation",
};

/** Rules are immutable and few: each combination is built once. */
const BUILT = new Map<string, LimitRule>();

function build(name: RuleName, category: CaseCategory, procedure: Procedure): LimitRule {
  const key = `${name}|${category}|${procedure}`;
  let rule = BUILT.get(key);
  if (!rule) {
    const spec: RuleSpec = R[name];
    rule = Object.freeze({
      ...spec,
      category,
      procedure,
      monthRule: MONTH_RULE[category],
      conversionRestarts: category === "criminal",
    });
    BUILT.set(key, rule);
  }
  return rule;
}

function noLimit(typeCode: string, category: CaseCategory, procedure: Procedure, why: string): LimitRule {
  const key = `none|${typeCode}|${category}|${procedure}|${why}`;
  let rule = BUILT.get(key);
  if (!rule) {
    rule = Object.freeze(noLimitRule(typeCode, category, procedure, why));
    BUILT.set(key, rule);
  }
  return rule;
}

function noLimitRule(typeCode: string, category: CaseCategory, procedure: Procedure, why: string): LimitRule {
  return {
    key: `none.${typeCode}`,
    name: `${typeCode}（无法定审限）`,
    category,
    procedure,
    basis: why,
    monthRule: MONTH_RULE[category],
    conversionRestarts: false,
  };
}

/**
 * Finds the statutory limit for a case. The procedure decides for 民初/刑初/行初; where it is
 * missing for such a code, `assumeForAmbiguous` (default 普通程序, the longest ordinary limit, so
 * that no false overdue warning is raised) is used and a warning returned.
 */
export function resolveLimitRule(
  input: ResolveInput,
  assumeForAmbiguous: "ordinary" | "none" = "ordinary",
): ResolvedRule {
  // The answer depends on these five inputs only, and there are few combinations: each is
  // resolved once and shared (frozen, so no caller can change another's).
  const key = `${input.typeCode}|${input.category}|${input.procedure ?? ""}|${input.foreignRelated === true}|${assumeForAmbiguous}`;
  let resolved = RESOLVED.get(key);
  if (!resolved) {
    const r = resolveUncached(input, assumeForAmbiguous);
    resolved = Object.freeze({ ...r, warnings: Object.freeze(r.warnings) as string[] });
    RESOLVED.set(key, resolved);
  }
  return resolved;
}

const RESOLVED = new Map<string, ResolvedRule>();

function resolveUncached(input: ResolveInput, assumeForAmbiguous: "ordinary" | "none"): ResolvedRule {
  const { typeCode, category } = input;
  const warnings: string[] = [];
  let procedure = input.procedure ?? undefined;
  let procedureInferred = false;
  const implied = impliedProcedure(typeCode);
  if (!procedure) {
    if (implied) {
      procedure = implied;
      procedureInferred = true;
    } else if (AMBIGUOUS_TYPE_CODES.has(typeCode)) {
      procedureInferred = true;
      if (assumeForAmbiguous === "none") {
        return {
          rule: noLimit(typeCode, category, "其他", `${typeCode}案件未注明审理程序，无法确定审限`),
          procedureInferred,
          warnings: [`${typeCode}案件未注明审理程序，无法确定审限`],
        };
      }
      procedure = "普通程序";
      warnings.push(`${typeCode}案件未注明审理程序，按普通程序计算审限`);
    } else {
      procedure = "其他";
      procedureInferred = true;
    }
  }

  if (category === "civil" && input.foreignRelated) {
    return { rule: build("civilForeign", category, procedure), procedureInferred, warnings };
  }

  const fixed = BY_TYPE_CODE[typeCode];
  if (fixed) return { rule: build(fixed, category, procedure), procedureInferred, warnings };

  const pick = (name: RuleName) => ({ rule: build(name, category, procedure), procedureInferred, warnings });
  switch (typeCode) {
    case "民初":
      if (procedure === "简易程序") return pick("civilSummary");
      if (procedure === "小额诉讼程序") return pick("civilSmallClaims");
      if (procedure === "速裁程序") {
        warnings.push("民事速裁案件适用简易程序审限");
        return pick("civilSummary");
      }
      if (procedure !== "普通程序")
        warnings.push(`民初案件的审理程序“${procedure}”不常见，按普通程序计算审限`);
      return pick("civilOrdinary");
    case "民再":
      return pick(procedure === "第二审程序" ? "civilRetrialSecond" : "civilRetrialFirst");
    case "刑初":
      if (procedure === "简易程序") return pick("criminalSummary");
      if (procedure === "速裁程序") return pick("criminalFastTrack");
      if (procedure !== "普通程序")
        warnings.push(`刑初案件的审理程序“${procedure}”不常见，按普通程序计算审限`);
      return pick("criminalOrdinary");
    case "行初":
      if (procedure === "简易程序") return pick("adminSummary");
      if (procedure !== "普通程序")
        warnings.push(`行初案件的审理程序“${procedure}”不常见，按普通程序计算审限`);
      return pick("adminOrdinary");
    case "行再":
      return pick(procedure === "第二审程序" ? "adminAppeal" : "adminRetrial");
    case "执":
    case "执恢":
      return pick(procedure === "非诉执行" ? "enforcementNonLitigation" : "enforcement");
  }
  // The law sets no limit, or reference/deadlines.md §6 lists it as unconfirmed (docs/time-limits.md
  // lists these codes); a court may set one with TimeLimitSettings.limitOverrides.
  return {
    rule: noLimit(typeCode, category, procedure, `法律未规定${typeCode}案件的审理期限，或其审理期限尚未确认`),
    procedureInferred,
    warnings,
  };
}
