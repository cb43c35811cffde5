/**
 * 繁简分流 settings: the levers of the triage rules, stored with an audit trail of every change
 * (like the alert settings, but per court and dated where the law dates them). Pure data and
 * validation; docs/triage.md is the reader's version.
 *
 * The figures a court must enter itself are marked: the province's previous-year average wage of
 * employed persons (民事诉讼法第一百六十五条; 民诉法解释第二百七十二条: the published figure, and before
 * it is published the latest published one) and the court's own 速裁 rules (《民事速裁案件适用工作的
 * 规定》, 《繁简分流退案流转工作细则》 — local documents, not at hand: their criteria are settings).
 */
import { civilCauses, lookupCause } from "../causes/index.js";

/** One published average wage, and the day from which the court applies it. */
export interface AverageWage {
  /** The day from which this figure applies (the day the court applies the newly published figure). */
  appliesFrom: string;
  /** The year the wage was earned (上年度), e.g. 2024 for the figure applied during 2025. */
  wageYear: number;
  /** 就业人员年平均工资, in yuan. */
  yuan: number;
  /** Where the figure was published, in Chinese (统计公报, the high court's notice …). */
  source: string;
  /** A demo figure, not a published one (the demo court's settings): shown as such. */
  demo?: boolean;
}

export interface TriageSettings {
  /** The province's previous-year average wages, each with the day it applies from. */
  averageWages: AverageWage[];
  /** 小额诉讼 threshold as a share of the average wage (民事诉讼法第一百六十五条第一款: 50 %). */
  smallClaimsShare: number;
  /** With both parties' consent, up to this multiple of the average wage (第一百六十五条第二款: 2). */
  consentMultiple: number;
  /** 金钱给付 causes (catalogue names; a cause matches its sub-causes). */
  moneyCauses: string[];
  /** 人身关系 causes, excluded from 小额诉讼 (第一百六十六条第一项). */
  personalRelationCauses: string[];
  /** 财产确权 causes, excluded from 小额诉讼 (第一百六十六条第一项). */
  ownershipCauses: string[];
  /** The 速裁 team: the divisions whose 简易程序 cases are 速裁, and its criteria. */
  fastTrack: {
    divisions: string[];
    /** Causes the court's 速裁 rules send to the team (catalogue names; sub-causes match). */
    causes: string[];
    /** Highest 标的额 (yuan) for 速裁; 0 = no limit. */
    maxAmountYuan: number;
    /** Most parties (原告 + 被告) for 速裁. */
    maxParties: number;
  };
  /** Signs of a case for 普通程序. */
  ordinary: {
    /** At least this many parties (原告 + 被告). */
    minParties: number;
    /** 标的额 (yuan) at or above which a case is suggested for 普通程序. */
    highAmountYuan: number;
  };
  /** 退案流转: a fast-track case is to be sent back within this many days of filing (本院细则). */
  transferBackDays: number;
}

/**
 * Defaults. The wage table is empty: a court enters its province's published figures (the demo
 * court enters a demo figure and says so). Cause lists are drawn from the 案由 catalogue (2020).
 */
export const TRIAGE_DEFAULTS: TriageSettings = Object.freeze({
  averageWages: [],
  smallClaimsShare: 0.5,
  consentMultiple: 2,
  moneyCauses: [
    "买卖合同纠纷",
    "借款合同纠纷",
    "租赁合同纠纷",
    "信用卡纠纷",
    "物业服务合同纠纷",
    "服务合同纠纷",
    "供用电合同纠纷",
    "供用水合同纠纷",
    "供用气合同纠纷",
    "供用热力合同纠纷",
    "劳务合同纠纷",
    "追索劳动报酬纠纷",
    "机动车交通事故责任纠纷",
    "抚养纠纷",
    "扶养纠纷",
    "赡养纠纷",
  ],
  personalRelationCauses: [
    "离婚纠纷",
    "婚姻无效纠纷",
    "撤销婚姻纠纷",
    "同居关系纠纷",
    "亲子关系纠纷",
    "收养关系纠纷",
    "监护权纠纷",
    "探望权纠纷",
  ],
  ownershipCauses: [
    "物权确认纠纷",
    "确认合同效力纠纷",
    "股东资格确认纠纷",
    "海事债权确权纠纷",
    "确认劳动关系纠纷",
  ],
  fastTrack: Object.freeze({
    divisions: ["速裁团队"],
    causes: [
      "信用卡纠纷",
      "金融借款合同纠纷",
      "民间借贷纠纷",
      "物业服务合同纠纷",
      "机动车交通事故责任纠纷",
      "买卖合同纠纷",
      "房屋租赁合同纠纷",
      "劳务合同纠纷",
      "追索劳动报酬纠纷",
      "供用热力合同纠纷",
    ],
    maxAmountYuan: 500_000,
    maxParties: 4,
  }),
  ordinary: Object.freeze({ minParties: 6, highAmountYuan: 1_000_000 }),
  transferBackDays: 15,
}) as TriageSettings;

