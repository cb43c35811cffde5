/**
 * The calibration of the demo court: every share and rate the generator draws from, in one
 * place, so that docs/demo-data.md and the tests can cite them. Names of causes come from the
 * 2020 民事案件案由规定 (test/fixtures/reference-data/causes-civil.json), charges from
 * test/fixtures/reference-data/criminal-charges.txt, administrative causes from the judgment
 * site's cause tree (court-site-cause-tree-2019.json); the tests check every name against them.
 */
import type { Procedure } from "../domain/case/procedure.js";
import type { DivisionKey } from "./court.js";

/** Cases a year at the calibrated court (东胜区人民法院 2024: 全量受理 21,207, reference/indicators.md §6.2). */
export const CASES_PER_YEAR = 21_000;

/**
 * 类型代字 shares of all new cases, in percent (sum 100). Trial (every category but enforcement)
 * 61 %, enforcement 39 % (东胜 2024: 审判 12,898 / 执行 8,309); criminal 8 %, administrative 2 %.
 */
export const TYPE_SHARES: readonly (readonly [string, number])[] = [
  ["民初", 45.0],
  ["民特", 3.6],
  ["民督", 0.3],
  ["民撤", 0.05],
  ["刑初", 8.0],
  ["行初", 1.1],
  ["行审", 0.9],
  ["财保", 2.05],
  ["执", 31.0],
  ["执恢", 3.0],
  ["执保", 3.8],
  ["执异", 1.2],
];

export type PartyKind =
  | "person"
  | "company"
  | "bank"
  | "card"
  | "property"
  | "heating"
  | "insurer"
  | "developer"
  | "builder"
  | "lender"
  | "guarantor"
  | "agency"
  | "prosecutor";

export type CauseGroup = "family" | "labour" | "tort" | "finance" | "commerce" | "property" | "complex";

export interface CivilCause {
  name: string;
  /** Share of 民初 cases, percent (after batches). */
  share: number;
  group: CauseGroup;
  plaintiff: PartyKind;
  /** First defendant always; the others with the given probability. */
  defendants: readonly (PartyKind | readonly [PartyKind, number])[];
  /** 标的额: median yuan, log-sigma, whether it has 分 (cents); null: no amount. */
  amount: readonly [number, number, boolean] | null;
  /** Share of cases with no amount even though the cause usually has one. */
  amountMissing?: number;
  /** 小额诉讼 eligible (a money claim). */
  small: boolean;
  /** Overrides of exclusion rates (per case). */
  notice?: number;
  appraisal?: number;
  jurisdiction?: number;
  audit?: number;
  /** Same-plaintiff batches: share of this cause's cases filed in batches, and the batch size range. */
  batch?: { fraction: number; size: readonly [number, number] };
}

