/**
 * 繁简分流 rules as data (like the alert catalogue, src/domain/alerts/rules.ts): every rule with its
 * id, the track it speaks for, its Chinese title and basis, and the settings it reads; and the pure
 * suggestion of a track for a civil first-instance case with every reason that applied.
 *
 * Order (docs/triage.md): 小额诉讼程序 when the case is eligible (民事诉讼法第一百六十五、一百六十六条;
 * the consent band only with both parties' consent); else 普通程序 when a sign of a case that is not
 * simple applies (many parties, high amount, appraisal, 涉外, a defendant served by 公告); else 速裁
 * (简易程序 in the 速裁团队) when the court's own 速裁 criteria hold; else 简易程序 (第一百六十条).
 *
 * Users read titles, bases and reasons: Chinese, citing law and article, or saying 本院规定 where the
 * criterion is the court's own setting (src/domain/user-text.test.ts checks).
 */
import { CPL, CPL_INTERPRETATION } from "../time-limit/citations.js";
import type { TriageSettings } from "./settings.js";
import {
  compiledCauses,
  partyCount,
  SMALL_CLAIMS_RULES,
  smallClaimsEligibility,
  type TriageCase,
  yuanText,
} from "./small-claims.js";

export const TRACKS = ["小额诉讼程序", "速裁", "简易程序", "普通程序"] as const;
export type Track = (typeof TRACKS)[number];

/** One rule of the catalogue. */
export interface TriageRule {
  id: string;
  /** The track the rule speaks for (an exclusion of 小额诉讼 speaks against it: "not-small-claims"). */
  track: Track | "非小额诉讼";
  title: string;
  basis: string;
  /** The settings (keys of TriageSettings, dotted) the rule reads. */
  settings: readonly string[];
}

export const FAST_TRACK_RULES = {
  cause: "fast-track.cause",
  amount: "fast-track.amount",
  parties: "fast-track.parties",
  notCause: "fast-track.not-cause",
  overAmount: "fast-track.over-amount",
  unknownAmount: "fast-track.unknown-amount",
  overParties: "fast-track.over-parties",
} as const;

export const ORDINARY_RULES = {
  parties: "ordinary.parties",
  highAmount: "ordinary.high-amount",
  appraisal: "ordinary.appraisal",
  foreign: "ordinary.foreign",
  whereabouts: "ordinary.whereabouts-unknown",
} as const;

export const SIMPLE_RULE = "simple.default";

const ART160 = `${CPL}第一百六十条`;
const ART165 = `${CPL}第一百六十五条`;
const ART166 = `${CPL}第一百六十六条`;
const CONVERSION = `${CPL}第一百六十九条、第一百七十条（审理中发现不宜适用小额诉讼的程序或者简易程序的，转为简易程序或者普通程序）`;
const INTERP257 = `${CPL_INTERPRETATION}第二百五十七条`;
const INTERP_SMALL = `${CPL_INTERPRETATION}第二百七十一条、第二百七十二条`;
const COURT_FAST = "本院《民事速裁案件适用工作的规定》（速裁标准为本院设置）";
const COURT_ORDINARY = "本院繁简分流工作标准（本院设置）";

function rule(
  id: string,
  track: TriageRule["track"],
  title: string,
  basis: string,
  settings: readonly string[] = [],
): TriageRule {
  return Object.freeze({ id, track, title, basis, settings: Object.freeze([...settings]) });
}

const S = SMALL_CLAIMS_RULES;
const WAGE = ["averageWages", "smallClaimsShare"];

