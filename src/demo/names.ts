/**
 * Synthetic names for the demo court: people (judges, parties), enterprises, banks, agencies.
 * Deterministic: every name comes from the Rng it is given. Surnames follow rough national
 * frequencies with a northern (Inner Mongolia) tilt, and a small share of Mongolian names. Trade
 * names (字号) and bank brands are made up; any likeness to a real enterprise is chance.
 */
import { type Rng, weightedTable } from "./rng.js";

const SURNAMES = weightedTable<string>([
  ["王", 7.1],
  ["李", 7.0],
  ["张", 6.7],
  ["刘", 5.4],
  ["陈", 3.2],
  ["杨", 3.1],
  ["赵", 2.6],
  ["高", 1.8],
  ["郭", 1.6],
  ["马", 1.5],
  ["白", 1.2],
  ["黄", 1.2],
  ["吴", 1.2],
  ["周", 1.3],
  ["徐", 1.2],
  ["孙", 1.5],
  ["朱", 1.0],
  ["胡", 1.1],
  ["何", 0.8],
  ["郝", 0.9],
  ["贾", 0.8],
  ["乔", 0.6],
  ["韩", 0.9],
  ["康", 0.5],
  ["武", 0.7],
  ["樊", 0.4],
  ["霍", 0.4],
  ["苏", 0.6],
  ["杜", 0.6],
  ["任", 0.6],
  ["薛", 0.5],
  ["尹", 0.3],
  ["冯", 0.7],
  ["田", 0.7],
  ["董", 0.7],
  ["梁", 0.7],
  ["宋", 0.7],
  ["许", 0.6],
  ["曹", 0.6],
  ["于", 0.5],
  ["袁", 0.4],
  ["崔", 0.4],
  ["程", 0.4],
  ["魏", 0.5],
  ["吕", 0.4],
  ["丁", 0.4],
  ["姚", 0.3],
  ["卢", 0.3],
  ["姜", 0.3],
  ["石", 0.4],
  ["贺", 0.4],
  ["侯", 0.4],
  ["闫", 0.4],
  ["段", 0.3],
  ["史", 0.3],
  ["邢", 0.3],
  ["秦", 0.3],
  ["孟", 0.3],
  ["唐", 0.4],
  ["罗", 0.4],
  ["林", 0.4],
  ["郑", 0.5],
  ["谢", 0.4],
  ["潘", 0.3],
  ["范", 0.3],
  ["方", 0.2],
  ["金", 0.3],
  ["殷", 0.2],
  ["温", 0.3],
  ["常", 0.3],
  ["兰", 0.2],
  ["包", 0.5],
  ["奇", 0.15],
  ["云", 0.1],
  ["乌", 0.05],
  ["邬", 0.15],
  ["訾", 0.05],
]);

const GIVEN = [
  ..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉萍红鹏飞建国东志海波宇浩凯俊佳欣雪婷晶琳慧燕鑫斌宁亮辉峰龙文博丹颖倩帅昊晨涵轩怡瑞嘉彤昕宏成春荣梅兰凤金利新永生庆福清林山云月旭阳悦思雨晓振永胜利民德兴富贵喜军荣有才秀珍翠",
];

/** Mongolian given names, written in Chinese characters as people in Ordos write them. */
const MONGOLIAN = [
  "巴特尔",
  "其其格",
  "乌云",
  "斯琴",
  "那日苏",
  "额尔敦",
  "宝音",
  "敖登",
  "格日勒",
  "苏日娜",
  "图雅",
  "乌兰",
  "阿拉坦",
  "朝鲁",
  "达来",
  "布和",
  "满都拉",
  "萨仁",
  "哈斯",
  "孟和",
  "乌日娜",
  "额尔德尼",
  "苏和",
  "特木尔",
];