/** 民初 causes (shares in percent of 民初). */
export const CIVIL_CAUSES: readonly CivilCause[] = [
  {
    name: "民间借贷纠纷",
    share: 12.5,
    group: "finance",
    plaintiff: "person",
    defendants: ["person", ["person", 0.35], ["company", 0.06]],
    amount: [60_000, 1.0, false],
    small: true,
    notice: 0.07,
  },
  {
    name: "金融借款合同纠纷",
    share: 8.5,
    group: "finance",
    plaintiff: "bank",
    defendants: ["person", ["person", 0.5], ["company", 0.15]],
    amount: [150_000, 0.9, true],
    small: true,
    notice: 0.1,
    jurisdiction: 0.02,
  },
  {
    name: "信用卡纠纷",
    share: 7,
    group: "finance",
    plaintiff: "card",
    defendants: ["person"],
    amount: [26_000, 0.7, true],
    small: true,
    notice: 0.12,
    batch: { fraction: 0.5, size: [12, 40] },
  },
  {
    name: "买卖合同纠纷",
    share: 8,
    group: "commerce",
    plaintiff: "company",
    defendants: [
      ["company", 1],
      ["person", 0.3],
    ],
    amount: [80_000, 1.1, false],
    small: true,
    jurisdiction: 0.04,
  },
  {
    name: "物业服务合同纠纷",
    share: 7,
    group: "property",
    plaintiff: "property",
    defendants: ["person", ["person", 0.2]],
    amount: [3_600, 0.6, true],
    small: true,
    notice: 0.03,
    batch: { fraction: 0.6, size: [15, 45] },
  },
  {
    name: "供用热力合同纠纷",
    share: 3,
    group: "property",
    plaintiff: "heating",
    defendants: ["person"],
    amount: [5_200, 0.5, true],
    small: true,
  },
  {
    name: "机动车交通事故责任纠纷",
    share: 6,
    group: "tort",
    plaintiff: "person",
    defendants: ["person", ["insurer", 0.7], ["company", 0.1]],
    amount: [60_000, 0.9, true],
    small: false,
    appraisal: 0.18,
  },
  {
    name: "离婚纠纷",
    share: 7,
    group: "family",
    plaintiff: "person",
    defendants: ["person"],
    amount: [120_000, 1.0, false],
    amountMissing: 0.6,
    small: false,
    notice: 0.06,
  },
  {
    name: "劳动合同纠纷",
    share: 2.2,
    group: "labour",
    plaintiff: "person",
    defendants: ["company"],
    amount: [35_000, 0.9, true],
    small: true,
  },
  {
    name: "劳动争议",
    share: 1.0,
    group: "labour",
    plaintiff: "company",
    defendants: ["person"],
    amount: [30_000, 0.9, true],
    small: true,
  },
  {
    name: "追索劳动报酬纠纷",
    share: 3,
    group: "labour",
    plaintiff: "person",
    defendants: ["company", ["person", 0.3]],
    amount: [25_000, 0.9, false],
    small: true,
  },
  {
    name: "劳务合同纠纷",
    share: 3,
    group: "labour",
    plaintiff: "person",
    defendants: ["person", ["company", 0.2]],
    amount: [30_000, 0.9, false],
    small: true,
  },
  {
    name: "租赁合同纠纷",
    share: 2,
    group: "property",
    plaintiff: "person",
    defendants: ["person", ["company", 0.15]],
    amount: [40_000, 1.0, false],
    small: true,
  },
  {
    name: "房屋租赁合同纠纷",
    share: 2,
    group: "property",
    plaintiff: "person",
    defendants: ["person"],
    amount: [30_000, 1.0, false],
    small: true,
  },
  {
    name: "建设工程施工合同纠纷",
    share: 3,
    group: "complex",
    plaintiff: "company",
    defendants: ["builder", ["developer", 0.4]],
    amount: [600_000, 1.2, true],
    small: false,
    appraisal: 0.25,
    jurisdiction: 0.06,
    audit: 0.08,
  },
  {
    name: "房屋买卖合同纠纷",
    share: 2,
    group: "property",
    plaintiff: "person",
    defendants: [
      ["person", 0.7],
      ["developer", 0.4],
    ],
    amount: [320_000, 0.8, false],
    small: false,
    appraisal: 0.04,
  },
  {
    name: "服务合同纠纷",
    share: 2,
    group: "property",
    plaintiff: "company",
    defendants: ["person"],
    amount: [18_000, 1.0, true],
    small: true,
    jurisdiction: 0.02,
  },
  {
    name: "提供劳务者受害责任纠纷",
    share: 1.5,
    group: "tort",
    plaintiff: "person",
    defendants: ["person", ["company", 0.3]],
    amount: [80_000, 0.8, true],
    small: false,
    appraisal: 0.15,
  },
  {
    name: "生命权、身体权、健康权纠纷",
    share: 1.5,
    group: "tort",
    plaintiff: "person",
    defendants: ["person", ["person", 0.2]],
    amount: [50_000, 0.9, true],
    small: false,
    appraisal: 0.15,
  },
  {
    name: "不当得利纠纷",
    share: 1,
    group: "finance",
    plaintiff: "person",
    defendants: ["person"],
    amount: [40_000, 1.0, false],
    small: true,
  },
  {
    name: "追偿权纠纷",
    share: 1.5,
    group: "finance",
    plaintiff: "guarantor",
    defendants: ["person", ["person", 0.5]],
    amount: [90_000, 0.9, true],
    small: true,
  },
  {
    name: "小额借款合同纠纷",
    share: 1,
    group: "finance",
    plaintiff: "lender",
    defendants: ["person"],
    amount: [30_000, 0.7, true],
    small: true,
    notice: 0.1,
  },
  {
    name: "借款合同纠纷",
    share: 0.6,
    group: "finance",
    plaintiff: "company",
    defendants: ["person", ["company", 0.3]],
    amount: [100_000, 1.0, false],
    small: true,
  },
  {
    name: "承揽合同纠纷",
    share: 1,
    group: "commerce",
    plaintiff: "person",
    defendants: ["company"],
    amount: [50_000, 1.0, false],
    small: true,
  },
  {
    name: "装饰装修合同纠纷",
    share: 0.8,
    group: "commerce",
    plaintiff: "company",
    defendants: ["person"],
    amount: [40_000, 0.8, false],
    small: true,
    appraisal: 0.1,
  },
  {
    name: "抚养费纠纷",
    share: 0.8,
    group: "family",
    plaintiff: "person",
    defendants: ["person"],
    amount: [30_000, 0.7, false],
    small: false,
  },
  {
    name: "离婚后财产纠纷",
    share: 0.7,
    group: "family",
    plaintiff: "person",
    defendants: ["person"],
    amount: [150_000, 1.0, false],
    small: false,
  },
  {
    name: "赡养纠纷",
    share: 0.4,
    group: "family",
    plaintiff: "person",
    defendants: ["person", ["person", 0.5]],
    amount: null,
    small: false,
  },
  {
    name: "法定继承纠纷",
    share: 0.5,
    group: "family",
    plaintiff: "person",
    defendants: ["person", ["person", 0.5]],
    amount: [200_000, 1.0, false],
    small: false,
  },
  {
    name: "变更抚养关系纠纷",
    share: 0.3,
    group: "family",
    plaintiff: "person",
    defendants: ["person"],
    amount: null,
    small: false,
  },
  {
    name: "同居关系纠纷",
    share: 0.3,
    group: "family",
    plaintiff: "person",
    defendants: ["person"],
    amount: [50_000, 1.0, false],
    small: false,
  },
  {
    name: "婚约财产纠纷",
    share: 0.3,
    group: "family",
    plaintiff: "person",
    defendants: ["person", ["person", 0.4]],
    amount: [80_000, 0.6, false],
    small: false,
  },
  {
    name: "财产损害赔偿纠纷",
    share: 0.8,
    group: "tort",
    plaintiff: "person",
    defendants: ["person", ["company", 0.2]],
    amount: [20_000, 1.0, false],
    small: false,
  },
  {
    name: "排除妨害纠纷",
    share: 0.5,
    group: "property",
    plaintiff: "person",
    defendants: ["person"],
    amount: null,
    small: false,
  },
  {
    name: "相邻关系纠纷",
    share: 0.3,
    group: "property",
    plaintiff: "person",
    defendants: ["person"],
    amount: null,
    small: false,
  },
  {
    name: "合同纠纷",
    share: 0.5,
    group: "commerce",
    plaintiff: "company",
    defendants: ["company", ["person", 0.3]],
    amount: [70_000, 1.1, false],
    small: true,
  },
  {
    name: "融资租赁合同纠纷",
    share: 0.8,
    group: "complex",
    plaintiff: "company",
    defendants: ["person", ["person", 0.5]],
    amount: [120_000, 0.8, true],
    small: false,
    jurisdiction: 0.04,
  },
  {
    name: "保证合同纠纷",
    share: 0.5,
    group: "finance",
    plaintiff: "company",
    defendants: ["person"],
    amount: [100_000, 1.0, false],
    small: true,
  },
  {
    name: "运输合同纠纷",
    share: 0.5,
    group: "commerce",
    plaintiff: "company",
    defendants: ["company"],
    amount: [40_000, 1.0, false],
    small: true,
  },
  {
    name: "确认劳动关系纠纷",
    share: 0.4,
    group: "labour",
    plaintiff: "person",
    defendants: ["company"],
    amount: null,
    small: false,
  },
  {
    name: "商品房预售合同纠纷",
    share: 0.5,
    group: "property",
    plaintiff: "person",
    defendants: ["developer"],
    amount: [400_000, 0.6, false],
    small: false,
  },
  {
    name: "股权转让纠纷",
    share: 0.3,
    group: "complex",
    plaintiff: "person",
    defendants: ["person", ["company", 0.6]],
    amount: [500_000, 1.2, false],
    small: false,
    audit: 0.06,
  },
  {
    name: "财产保险合同纠纷",
    share: 0.6,
    group: "commerce",
    plaintiff: "person",
    defendants: ["insurer"],
    amount: [60_000, 0.9, true],
    small: true,
  },
  {
    name: "医疗损害责任纠纷",
    share: 0.3,
    group: "complex",
    plaintiff: "person",
    defendants: ["company"],
    amount: [200_000, 0.9, true],
    small: false,
    appraisal: 0.5,
  },
  {
    name: "饲养动物损害责任纠纷",
    share: 0.3,
    group: "tort",
    plaintiff: "person",
    defendants: ["person"],
    amount: [10_000, 0.8, true],
    small: false,
  },
  {
    name: "教育培训合同纠纷",
    share: 0.4,
    group: "commerce",
    plaintiff: "person",
    defendants: ["company"],
    amount: [15_000, 0.8, false],
    small: true,
  },
  {
    name: "建设工程分包合同纠纷",
    share: 0.5,
    group: "complex",
    plaintiff: "company",
    defendants: ["builder"],
    amount: [400_000, 1.0, true],
    small: false,
    appraisal: 0.2,
    audit: 0.06,
  },
  {
    name: "委托合同纠纷",
    share: 0.4,
    group: "commerce",
    plaintiff: "person",
    defendants: ["person"],
    amount: [30_000, 1.0, false],
    small: true,
  },
  {
    name: "车辆租赁合同纠纷",
    share: 0.3,
    group: "commerce",
    plaintiff: "company",
    defendants: ["person"],
    amount: [20_000, 0.8, false],
    small: true,
  },
  {
    name: "中介合同纠纷",
    share: 0.3,
    group: "commerce",
    plaintiff: "company",
    defendants: ["person"],
    amount: [15_000, 0.8, false],
    small: true,
  },
  {
    name: "案外人执行异议之诉",
    share: 0.4,
    group: "complex",
    plaintiff: "person",
    defendants: ["person", ["company", 0.3]],
    amount: [300_000, 0.9, false],
    small: false,
  },
];