/** The catalogue, in the order the suggestion consults it. */
export const TRIAGE_RULES: readonly TriageRule[] = Object.freeze([
  rule(S.moneyCause, "小额诉讼程序", "金钱给付案由", `${ART165}第一款（简单金钱给付民事案件）`, [
    "moneyCauses",
  ]),
  rule(
    S.amount,
    "小额诉讼程序",
    "标的额不超过上年度就业人员年平均工资的百分之五十",
    `${ART165}第一款；${INTERP_SMALL}`,
    WAGE,
  ),
  rule(
    S.consent,
    "小额诉讼程序",
    "标的额在百分之五十至二倍之间，当事人双方约定适用小额诉讼的程序",
    `${ART165}第二款`,
    [...WAGE, "consentMultiple"],
  ),
  rule(S.notMoneyCause, "非小额诉讼", "案由不属金钱给付纠纷", `${ART165}第一款`, ["moneyCauses"]),
  rule(S.overAmount, "非小额诉讼", "标的额超过上年度就业人员年平均工资的二倍", `${ART165}第二款`, [
    "averageWages",
    "consentMultiple",
  ]),
  rule(S.noConsent, "非小额诉讼", "标的额超过百分之五十而当事人未约定适用小额诉讼的程序", `${ART165}第二款`, [
    ...WAGE,
    "consentMultiple",
  ]),
  rule(S.unknownAmount, "非小额诉讼", "标的额未填写", `${ART165}第一款`),
  rule(
    S.noWage,
    "非小额诉讼",
    "立案时没有可适用的上年度就业人员年平均工资",
    `${CPL_INTERPRETATION}第二百七十二条`,
    ["averageWages"],
  ),
  rule(S.personal, "非小额诉讼", "人身关系案件", `${ART166}第一项`, ["personalRelationCauses"]),
  rule(S.ownership, "非小额诉讼", "财产确权案件", `${ART166}第一项`, ["ownershipCauses"]),
  rule(S.foreign, "非小额诉讼", "涉外案件", `${ART166}第二项`),
  rule(S.appraisal, "非小额诉讼", "需要评估、鉴定的案件", `${ART166}第三项`),
  rule(S.whereabouts, "非小额诉讼", "一方当事人下落不明（公告送达）", `${ART166}第四项`),
  rule(S.counterclaim, "非小额诉讼", "当事人提出反诉", `${ART166}第五项`),
  rule(
    ORDINARY_RULES.parties,
    "普通程序",
    "当事人人数众多",
    `${INTERP257}第三项（当事人一方人数众多的案件不适用简易程序）；人数标准为${COURT_ORDINARY}`,
    ["ordinary.minParties"],
  ),
  rule(
    ORDINARY_RULES.highAmount,
    "普通程序",
    "标的额较大",
    `${ART160}（简易程序适用于事实清楚、权利义务关系明确、争议不大的简单的民事案件）；标的额标准为${COURT_ORDINARY}`,
    ["ordinary.highAmountYuan"],
  ),
  rule(
    ORDINARY_RULES.appraisal,
    "普通程序",
    "需要评估、鉴定",
    `${ART160}；需要鉴定的案件事实争议较大，按${COURT_ORDINARY}建议适用普通程序；审理中发现的，依${CONVERSION}`,
  ),
  rule(
    ORDINARY_RULES.foreign,
    "普通程序",
    "涉外案件",
    `${ART166}第二项（涉外案件不适用小额诉讼的程序）；按${COURT_ORDINARY}建议适用普通程序`,
  ),
  rule(
    ORDINARY_RULES.whereabouts,
    "普通程序",
    "被告下落不明（公告送达）",
    `${INTERP257}第一项（起诉时被告下落不明的案件不适用简易程序）`,
  ),
  rule(FAST_TRACK_RULES.cause, "速裁", "本院速裁案由", COURT_FAST, ["fastTrack.causes"]),
  rule(FAST_TRACK_RULES.amount, "速裁", "标的额不超过速裁上限", COURT_FAST, ["fastTrack.maxAmountYuan"]),
  rule(FAST_TRACK_RULES.parties, "速裁", "当事人人数不超过速裁上限", COURT_FAST, ["fastTrack.maxParties"]),
  rule(FAST_TRACK_RULES.notCause, "简易程序", "案由不在本院速裁案由范围内", COURT_FAST, ["fastTrack.causes"]),
  rule(FAST_TRACK_RULES.overAmount, "简易程序", "标的额超过速裁上限", COURT_FAST, [
    "fastTrack.maxAmountYuan",
  ]),
  rule(FAST_TRACK_RULES.unknownAmount, "简易程序", "标的额未填写，无法判断速裁标准", COURT_FAST, [
    "fastTrack.maxAmountYuan",
  ]),
  rule(FAST_TRACK_RULES.overParties, "简易程序", "当事人人数超过速裁上限", COURT_FAST, [
    "fastTrack.maxParties",
  ]),
  rule(
    SIMPLE_RULE,
    "简易程序",
    "事实清楚、权利义务关系明确、争议不大的简单民事案件",
    `${ART160}；不宜适用简易程序的，依${CONVERSION}`,
  ),
]);

const BY_ID = new Map(TRIAGE_RULES.map((r) => [r.id, r]));
export function triageRule(id: string): TriageRule | undefined {
  return BY_ID.get(id);
}

export interface TriageSuggestion {
  track: Track;
  /** The ids of the rules that applied, in the order of the reasons. */
  rules: string[];
  /** Chinese sentences with their numbers and articles. */
  reasons: string[];
}

/** Events known by `asOf`. */
function knownEvents(c: TriageCase, asOf: string) {
  return c.events.filter((e) => e.from <= asOf);
}

