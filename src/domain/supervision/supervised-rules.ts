/**
 * 四类案件 — the rule library for identifying supervised cases ("自动识别为主、人工甄别为辅").
 * Each rule is data: id, category (一 重大疑难复杂敏感, 二 群体性或社会广泛关注, 三 可能与类案裁判
 * 冲突, 四 反映法官违法审判), the situation it recognises, its basis and the settings it reads.
 * Category 四 has no automatic rule: it is entered by hand (提请标注).
 *
 * Bases. 《最高人民法院关于完善人民法院司法责任制的若干意见》(法发〔2015〕13号) art. 24 names the
 * four kinds of case on which 院长、副院长、庭长 may ask the judge to report progress and the
 * panel's deliberation; 《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》
 * (法发〔2021〕30号) art. 2 restates them in their present wording and art. 3 lists what counts as
 * 重大、疑难、复杂、敏感 (national or public interest, 具有首案效应的新类型案件 …). The thresholds
 * below (10 parties on one side, amounts, 18 months, the cause lists) are not fixed by either text:
 * they are this court's settings (本院实施细则), named and documented (docs/supervision.md), with
 * defaults a court changes in its settings. No article number is given where the text is not at
 * hand.
 */

/** 四类案件 category: 1 重大疑难复杂敏感, 2 群体性或社会广泛关注, 3 可能与类案裁判冲突, 4 反映法官违法审判. */
export type SupervisionCategory = 1 | 2 | 3 | 4;

export const SUPERVISION_CATEGORIES: readonly SupervisionCategory[] = [1, 2, 3, 4];

export const SUPERVISION_CATEGORY_NAMES: Record<SupervisionCategory, string> = {
  1: "重大、疑难、复杂、敏感",
  2: "涉及群体性纠纷或者引发社会广泛关注，可能影响社会稳定",
  3: "与本院或者上级人民法院的类案裁判可能发生冲突",
  4: "有关单位或者个人反映法官有违法审判行为",
};

/** The short label (第一类 …). */
export const SUPERVISION_CATEGORY_SHORT: Record<SupervisionCategory, string> = {
  1: "第一类（重大疑难复杂敏感）",
  2: "第二类（群体性或社会广泛关注）",
  3: "第三类（可能与类案裁判冲突）",
  4: "第四类（反映法官违法审判）",
};