/** 民初 procedure by cause: P(小额诉讼程序) for money claims, P(普通程序) per group; the rest 简易程序. */
export const CIVIL_PROCEDURE = {
  /** P(小额) for a 小额-eligible cause (amount capped at the small-claims limit when drawn). */
  smallClaims: 0.35,
  /** P(小额) for a batch case (物业, 信用卡). */
  smallClaimsBatch: 0.75,
  /** P(普通) by cause group. */
  ordinary: {
    family: 0.1,
    labour: 0.12,
    tort: 0.16,
    finance: 0.09,
    commerce: 0.12,
    property: 0.08,
    complex: 0.55,
  },
  /** 小额诉讼 limit used here: 50 % of the previous year's average wage (CPL art. 165) ≈ 50,000 yuan. */
  smallClaimsCap: 50_000,
} as const;

/** Division routing of 民初 by cause group (weights). */
export const CIVIL_ROUTING: Readonly<Record<CauseGroup, readonly (readonly [DivisionKey, number])[]>> = {
  family: [
    ["civil1", 50],
    ["tribunal1", 25],
    ["tribunal2", 25],
  ],
  labour: [
    ["civil1", 70],
    ["fastTrack", 30],
  ],
  tort: [
    ["civil1", 60],
    ["fastTrack", 20],
    ["tribunal1", 10],
    ["tribunal2", 10],
  ],
  finance: [
    ["civil2", 65],
    ["fastTrack", 25],
    ["tribunal1", 5],
    ["tribunal2", 5],
  ],
  commerce: [
    ["civil2", 70],
    ["fastTrack", 30],
  ],
  property: [
    ["civil3", 60],
    ["fastTrack", 30],
    ["tribunal1", 5],
    ["tribunal2", 5],
  ],
  complex: [
    ["civil2", 75],
    ["civil1", 25],
  ],
};