/** A person's name: surname + one or two characters, or (about 3 %) a Mongolian name. */
export function personName(rng: Rng): string {
  if (rng.chance(0.03)) {
    const m = rng.pick(MONGOLIAN);
    return rng.chance(0.4) ? `${rng.pick(["包", "白", "奇", "云", "韩"])}${m}` : m;
  }
  const s = rng.weighted(SURNAMES);
  const g1 = rng.pick(GIVEN);
  if (rng.chance(0.22)) return s + g1;
  let g2 = rng.pick(GIVEN);
  if (g2 === g1 && rng.chance(0.8)) g2 = rng.pick(GIVEN);
  return s + g1 + g2;
}

const TRADE_A = [
  ..."鑫恒华泰盛瑞博宏金嘉天正信润凯达兴通安德丰旺源祥弘昌亿隆顺诚远腾万宇康汇广富佳永蒙晟煜铭",
];
const TRADE_B = [..."源泰达盛通兴丰华瑞昌隆祥诚泽宇鑫辉晟茂和基业邦川峰润德信利成安"];

/** A two-character trade name (字号), e.g. 鑫源. */
export function tradeName(rng: Rng): string {
  const a = rng.pick(TRADE_A);
  let b = rng.pick(TRADE_B);
  while (b === a) b = rng.pick(TRADE_B);
  return a + b;
}

const INDUSTRIES = weightedTable<string>([
  ["商贸", 10],
  ["建筑工程", 6],
  ["煤炭运销", 4],
  ["物流", 4],
  ["能源科技", 3],
  ["机械设备", 3],
  ["建材", 3],
  ["装饰工程", 3],
  ["汽车销售服务", 2],
  ["餐饮管理", 2],
  ["劳务", 2],
  ["绒毛制品", 1],
  ["农牧业开发", 1],
  ["信息技术", 1],
  ["酒店管理", 1],
  ["广告传媒", 1],
  ["矿业", 1],
  ["化工", 1],
]);

const FORMS = weightedTable<string>([
  ["有限公司", 60],
  ["有限责任公司", 35],
  ["股份有限公司", 5],
]);

/** An ordinary enterprise, e.g. 鄂尔多斯市鑫源商贸有限公司. */
export function companyName(rng: Rng, city: string, industry?: string): string {
  return `${city}${tradeName(rng)}${industry ?? rng.weighted(INDUSTRIES)}${rng.weighted(FORMS)}`;
}

export function propertyCompanyName(rng: Rng, city: string): string {
  return `${city}${tradeName(rng)}物业服务有限公司`;
}

export function heatingCompanyName(rng: Rng, city: string): string {
  return `${city}${tradeName(rng)}热力有限责任公司`;
}

export function developerName(rng: Rng, city: string): string {
  return `${city}${tradeName(rng)}房地产开发有限公司`;
}

export function builderName(rng: Rng, city: string): string {
  return `${tradeName(rng)}建设集团有限公司${rng.chance(0.5) ? `${shortCity(city)}分公司` : ""}`;
}

export function lenderName(rng: Rng, city: string): string {
  return `${city}${tradeName(rng)}小额贷款有限责任公司`;
}

export function guarantorCompanyName(rng: Rng, city: string): string {
  return `${city}${tradeName(rng)}融资担保有限公司`;
}

/** Made-up bank brands (no real bank). */
export const BANK_BRANDS = [
  "北疆",
  "塞上",
  "河套",
  "朔方",
  "阴山",
  "长河",
  "云中",
  "金川",
  "草原",
  "黄河",
] as const;
const INSURER_BRANDS = ["安顺", "泰和", "恒通", "鼎盛", "永安泰", "华宁"] as const;

/** `鄂尔多斯市` → `鄂尔多斯`. */
export function shortCity(city: string): string {
  return city.replace(/(市|地区|盟|自治州)$/, "");
}

export function bankBranchName(brand: string, city: string, place: string): string {
  const district = place.startsWith(city) ? place.slice(city.length).replace(/(区|县|旗|市)$/, "") : "";
  return `${brand}银行股份有限公司${shortCity(city)}${district ? `${district}支行` : "分行"}`;
}

export function cardCentreName(brand: string): string {
  return `${brand}银行股份有限公司信用卡中心`;
}

export function insurerName(rng: Rng, city: string): string {
  return `${rng.pick(INSURER_BRANDS)}财产保险股份有限公司${shortCity(city)}中心支公司`;
}