export function isSupervisionCategory(n: unknown): n is SupervisionCategory {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** The category written as the screens and forms write it (第一类 …), or as a number 1–4. */
export function parseSupervisionCategory(v: unknown): SupervisionCategory | undefined {
  if (isSupervisionCategory(v)) return v;
  if (typeof v === "string") {
    const n = Number(v);
    if (isSupervisionCategory(n)) return n;
    for (const c of SUPERVISION_CATEGORIES) if (SUPERVISION_CATEGORY_SHORT[c] === v) return c;
  }
  return undefined;
}

export const SPC_RESPONSIBILITY_2015 =
  "《最高人民法院关于完善人民法院司法责任制的若干意见》（法发〔2015〕13号）第二十四条";
export const SPC_FOUR_KINDS_2021 =
  "《最高人民法院关于进一步完善“四类案件”监督管理工作机制的指导意见》（法发〔2021〕30号）";
const COURT_SETTING = "本院“四类案件”识别规则（设置项，可由审管办调整）";

export interface SupervisionSettings {
  /** 群体性纠纷: one side (原告, or 被告) with at least this many parties. */
  massPartyMin: number;
  /** 标的额 at or above this many yuan (重大). */
  largeAmountYuan: number;
  /** 涉企 and 标的额 at or above this many yuan. */
  enterpriseAmountYuan: number;
  /** 案由 marking a new-type or public-interest case (重大、敏感). */
  listedCauses: readonly string[];
  /** 案由 marking a case of many victims or investors (涉众, 群体性). */
  massCauses: readonly string[];
  /** Pending for more than this many months of natural age. */
  longPendingMonths: number;
  /** Rules switched off. */
  disabled: readonly string[];
}

export const SUPERVISION_SETTINGS_DEFAULTS: SupervisionSettings = {
  massPartyMin: 10,
  largeAmountYuan: 10_000_000,
  enterpriseAmountYuan: 5_000_000,
  listedCauses: [
    "环境污染民事公益诉讼",
    "生态破坏民事公益诉讼",
    "消费民事公益诉讼",
    "个人信息保护纠纷",
    "污染环境罪",
    "侵犯公民个人信息罪",
  ],
  massCauses: ["非法吸收公众存款罪", "集资诈骗罪", "组织、领导传销活动罪"],
  longPendingMonths: 18,
  disabled: [],
};

export const SUPERVISION_SETTING_NAMES: Record<keyof SupervisionSettings, string> = {
  massPartyMin: "群体性纠纷：一方当事人人数下限（人）",
  largeAmountYuan: "重大案件：标的额下限（元）",
  enterpriseAmountYuan: "涉企案件：标的额下限（元）",
  listedCauses: "新类型、涉公共利益案由",
  massCauses: "涉众案由",
  longPendingMonths: "长期未结：自然月数",
  disabled: "停用的规则",
};

export const SUPERVISION_RULE_IDS = {
  massParty: "mass-party",
  massCause: "mass-cause",
  largeAmount: "large-amount",
  enterpriseAmount: "enterprise-amount",
  listedCause: "listed-cause",
  longPending: "long-pending",
  remandRetrial: "remand-retrial",
  parallelDispute: "parallel-dispute",
} as const;
export type SupervisionRuleId = (typeof SUPERVISION_RULE_IDS)[keyof typeof SUPERVISION_RULE_IDS];

export interface SupervisionRule {
  id: SupervisionRuleId;
  category: SupervisionCategory;
  /** Chinese: the rule's name. */
  title: string;
  /** Chinese: the situation it recognises. */
  situation: string;
  /** Chinese: its basis (document and article, or the court's setting). */
  basis: string;
  /** The settings it reads. */
  settings: readonly (keyof SupervisionSettings)[];
}

export const SUPERVISION_RULES: readonly SupervisionRule[] = [
  {
    id: "mass-party",
    category: 2,
    title: "一方当事人人数众多",
    situation: "原告一方或被告一方的当事人人数达到设置的下限（按一方分别计算，不合计双方）",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（二）项；人数下限为${COURT_SETTING}`,
    settings: ["massPartyMin"],
  },
  {
    id: "mass-cause",
    category: 2,
    title: "涉众型案由",
    situation: "案由属于设置的涉众型案由（非法集资、传销等，受害人或投资人众多）",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（二）项；案由清单为${COURT_SETTING}`,
    settings: ["massCauses"],
  },
  {
    id: "large-amount",
    category: 1,
    title: "标的额巨大",
    situation: "标的额达到设置的下限",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（一）项；金额下限为${COURT_SETTING}`,
    settings: ["largeAmountYuan"],
  },
  {
    id: "enterprise-amount",
    category: 1,
    title: "涉企重大案件",
    situation: "涉企案件且标的额达到设置的下限",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（一）项；金额下限为${COURT_SETTING}`,
    settings: ["enterpriseAmountYuan"],
  },
  {
    id: "listed-cause",
    category: 1,
    title: "新类型或涉公共利益案由",
    situation: "案由属于设置的新类型、涉及国家利益或社会公共利益的案由",
    basis: `${SPC_FOUR_KINDS_2021}第三条（涉及国家利益、社会公共利益的，具有首案效应的新类型案件）；案由清单为${COURT_SETTING}`,
    settings: ["listedCauses"],
  },
  {
    id: "long-pending",
    category: 1,
    title: "长期未结",
    situation: "立案后超过设置的自然月数仍未审结",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（一）项；月数为${COURT_SETTING}`,
    settings: ["longPendingMonths"],
  },
  {
    id: "remand-retrial",
    category: 1,
    title: "发回重审案件",
    situation:
      "一审案件未结，且本院此前有原告、被告、案由相同的一审案件被二审发回重审（或二审以发回重审结案），立案在原审之后",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（一）项；纳入识别为${COURT_SETTING}`,
    settings: [],
  },
  {
    id: "parallel-dispute",
    category: 3,
    title: "同一当事人同一案由另案未结",
    situation: "原告、被告、案由相同的另一件一审案件尚未审结时，本案又在审理（标注后立案的一件）",
    basis: `${SPC_FOUR_KINDS_2021}第二条第（三）项；纳入识别为${COURT_SETTING}`,
    settings: [],
  },
];

export const SUPERVISION_RULES_BY_ID: ReadonlyMap<string, SupervisionRule> = new Map(
  SUPERVISION_RULES.map((r) => [r.id, r]),
);

/** Category 四 and manual marks of any category: 提请标注 by hand. */
export const MANUAL_RULE_ID = "manual";
export const MANUAL_RULE_TITLE = "人工提请标注";

/** Settings with the defaults for what is not given; lists trimmed. */
export function resolveSupervisionSettings(s?: Partial<SupervisionSettings>): SupervisionSettings {
  const out = { ...SUPERVISION_SETTINGS_DEFAULTS, ...(s ?? {}) };
  return {
    ...out,
    listedCauses: out.listedCauses.map((c) => c.trim()).filter((c) => c !== ""),
    massCauses: out.massCauses.map((c) => c.trim()).filter((c) => c !== ""),
  };
}

/** Problems with a settings object (Chinese, naming the setting and value); empty when fine. */
export function supervisionSettingsProblems(s: Partial<SupervisionSettings>): string[] {
  const problems: string[] = [];
  const positiveInt = (k: "massPartyMin" | "longPendingMonths") => {
    const v = s[k];
    if (v !== undefined && (!Number.isInteger(v) || v < 1))
      problems.push(`${SUPERVISION_SETTING_NAMES[k]}应为正整数（现为 ${JSON.stringify(v)}）`);
  };
  const positive = (k: "largeAmountYuan" | "enterpriseAmountYuan") => {
    const v = s[k];
    if (v !== undefined && (typeof v !== "number" || !Number.isFinite(v) || v <= 0))
      problems.push(`${SUPERVISION_SETTING_NAMES[k]}应为正数（现为 ${JSON.stringify(v)}）`);
  };
  positiveInt("massPartyMin");
  positiveInt("longPendingMonths");
  positive("largeAmountYuan");
  positive("enterpriseAmountYuan");
  for (const id of s.disabled ?? [])
    if (!SUPERVISION_RULES_BY_ID.has(id)) problems.push(`停用的规则中有未知规则 ${JSON.stringify(id)}`);
  return problems;
}