/** 民特 causes (percent of 民特). */
export const SPECIAL_CAUSES: readonly (readonly [string, number])[] = [
  ["申请司法确认调解协议", 70],
  ["申请实现担保物权", 18],
  ["申请宣告自然人失踪", 3],
  ["申请宣告自然人死亡", 2],
  ["申请宣告自然人无民事行为能力", 3],
  ["申请认定财产无主", 1],
  ["申请指定监护人", 3],
];

export interface CriminalCharge {
  name: string;
  share: number;
  /** Procedure mix: dui (mostly 速裁), common, serious (mostly 普通). */
  mix: "dui" | "common" | "serious";
  /** Probability that an enterprise is a victim or the defendant's employer (涉企). */
  enterprise: number;
  maxDefendants: number;
}

/** 刑初 charges (percent of 刑初). */
export const CRIMINAL_CHARGES: readonly CriminalCharge[] = [
  { name: "危险驾驶罪", share: 26, mix: "dui", enterprise: 0, maxDefendants: 1 },
  { name: "盗窃罪", share: 12.9, mix: "common", enterprise: 0.1, maxDefendants: 3 },
  { name: "诈骗罪", share: 7, mix: "common", enterprise: 0.05, maxDefendants: 3 },
  { name: "帮助信息网络犯罪活动罪", share: 8, mix: "common", enterprise: 0, maxDefendants: 3 },
  { name: "掩饰、隐瞒犯罪所得、犯罪所得收益罪", share: 3, mix: "common", enterprise: 0, maxDefendants: 2 },
  { name: "故意伤害罪", share: 6, mix: "common", enterprise: 0, maxDefendants: 3 },
  { name: "寻衅滋事罪", share: 4, mix: "common", enterprise: 0, maxDefendants: 4 },
  { name: "交通肇事罪", share: 5, mix: "common", enterprise: 0.2, maxDefendants: 1 },
  { name: "开设赌场罪", share: 3, mix: "common", enterprise: 0, maxDefendants: 4 },
  { name: "赌博罪", share: 1, mix: "common", enterprise: 0, maxDefendants: 3 },
  { name: "走私、贩卖、运输、制造毒品罪", share: 3, mix: "serious", enterprise: 0, maxDefendants: 2 },
  { name: "容留他人吸毒罪", share: 1, mix: "common", enterprise: 0, maxDefendants: 1 },
  { name: "非法吸收公众存款罪", share: 1.5, mix: "serious", enterprise: 0.8, maxDefendants: 3 },
  { name: "合同诈骗罪", share: 1.5, mix: "serious", enterprise: 0.8, maxDefendants: 2 },
  { name: "拒不执行判决、裁定罪", share: 2, mix: "common", enterprise: 0.3, maxDefendants: 1 },
  { name: "拒不支付劳动报酬罪", share: 1, mix: "common", enterprise: 0.9, maxDefendants: 1 },
  { name: "妨害公务罪", share: 1.5, mix: "common", enterprise: 0, maxDefendants: 2 },
  { name: "聚众斗殴罪", share: 1, mix: "serious", enterprise: 0, maxDefendants: 5 },
  { name: "故意毁坏财物罪", share: 1, mix: "common", enterprise: 0.2, maxDefendants: 2 },
  { name: "抢劫罪", share: 0.5, mix: "serious", enterprise: 0, maxDefendants: 3 },
  { name: "信用卡诈骗罪", share: 1.5, mix: "common", enterprise: 1, maxDefendants: 1 },
  { name: "非法占用农用地罪", share: 1, mix: "common", enterprise: 0.3, maxDefendants: 2 },
  { name: "非法采矿罪", share: 1, mix: "serious", enterprise: 0.6, maxDefendants: 3 },
  { name: "污染环境罪", share: 0.5, mix: "serious", enterprise: 0.7, maxDefendants: 2 },
  { name: "敲诈勒索罪", share: 1, mix: "common", enterprise: 0.1, maxDefendants: 2 },
  { name: "职务侵占罪", share: 1, mix: "common", enterprise: 1, maxDefendants: 1 },
  { name: "侵犯公民个人信息罪", share: 1, mix: "common", enterprise: 0.2, maxDefendants: 2 },
  { name: "组织、领导传销活动罪", share: 0.5, mix: "serious", enterprise: 0.3, maxDefendants: 3 },
  { name: "强奸罪", share: 0.5, mix: "serious", enterprise: 0, maxDefendants: 1 },
  { name: "重婚罪", share: 0.3, mix: "common", enterprise: 0, maxDefendants: 1 },
  { name: "过失致人死亡罪", share: 0.3, mix: "serious", enterprise: 0, maxDefendants: 1 },
  { name: "非法狩猎罪", share: 0.3, mix: "common", enterprise: 0, maxDefendants: 2 },
  {
    name: "伪造、变造、买卖国家机关公文、证件、印章罪",
    share: 0.4,
    mix: "common",
    enterprise: 0,
    maxDefendants: 1,
  },
  { name: "失火罪", share: 0.3, mix: "common", enterprise: 0, maxDefendants: 1 },
  {
    name: "虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪",
    share: 0.5,
    mix: "serious",
    enterprise: 1,
    maxDefendants: 2,
  },
];

