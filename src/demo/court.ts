/**
 * The demo court: its name and place (from the court-code table), ten divisions, sixty judges
 * with unequal workloads, and the pools of recurring parties (banks, property and heating
 * companies, enterprises, agencies). Everything is synthetic and deterministic per seed.
 */
import { allCourts, isCourtCodeShape, lookupCourt } from "../domain/case-number/index.js";
import {
  BANK_BRANDS,
  bankBranchName,
  builderName,
  cardCentreName,
  companyName,
  developerName,
  guarantorCompanyName,
  heatingCompanyName,
  insurerName,
  lenderName,
  personName,
  propertyCompanyName,
} from "./names.js";
import { createRng, type Rng, type WeightedTable, weightedTable } from "./rng.js";

export const DEFAULT_COURT_CODE = "内0602";

export const DIVISION_KEYS = [
  "civil1",
  "civil2",
  "civil3",
  "fastTrack",
  "criminal",
  "administrative",
  "enforcement1",
  "enforcement2",
  "tribunal1",
  "tribunal2",
] as const;
export type DivisionKey = (typeof DIVISION_KEYS)[number];

/** Division names and the number of judges (员额法官) in each: 60 in all. */
export const DIVISION_SPECS: Readonly<Record<DivisionKey, { name: string; judges: number; note: string }>> = {
  civil1: { name: "民事审判第一庭", judges: 8, note: "婚姻家庭、劳动、侵权" },
  civil2: { name: "民事审判第二庭", judges: 7, note: "金融、借贷、买卖、建设工程" },
  civil3: { name: "民事审判第三庭", judges: 6, note: "物业、供热、房屋、租赁、服务合同" },
  fastTrack: { name: "速裁团队", judges: 7, note: "诉讼服务中心：小额与简易案件、民特、民督、财保" },
  criminal: { name: "刑事审判庭", judges: 5, note: "刑初" },
  administrative: { name: "行政审判庭", judges: 3, note: "行初、行审" },
  enforcement1: { name: "执行实施一庭", judges: 8, note: "执行局：执、执恢、执保、执异" },
  enforcement2: { name: "执行实施二庭", judges: 8, note: "执行局：执、执恢、执保、执异、非诉执行" },
  tribunal1: { name: "城东人民法庭", judges: 4, note: "派出法庭：婚姻家庭、小额、民特" },
  tribunal2: { name: "城西人民法庭", judges: 4, note: "派出法庭：婚姻家庭、小额、民特" },
};

export type JudgeRole = "庭长" | "副庭长" | "审判员";

export interface DemoJudge {
  readonly name: string;
  readonly division: string;
  readonly divisionKey: DivisionKey;
  readonly role: JudgeRole;
  /** Relative share of the division's cases this judge is assigned. */
  readonly weight: number;
}

export interface DemoDivision {
  readonly key: DivisionKey;
  readonly name: string;
  readonly judges: readonly DemoJudge[];
  readonly judgeTable: WeightedTable<DemoJudge>;
}

export interface DemoCourt {
  readonly code: string;
  readonly name: string;
  /** The court's district as used in agency names, e.g. 鄂尔多斯市东胜区. */
  readonly place: string;
  /** The prefecture-level city, e.g. 鄂尔多斯市. */
  readonly city: string;
  readonly procuratorate: string;
  readonly divisions: readonly DemoDivision[];
  readonly division: Readonly<Record<DivisionKey, DemoDivision>>;
  readonly judges: readonly DemoJudge[];
  /** Court codes of neighbouring basic courts (same intermediate court), for the wrong-court-code problem. */
  readonly neighbours: readonly string[];
  readonly parties: DemoPartyPools;
}

export interface DemoPartyPools {
  readonly companies: readonly string[];
  readonly propertyCompanies: readonly string[];
  readonly heatingCompanies: readonly string[];
  readonly developers: readonly string[];
  readonly builders: readonly string[];
  readonly lenders: readonly string[];
  readonly guarantors: readonly string[];
  readonly banks: readonly string[];
  readonly cardCentres: readonly string[];
  readonly insurers: readonly string[];
  readonly agencies: readonly string[];
}

const PROVINCE_PREFIX = /^.*?(省|自治区)/;
const CITY = /^(.*?(市|盟|地区|自治州))/;

function cityOf(text: string): string | undefined {
  const m = CITY.exec(text.replace(PROVINCE_PREFIX, ""));
  return m ? m[1] : undefined;
}

/** Name, place and city of a court code (from the 2018 court table; made up when unlisted). */
export function courtPlace(code: string): { name: string; place: string; city: string } {
  const info = lookupCourt(code);
  if (!info) return { name: `${code}人民法院`, place: "本地", city: "本市" };
  const place = info.name.replace(/人民法院$/, "").replace(PROVINCE_PREFIX, "");
  const parent = info.parentCode ? lookupCourt(info.parentCode) : undefined;
  const city =
    cityOf(place) ?? (parent ? cityOf(parent.name.replace(/中级人民法院$/, "")) : undefined) ?? place;
  return { name: info.name, place, city };
}