/** A problem with settings, naming the field. */
export interface TriageSettingsIssue {
  field: string;
  message: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Checks settings as a court may enter them; every problem names its field (in Chinese). */
export function validateTriageSettings(s: TriageSettings): TriageSettingsIssue[] {
  const out: TriageSettingsIssue[] = [];
  const seen = new Set<string>();
  s.averageWages.forEach((w, i) => {
    const f = `averageWages[${i}]`;
    if (!ISO.test(w.appliesFrom))
      out.push({ field: `${f}.appliesFrom`, message: `适用起始日期“${w.appliesFrom}”不是有效日期` });
    if (seen.has(w.appliesFrom))
      out.push({ field: `${f}.appliesFrom`, message: `适用起始日期 ${w.appliesFrom} 重复` });
    seen.add(w.appliesFrom);
    if (!Number.isInteger(w.wageYear) || w.wageYear < 2000 || w.wageYear > 2100)
      out.push({ field: `${f}.wageYear`, message: `工资年度“${w.wageYear}”无效` });
    else if (ISO.test(w.appliesFrom) && Number(w.appliesFrom.slice(0, 4)) <= w.wageYear)
      out.push({
        field: `${f}.wageYear`,
        message: `${w.wageYear}年度平均工资不能在${w.appliesFrom}之前适用（应为上年度工资）`,
      });
    if (!(w.yuan > 0)) out.push({ field: `${f}.yuan`, message: `年平均工资“${w.yuan}”应为正数（元）` });
    if (!w.source?.trim()) out.push({ field: `${f}.source`, message: "请注明年平均工资的发布来源" });
  });
  if (!(s.smallClaimsShare > 0 && s.smallClaimsShare <= 1))
    out.push({
      field: "smallClaimsShare",
      message: `小额诉讼标的额比例“${s.smallClaimsShare}”应在 0 与 1 之间`,
    });
  if (!(s.consentMultiple >= s.smallClaimsShare))
    out.push({
      field: "consentMultiple",
      message: `约定适用的倍数“${s.consentMultiple}”不能小于小额诉讼标的额比例`,
    });
  const causeList = (field: string, list: string[]) => {
    list.forEach((name, i) => {
      const c = lookupCause(name);
      if (!c || c.family !== "civil")
        out.push({ field: `${field}[${i}]`, message: `“${name}”不是民事案件案由目录中的案由` });
    });
  };
  causeList("moneyCauses", s.moneyCauses);
  causeList("personalRelationCauses", s.personalRelationCauses);
  causeList("ownershipCauses", s.ownershipCauses);
  causeList("fastTrack.causes", s.fastTrack.causes);
  if (s.fastTrack.divisions.length === 0)
    out.push({ field: "fastTrack.divisions", message: "请至少指定一个速裁部门" });
  if (!(s.fastTrack.maxAmountYuan >= 0))
    out.push({ field: "fastTrack.maxAmountYuan", message: "速裁标的额上限应为非负数（0 为不限）" });
  if (!(Number.isInteger(s.fastTrack.maxParties) && s.fastTrack.maxParties >= 2))
    out.push({ field: "fastTrack.maxParties", message: "速裁当事人人数上限应为不小于 2 的整数" });
  if (!(Number.isInteger(s.ordinary.minParties) && s.ordinary.minParties >= 3))
    out.push({ field: "ordinary.minParties", message: "普通程序当事人人数标准应为不小于 3 的整数" });
  if (!(s.ordinary.highAmountYuan > 0))
    out.push({ field: "ordinary.highAmountYuan", message: "普通程序标的额标准应为正数（元）" });
  if (!(Number.isInteger(s.transferBackDays) && s.transferBackDays >= 1))
    out.push({ field: "transferBackDays", message: "退案期限应为正整数（天）" });
  return out;
}

/** The wage that applies to a case filed on `filedOn`: the latest entry applying on or before it. */
export function wageOn(s: TriageSettings, filedOn: string): AverageWage | undefined {
  let best: AverageWage | undefined;
  for (const w of s.averageWages)
    if (w.appliesFrom <= filedOn && (!best || w.appliesFrom > best.appliesFrom)) best = w;
  return best;
}

/**
 * A matcher for a list of catalogue causes: a case's cause matches when it is one of them or sits
 * under one of them in the catalogue (民间借贷纠纷 under 借款合同纠纷). Built once per list.
 */
export function causeMatcher(list: readonly string[]): (cause: string | null) => string | undefined {
  const wanted = new Set(list.map((n) => lookupCause(n)?.name ?? n));
  const parentOf = new Map<string, string | undefined>();
  for (const c of civilCauses()) parentOf.set(c.name, c.parent);
  const memo = new Map<string, string | undefined>();
  return (cause) => {
    if (cause === null) return undefined;
    const hit = memo.get(cause);
    if (hit !== undefined || memo.has(cause)) return hit;
    let name: string | undefined = lookupCause(cause)?.name ?? cause;
    let found: string | undefined;
    for (let depth = 0; name && depth < 6; depth++) {
      if (wanted.has(name)) {
        found = name;
        break;
      }
      name = parentOf.get(name);
    }
    memo.set(cause, found);
    return found;
  };
}