/** 刑初 procedure by charge mix: [速裁, 简易, 普通]. */
export const CRIMINAL_PROCEDURE: Readonly<Record<CriminalCharge["mix"], readonly [number, number, number]>> =
  {
    dui: [0.65, 0.27, 0.08],
    common: [0.3, 0.35, 0.35],
    serious: [0.02, 0.18, 0.8],
  };

/** 行初 / 行审 causes (percent), names of the judgment site's 行政行为种类. */
export const ADMIN_CAUSES: readonly (readonly [string, number])[] = [
  ["行政处罚", 24],
  ["行政确认", 14],
  ["行政登记", 10],
  ["行政征收", 10],
  ["行政强制", 10],
  ["行政许可", 6],
  ["行政补偿", 8],
  ["行政合同", 6],
  ["行政给付", 5],
  ["行政复议", 4],
  ["行政裁决", 3],
];
export const ADMIN_REVIEW_CAUSES: readonly (readonly [string, number])[] = [
  ["行政处罚", 60],
  ["行政征收", 25],
  ["行政强制", 10],
  ["行政裁决", 5],
];

/** 结案方式 by type code (weights, percent). */
export const CLOSURE_MODES: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  民初: [
    ["判决", 40],
    ["调解", 25],
    ["撤诉", 20],
    ["按撤诉处理", 5],
    ["驳回起诉", 4],
    ["移送", 2],
    ["其他", 4],
  ],
  民撤: [
    ["判决", 45],
    ["驳回起诉", 30],
    ["撤诉", 20],
    ["调解", 5],
  ],
  民督: [
    ["其他", 65],
    ["终结", 25],
    ["驳回起诉", 5],
    ["撤诉", 5],
  ],
  刑初: [
    ["判决", 96],
    ["撤诉", 1.5],
    ["终结", 1],
    ["其他", 1.5],
  ],
  行初: [
    ["判决", 45],
    ["撤诉", 30],
    ["驳回起诉", 20],
    ["调解", 2],
    ["其他", 3],
  ],
  行审: [
    ["其他", 94],
    ["撤诉", 6],
  ],
  执: [
    ["执行完毕", 36],
    ["终结本次执行程序", 38],
    ["终结执行", 9],
    ["和解", 12],
    ["其他", 5],
  ],
  执恢: [
    ["执行完毕", 25],
    ["终结本次执行程序", 48],
    ["终结执行", 12],
    ["和解", 10],
    ["其他", 5],
  ],
  执保: [
    ["执行完毕", 92],
    ["其他", 8],
  ],
  执异: [
    ["其他", 85],
    ["撤诉", 15],
  ],
  财保: [
    ["其他", 96],
    ["撤诉", 4],
  ],
};
/** 民特 closure by kind of application. */
export const SPECIAL_CLOSURE_CONFIRMATION: readonly (readonly [string, number])[] = [
  ["其他", 85],
  ["撤诉", 10],
  ["驳回起诉", 5],
];
export const SPECIAL_CLOSURE_DECLARATION: readonly (readonly [string, number])[] = [
  ["判决", 90],
  ["撤诉", 10],
];

