/**
 * 小额诉讼 eligibility of a civil first-instance case — pure.
 *
 * 《中华人民共和国民事诉讼法》（2023年修正）第一百六十五条: 简单金钱给付 cases with 标的额 at or below
 * 50 % of the province's previous-year average wage of employed persons are tried under 小额诉讼;
 * above that and up to twice the wage, the parties may agree to it. 第一百六十六条 excludes (一) 人身关系
 * and 财产确权 cases, (二) 涉外 cases, (三) cases needing 评估 or 鉴定, (四) a party whose whereabouts
 * are unknown, (五) a counterclaim. 民诉法解释第二百七十二条: the published previous-year figure, and
 * before it is published the latest published one. "以下" includes the figure itself
 * (《中华人民共和国民法典》第一千二百五十九条).
 *
 * Every reason and exclusion is a Chinese sentence with its numbers and its article.
 */

import { splitParties } from "../case/case.js";
import type { StoredEvent } from "../case/derive-facts.js";
import { CPL, CPL_INTERPRETATION } from "../time-limit/citations.js";
import { causeMatcher, type TriageSettings, wageOn } from "./settings.js";

/** What the triage rules read of a case. */
export interface TriageCase {
  caseNumber: string;
  typeCode: string;
  cause: string | null;
  /** 审理程序 as recorded at filing (conversions are events). */
  procedure: string | null;
  division: string;
  judge: string;
  filedOn: string;
  closedOn: string | null;
  amountFen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
  foreignRelated: boolean | null;
  counterclaim: boolean | null;
  smallClaimsConsent: boolean | null;
  events: readonly StoredEvent[];
}

/** A rule that applied, with its sentence. */
export interface RuleHit {
  rule: string;
  text: string;
}

export type AmountBand =
  /** at or below the threshold */
  | "within"
  /** above the threshold, at or below the consent ceiling */
  | "consent"
  /** above the consent ceiling */
  | "over"
  /** no 标的额, or no wage entered for the filing date */
  | "unknown";

export interface SmallClaimsResult {
  /** The case may be tried under 小额诉讼 (consent band only with the parties' agreement). */
  eligible: boolean;
  band: AmountBand;
  /** 50 % of the wage, and twice the wage, in fen (null without a wage). */
  thresholdFen: number | null;
  ceilingFen: number | null;
  /** What speaks for it (money cause, amount). */
  reasons: RuleHit[];
  /** Every exclusion of 第一百六十六条 that applies, and any missing condition. */
  exclusions: RuleHit[];
}

export const SMALL_CLAIMS_RULES = {
  moneyCause: "small-claims.money-cause",
  amount: "small-claims.amount",
  consent: "small-claims.consent",
  notMoneyCause: "small-claims.not-money-cause",
  overAmount: "small-claims.over-amount",
  noConsent: "small-claims.no-consent",
  unknownAmount: "small-claims.unknown-amount",
  noWage: "small-claims.no-wage",
  personal: "small-claims.excluded.personal-relation",
  ownership: "small-claims.excluded.ownership",
  foreign: "small-claims.excluded.foreign",
  appraisal: "small-claims.excluded.appraisal",
  whereabouts: "small-claims.excluded.whereabouts-unknown",
  counterclaim: "small-claims.excluded.counterclaim",
} as const;

const ART165 = `${CPL}第一百六十五条`;
const ART166 = `${CPL}第一百六十六条`;

// One formatter for every call: toLocaleString with options builds a new one each time (slow over
// hundreds of thousands of cases).
const YUAN = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function yuanText(fen: number): string {
  return `${YUAN.format(fen / 100)}元`;
}

/** The number of parties named (原告 + 被告). */
export function partyCount(c: Pick<TriageCase, "plaintiffs" | "defendants">): number {
  return splitParties(c.plaintiffs).length + splitParties(c.defendants).length;
}

/** Events known by `asOf` (start on or before it). */
function known(events: readonly StoredEvent[], asOf: string): StoredEvent[] {
  return events.filter((e) => e.from <= asOf);
}

const matchers = new WeakMap<TriageSettings, ReturnType<typeof compile>>();
function compile(s: TriageSettings) {
  return {
    money: causeMatcher(s.moneyCauses),
    personal: causeMatcher(s.personalRelationCauses),
    ownership: causeMatcher(s.ownershipCauses),
    fastCauses: causeMatcher(s.fastTrack.causes),
  };
}
/** The cause matchers of these settings (compiled once per settings object). */
export function compiledCauses(s: TriageSettings): ReturnType<typeof compile> {
  let m = matchers.get(s);
  if (!m) {
    m = compile(s);
    matchers.set(s, m);
  }
  return m;
}