function neighboursOf(code: string): string[] {
  const info = lookupCourt(code);
  const out: string[] = [];
  if (info?.parentCode) {
    for (const c of allCourts()) {
      if (c.parentCode === info.parentCode && c.code !== code && c.level === "basic") out.push(c.code);
    }
  }
  if (out.length === 0 && /\d$/.test(code)) {
    // Unlisted court: the codes next to it.
    const n = Number(code.slice(-2));
    for (const k of [n + 1, n + 2, n - 1]) {
      if (k >= 1 && k <= 99) {
        const c = `${code.slice(0, -2)}${String(k).padStart(2, "0")}`;
        if (isCourtCodeShape(c)) out.push(c);
      }
    }
  }
  return out.sort();
}

function uniqueList(rng: Rng, n: number, make: (rng: Rng) => string, taken: Set<string>): string[] {
  const out: string[] = [];
  let guard = 0;
  while (out.length < n && guard++ < n * 50) {
    const v = make(rng);
    if (taken.has(v)) continue;
    taken.add(v);
    out.push(v);
  }
  return out;
}

/**
 * Builds the demo court for a court code. The roster (judge names, workloads) and the party pools
 * depend on the seed only through their own random stream, so they do not shift when the case
 * generator changes.
 */
export function buildDemoCourt(code: string = DEFAULT_COURT_CODE, seed = 1): DemoCourt {
  if (!isCourtCodeShape(code) || code.length < 5) {
    throw new RangeError(`--court: ${JSON.stringify(code)} 不是基层法院代字 (如 内0602)`);
  }
  const rng = createRng(seed, 0x636f7572); // "cour"
  const { name, place, city } = courtPlace(code);

  const takenNames = new Set<string>();
  const divisions: DemoDivision[] = [];
  const judges: DemoJudge[] = [];
  for (const key of DIVISION_KEYS) {
    const spec = DIVISION_SPECS[key];
    const names = uniqueList(rng, spec.judges, personName, takenNames);
    const heavy = 2 + rng.int(Math.max(1, spec.judges - 2));
    const list: DemoJudge[] = names.map((n, i) => {
      const role: JudgeRole = i === 0 ? "庭长" : i === 1 && spec.judges >= 5 ? "副庭长" : "审判员";
      let weight = Math.min(2.2, Math.max(0.45, rng.lognormal(1, 0.3)));
      if (role === "庭长") weight *= 0.5;
      else if (role === "副庭长") weight *= 0.8;
      else if (i === heavy) weight *= 1.8;
      return { name: n, division: spec.name, divisionKey: key, role, weight: Math.round(weight * 100) / 100 };
    });
    judges.push(...list);
    divisions.push({
      key,
      name: spec.name,
      judges: list,
      judgeTable: weightedTable(list.map((j) => [j, j.weight] as const)),
    });
  }
  const division = Object.fromEntries(divisions.map((d) => [d.key, d])) as Record<DivisionKey, DemoDivision>;

  const takenParties = new Set<string>();
  const agencySuffixes = [
    "人民政府",
    "公安局",
    "人力资源和社会保障局",
    "自然资源局",
    "市场监督管理局",
    "住房和城乡建设局",
    "城市管理综合执法局",
    "生态环境局",
    "应急管理局",
    "交通运输局",
    "税务局",
    "医疗保障局",
  ];
  const parties: DemoPartyPools = {
    companies: uniqueList(rng, 400, (r) => companyName(r, city), takenParties),
    propertyCompanies: uniqueList(rng, 14, (r) => propertyCompanyName(r, city), takenParties),
    heatingCompanies: uniqueList(rng, 4, (r) => heatingCompanyName(r, city), takenParties),
    developers: uniqueList(rng, 24, (r) => developerName(r, city), takenParties),
    builders: uniqueList(rng, 30, (r) => builderName(r, city), takenParties),
    lenders: uniqueList(rng, 6, (r) => lenderName(r, city), takenParties),
    guarantors: uniqueList(rng, 4, (r) => guarantorCompanyName(r, city), takenParties),
    banks: BANK_BRANDS.map((b) => bankBranchName(b, city, place)),
    cardCentres: BANK_BRANDS.slice(0, 7).map((b) => cardCentreName(b)),
    insurers: uniqueList(rng, 6, (r) => insurerName(r, city), takenParties),
    agencies: agencySuffixes.map((s) => `${place}${s}`),
  };

  return {
    code,
    name,
    place,
    city,
    procuratorate: `${place}人民检察院`,
    divisions,
    division,
    judges,
    neighbours: neighboursOf(code),
    parties,
  };
}