/** Relative duration of a case by how it ended (民初, 行初, 民撤; enforcement has its own). */
export const MODE_DURATION: Readonly<Record<string, number>> = {
  判决: 1.15,
  调解: 0.85,
  撤诉: 0.6,
  按撤诉处理: 0.75,
  驳回起诉: 0.8,
  移送: 0.45,
  其他: 0.9,
  终结: 0.9,
  执行完毕: 0.55,
  终结本次执行程序: 1.45,
  终结执行: 0.9,
  和解: 0.8,
};

/**
 * Time counted against the limit (used days, before exclusions) by rule: lognormal median and
 * log-sigma. A draw past the deadline is pulled back before it (the "deadline rush"), except for
 * the late and stuck classes below.
 */
export const DURATION: Readonly<Record<string, readonly [number, number]>> = {
  "民初|小额诉讼程序": [27, 0.55],
  "民初|简易程序": [42, 0.6],
  "民初|普通程序": [100, 0.5],
  民特: [9, 0.6],
  民督: [7, 0.5],
  民撤: [110, 0.5],
  "刑初|速裁程序": [6, 0.35],
  "刑初|简易程序": [13, 0.4],
  "刑初|普通程序": [38, 0.45],
  "行初|普通程序": [95, 0.5],
  "行初|简易程序": [30, 0.4],
  行审: [5, 0.4],
  "执|执行实施": [80, 0.6],
  "执|非诉执行": [45, 0.5],
  "执恢|执行实施": [80, 0.6],
  执保: [3, 0.8],
  执异: [11, 0.35],
  财保: [0.8, 0.6],
};

/** Per-case time-limit classes, by type code: P(closed late), P(stuck: very long, mostly pending). */
export const LATE_RATE: Readonly<Record<string, number>> = {
  民初: 0.009,
  民特: 0.012,
  民督: 0.02,
  民撤: 0.02,
  刑初: 0.006,
  行初: 0.015,
  行审: 0.03,
  执: 0.012,
  执恢: 0.012,
  执异: 0.02,
  财保: 0.01,
};
export const STUCK_RATE: Readonly<Record<string, number>> = {
  民初: 0.0013,
  民撤: 0.02,
  刑初: 0.0006,
  行初: 0.004,
  执: 0.0013,
  执恢: 0.002,
};
/** Stuck cases end this many days after their deadline: lognormal median, sigma, clamp. */
export const STUCK_OVERRUN: readonly [number, number, number, number] = [420, 0.7, 60, 3000];