/** The suggested track of a case as of a date, with every rule that applied. */
export function suggestTrack(c: TriageCase, s: TriageSettings, asOf: string): TriageSuggestion {
  const small = smallClaimsEligibility(c, s, asOf);
  const rules: string[] = [];
  const reasons: string[] = [];
  const add = (id: string, text: string) => {
    rules.push(id);
    reasons.push(text);
  };
  if (small.eligible) {
    for (const r of small.reasons) add(r.rule, r.text);
    const band = small.band === "consent" ? "当事人约定适用" : "应当适用";
    add(
      small.band === "consent" ? S.consent : S.amount,
      `符合小额诉讼条件，且无${ART166}规定的除外情形，${band}小额诉讼的程序，实行一审终审（${ART165}；${CPL_INTERPRETATION}第二百七十一条）`,
    );
    return dedupe({ track: "小额诉讼程序", rules, reasons });
  }
  // Why not 小额诉讼: every exclusion that fired.
  for (const x of small.exclusions) add(x.rule, x.text);

  const parties = partyCount(c);
  const events = knownEvents(c, asOf);
  const ordinaryStart = rules.length;
  if (parties >= s.ordinary.minParties)
    add(
      ORDINARY_RULES.parties,
      `当事人${parties}人，达到普通程序人数标准${s.ordinary.minParties}人（${INTERP257}第三项；${COURT_ORDINARY}）`,
    );
  const highFen = Math.round(s.ordinary.highAmountYuan * 100);
  if (c.amountFen !== null && c.amountFen >= highFen)
    add(
      ORDINARY_RULES.highAmount,
      `标的额${yuanText(c.amountFen)}，达到普通程序标的额标准${yuanText(highFen)}（${COURT_ORDINARY}）`,
    );
  const appraisal = events.find(
    (e) => e.kind === "exclusion" && (e.reason === "鉴定" || e.reason === "审计评估"),
  );
  if (appraisal)
    add(
      ORDINARY_RULES.appraisal,
      `${appraisal.from} 起因${appraisal.reason}扣除审限，案件需要评估、鉴定，建议适用普通程序（${ART160}；${COURT_ORDINARY}）`,
    );
  if (c.foreignRelated === true)
    add(ORDINARY_RULES.foreign, `涉外案件，建议适用普通程序（${COURT_ORDINARY}）`);
  const notice = events.find((e) => e.kind === "exclusion" && e.reason === "公告");
  if (notice)
    add(
      ORDINARY_RULES.whereabouts,
      `${notice.from} 起公告送达，被告下落不明，不适用简易程序（${INTERP257}第一项）`,
    );
  if (rules.length > ordinaryStart) return dedupe({ track: "普通程序", rules, reasons });

  // 速裁: the court's own criteria, every one of them.
  const m = compiledCauses(s);
  const fastCause = m.fastCauses(c.cause);
  const F = FAST_TRACK_RULES;
  let fast = true;
  if (fastCause) add(F.cause, `案由“${c.cause}”属本院速裁案由（${fastCause}）（${COURT_FAST}）`);
  else {
    fast = false;
    add(F.notCause, `案由“${c.cause ?? "（空）"}”不在本院速裁案由范围内（${COURT_FAST}）`);
  }
  const maxFen = Math.round(s.fastTrack.maxAmountYuan * 100);
  if (maxFen === 0) {
    if (c.amountFen !== null)
      add(F.amount, `标的额${yuanText(c.amountFen)}，本院速裁标准不限标的额（${COURT_FAST}）`);
  } else if (c.amountFen === null) {
    fast = false;
    add(
      F.unknownAmount,
      `标的额未填写，无法判断是否不超过速裁标的额上限${yuanText(maxFen)}（${COURT_FAST}）`,
    );
  } else if (c.amountFen <= maxFen) {
    add(F.amount, `标的额${yuanText(c.amountFen)}，不超过速裁标的额上限${yuanText(maxFen)}（${COURT_FAST}）`);
  } else {
    fast = false;
    add(
      F.overAmount,
      `标的额${yuanText(c.amountFen)}，超过速裁标的额上限${yuanText(maxFen)}（${COURT_FAST}）`,
    );
  }
  if (parties <= s.fastTrack.maxParties)
    add(F.parties, `当事人${parties}人，不超过速裁人数上限${s.fastTrack.maxParties}人（${COURT_FAST}）`);
  else {
    fast = false;
    add(F.overParties, `当事人${parties}人，超过速裁人数上限${s.fastTrack.maxParties}人（${COURT_FAST}）`);
  }
  // No appraisal: an appraisal already sent the case to 普通程序 above.
  if (fast) {
    const team = s.fastTrack.divisions.join("、");
    add(SIMPLE_RULE, `符合本院速裁标准，建议由${team}适用简易程序速裁审理（${ART160}；${COURT_FAST}）`);
    return dedupe({ track: "速裁", rules, reasons });
  }
  add(
    SIMPLE_RULE,
    `无适用普通程序的情形，建议适用简易程序（${ART160}；不宜适用简易程序的，依${CPL}第一百七十条裁定转为普通程序）`,
  );
  return dedupe({ track: "简易程序", rules, reasons });
}

/** Rule ids once each (a rule named twice keeps its first place); every reason is kept. */
function dedupe(r: TriageSuggestion): TriageSuggestion {
  return { track: r.track, rules: [...new Set(r.rules)], reasons: r.reasons };
}