/** 小额诉讼 eligibility of a case, with every reason and exclusion, as of a date. */
export function smallClaimsEligibility(c: TriageCase, s: TriageSettings, asOf: string): SmallClaimsResult {
  const m = compiledCauses(s);
  const reasons: RuleHit[] = [];
  const exclusions: RuleHit[] = [];
  const R = SMALL_CLAIMS_RULES;

  const money = m.money(c.cause);
  if (money)
    reasons.push({ rule: R.moneyCause, text: `案由“${c.cause}”属金钱给付纠纷（${money}）（${ART165}）` });
  else
    exclusions.push({
      rule: R.notMoneyCause,
      text: `案由“${c.cause ?? "（空）"}”不在本院确定的金钱给付案由范围内（${ART165}“简单金钱给付民事案件”）`,
    });

  const wage = wageOn(s, c.filedOn);
  let band: AmountBand = "unknown";
  let thresholdFen: number | null = null;
  let ceilingFen: number | null = null;
  if (!wage) {
    exclusions.push({
      rule: R.noWage,
      text: `立案日期 ${c.filedOn} 时没有可适用的上年度就业人员年平均工资，无法确定小额诉讼标的额标准（${CPL_INTERPRETATION}第二百七十二条）`,
    });
  } else {
    thresholdFen = Math.round(wage.yuan * 100 * s.smallClaimsShare);
    ceilingFen = Math.round(wage.yuan * 100 * s.consentMultiple);
    const basis = `${wage.wageYear}年度就业人员年平均工资${yuanText(wage.yuan * 100)}${wage.demo ? "（演示数据）" : ""}`;
    if (c.amountFen === null) {
      exclusions.push({ rule: R.unknownAmount, text: "标的额未填写，无法判断是否符合小额诉讼标的额标准" });
    } else if (c.amountFen <= thresholdFen) {
      band = "within";
      reasons.push({
        rule: R.amount,
        text: `标的额${yuanText(c.amountFen)}，不超过${basis}的${Math.round(s.smallClaimsShare * 100)}%即${yuanText(thresholdFen)}（${ART165}第一款）`,
      });
    } else if (c.amountFen <= ceilingFen) {
      band = "consent";
      const over = `标的额${yuanText(c.amountFen)}，超过${yuanText(thresholdFen)}但不超过${basis}的${s.consentMultiple}倍即${yuanText(ceilingFen)}`;
      if (c.smallClaimsConsent === true)
        reasons.push({
          rule: R.consent,
          text: `${over}，当事人双方约定适用小额诉讼的程序（${ART165}第二款）`,
        });
      else
        exclusions.push({
          rule: R.noConsent,
          text: `${over}，须当事人双方约定方可适用小额诉讼的程序（${ART165}第二款）`,
        });
    } else {
      band = "over";
      exclusions.push({
        rule: R.overAmount,
        text: `标的额${yuanText(c.amountFen)}，超过${basis}的${s.consentMultiple}倍即${yuanText(ceilingFen)}，不能适用小额诉讼的程序（${ART165}）`,
      });
    }
  }

  const personal = m.personal(c.cause);
  if (personal)
    exclusions.push({
      rule: R.personal,
      text: `案由“${c.cause}”属人身关系案件（${personal}），不适用小额诉讼的程序（${ART166}第一项）`,
    });
  const ownership = m.ownership(c.cause);
  if (ownership)
    exclusions.push({
      rule: R.ownership,
      text: `案由“${c.cause}”属财产确权案件（${ownership}），不适用小额诉讼的程序（${ART166}第一项）`,
    });
  if (c.foreignRelated === true)
    exclusions.push({ rule: R.foreign, text: `涉外案件，不适用小额诉讼的程序（${ART166}第二项）` });
  const events = known(c.events, asOf);
  const appraisal = events.find(
    (e) => e.kind === "exclusion" && (e.reason === "鉴定" || e.reason === "审计评估"),
  );
  if (appraisal)
    exclusions.push({
      rule: R.appraisal,
      text: `${appraisal.from} 起因${appraisal.reason}扣除审限，案件需要评估、鉴定，不适用小额诉讼的程序（${ART166}第三项）`,
    });
  const notice = events.find((e) => e.kind === "exclusion" && e.reason === "公告");
  if (notice)
    exclusions.push({
      rule: R.whereabouts,
      text: `${notice.from} 起公告送达，一方当事人下落不明，不适用小额诉讼的程序（${ART166}第四项）`,
    });
  if (c.counterclaim === true)
    exclusions.push({
      rule: R.counterclaim,
      text: `当事人提出反诉，不适用小额诉讼的程序（${ART166}第五项）`,
    });

  const eligible = exclusions.length === 0 && (band === "within" || band === "consent");
  return { eligible, band, thresholdFen, ceilingFen, reasons, exclusions };
}