/** P(延长审限) by rule, with length and approver. */
export const EXTENSIONS: Readonly<
  Record<string, { rate: number; length: string; approvedBy: string; note: string; second?: number }>
> = {
  "民初|普通程序": {
    rate: 0.07,
    length: "6个月",
    approvedBy: "院长",
    note: "案情复杂，需延长审理期限",
    second: 0.15,
  },
  "民初|简易程序": { rate: 0.03, length: "1个月", approvedBy: "院长", note: "简易程序案件需延长审理期限" },
  "民初|小额诉讼程序": {
    rate: 0.01,
    length: "1个月",
    approvedBy: "院长",
    note: "小额诉讼案件需延长审理期限",
  },
  民特: { rate: 0.01, length: "30天", approvedBy: "院长", note: "特别程序案件需延长审理期限" },
  民撤: { rate: 0.05, length: "6个月", approvedBy: "院长", note: "案情复杂，需延长审理期限" },
  "刑初|普通程序": {
    rate: 0.03,
    length: "3个月",
    approvedBy: "上一级人民法院",
    note: "附带民事诉讼，需延长审理期限",
  },
  "行初|普通程序": {
    rate: 0.015,
    length: "3个月",
    approvedBy: "高级人民法院",
    note: "案情复杂，报请延长审理期限",
  },
  "执|执行实施": {
    rate: 0.03,
    length: "3个月",
    approvedBy: "院长",
    note: "财产处置未完成，需延长执行期限",
    second: 0.15,
  },
  "执恢|执行实施": {
    rate: 0.03,
    length: "3个月",
    approvedBy: "院长",
    note: "财产处置未完成，需延长执行期限",
    second: 0.15,
  },
  "执|非诉执行": { rate: 0.01, length: "3个月", approvedBy: "院长", note: "需延长执行期限" },
};
/** Second extensions: approver and length. */
export const SECOND_EXTENSION: Readonly<
  Record<string, { length: string; approvedBy: string; note: string }>
> = {
  "民初|普通程序": { length: "3个月", approvedBy: "上级人民法院", note: "再次延长审理期限" },
  "执|执行实施": { length: "3个月", approvedBy: "院长", note: "再次延长执行期限，层报高级人民法院备案" },
  "执恢|执行实施": { length: "3个月", approvedBy: "院长", note: "再次延长执行期限，层报高级人民法院备案" },
};
/** Share of extensions approved late (after the deadline, or fewer than 15 days before it). */
export const LATE_EXTENSION_SHARE = 0.08;

/** 程序转换 rates (per case of the original procedure) and the share converted late. */
export const CONVERSIONS: Readonly<Record<string, readonly (readonly [Procedure, number])[]>> = {
  "民初|简易程序": [["普通程序", 0.04]],
  "民初|小额诉讼程序": [
    ["简易程序", 0.015],
    ["普通程序", 0.006],
  ],
  "刑初|速裁程序": [
    ["普通程序", 0.02],
    ["简易程序", 0.01],
  ],
  "刑初|简易程序": [["普通程序", 0.03]],
  "行初|简易程序": [["普通程序", 0.05]],
};
/** Share of civil 简易→普通 conversions made within 15 days of (or after) the summary deadline. */
export const LATE_CONVERSION_SHARE = 0.12;

export type ExclusionKind = "公告" | "鉴定" | "管辖异议" | "审计评估" | "和解" | "调解" | "补充侦查";

/** Default exclusion rates per case by type code (民初 rates can be raised per cause). */
export const EXCLUSION_RATES: Readonly<Record<string, Partial<Record<ExclusionKind | "中止", number>>>> = {
  民初: { 公告: 0.035, 鉴定: 0.01, 管辖异议: 0.01, 审计评估: 0.002, 和解: 0.006, 调解: 0.006, 中止: 0.015 },
  民撤: { 公告: 0.05, 中止: 0.05 },
  刑初: { 补充侦查: 0.02, 鉴定: 0.01, 中止: 0.005 },
  行初: { 公告: 0.01, 鉴定: 0.02, 管辖异议: 0.01, 调解: 0.01, 中止: 0.02 },
  执: { 审计评估: 0.04, 公告: 0.02, 中止: 0.015 },
  执恢: { 审计评估: 0.05, 公告: 0.02, 中止: 0.02 },
};
/** Exclusion lengths in days (inclusive count): lognormal median, sigma, min, max. */
export const EXCLUSION_LENGTH: Readonly<
  Record<ExclusionKind | "中止", readonly [number, number, number, number]>
> = {
  公告: [35, 0, 31, 39],
  鉴定: [60, 0.5, 15, 240],
  管辖异议: [30, 0.45, 10, 90],
  审计评估: [75, 0.5, 20, 240],
  和解: [20, 0.5, 5, 60],
  调解: [12, 0.3, 7, 30],
  补充侦查: [25, 0.2, 10, 30],
  中止: [70, 0.7, 15, 300],
};
/** 公告 exclusions run the publication period (30 days since 2022-01-01, 60 before) plus 0–8 days. */
export const NOTICE_PERIOD_CHANGE = "2022-01-01";
/** Share of 公告 exclusions (from 2022) that run 60–90 days: longer than the notice period allows. */
export const LONG_NOTICE_SHARE = 0.06;
/** 中止诉讼 ends: by a 恢复诉讼 row, by a 结束日期 (the rest never end before the case is decided). */
export const SUSPENSION_END = { resumptionRow: 0.5, endDate: 0.5 } as const;

/** Long intervals (a 鉴定, 审计评估 or 中止 of 120–1,100 days): the source of open intervals. */
export const LONG_INTERVAL_RATE: Readonly<Record<string, number>> = {
  民初: 0.0035,
  行初: 0.012,
  执: 0.004,
  执恢: 0.004,
};
export const LONG_INTERVAL_LENGTH: readonly [number, number, number, number] = [300, 0.5, 120, 1100];

/** 上诉 rate on first-instance judgments (小额诉讼 judgments are final and never appealed). */
export const APPEAL_RATE: Readonly<Record<string, number>> = {
  民初: 0.145,
  民撤: 0.3,
  刑初: 0.08,
  行初: 0.4,
};
export const APPEAL_OUTCOMES: readonly (readonly [string, number])[] = [
  ["维持", 65],
  ["改判", 10],
  ["发回重审", 6],
  ["撤回上诉", 12],
  ["调解", 7],
];
/** Criminal appeals are not mediated: the 调解 weight goes to 维持. */
export const CRIMINAL_APPEAL_OUTCOMES: readonly (readonly [string, number])[] = [
  ["维持", 72],
  ["改判", 10],
  ["发回重审", 6],
  ["撤回上诉", 12],
];

/** 申请执行 on closed 民初 judgments and mediations with an amount (known 30 days after closing). */
export const ENFORCEMENT_APPLIED: Readonly<Record<string, number>> = { 判决: 0.38, 调解: 0.25 };

/** Share of closed cases with no 归档日期 even when the archive is due. */
export const ARCHIVE_MISSING = 0.06;
/** Days from closing to archiving: lognormal median, sigma, min, max. */
export const ARCHIVE_DELAY: readonly [number, number, number, number] = [22, 0.7, 1, 365];

/** Withdraw-and-refile: share of 民初 closed by 撤诉/按撤诉处理 refiled within 3–85 days. */
export const REFILE_RATE = 0.035;

/** Data-quality problems (the importer accepts them). Rates per eligible case. */
export const DATA_QUALITY = {
  /** 案号 year one less than the filing year, filed after January 14 (cases filed from fromYear+1). */
  caseNumberYear: 0.0015,
  /** Legitimate: filed January 1–7, numbered in the previous year (收案 in December). */
  earlyJanuaryPreviousYear: 0.06,
  /** 案号 with a neighbouring court's code. */
  foreignCourtCode: 0.001,
  /** 维持 as the 结案方式 of a closed 民初. */
  upheldFirstInstance: 0.002,
  /** 调解 as the 结案方式 of a closed 执 / 执恢. */
  mediatedEnforcement: 0.003,
  /** 二审结果 (and date) on a closed first-instance judgment not marked 上诉 = 是. */
  appealOutcomeWithoutAppeal: 0.005,
  /** An open 扣除审限 (no 结束日期) on a closed 民初. */
  openExclusionOnClosed: 0.002,
  /** 民初 recorded with 审理程序 = 第二审程序. */
  secondInstanceProcedure: 0.001,
  /** 民初 with an empty 审理程序. */
  missingProcedure: 0.015,
} as const;

/** Old pending cases filed 1–3 years before the window (旧存), as a share of all cases. */
export const BACKLOG_SHARE = 0.00015;
