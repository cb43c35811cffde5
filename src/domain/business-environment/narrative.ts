/**
 * The words of the 营商环境 "解决商业纠纷" pack: the figures as labelled rows (one table, used by both
 * the workbook and the Word document), the typical-case lists' headers, and the narrative paragraphs.
 */
import { BUSINESS_ENVIRONMENT_BASIS } from "./definitions.js";
import type { Pack, TypicalCase } from "./pack.js";

export const pct = (v: number | null): string => (v === null ? "—" : `${(v * 100).toFixed(2)}%`);
export const dayText = (v: number | null): string => (v === null ? "—" : `${v.toFixed(1)} 天`);
export const yuanText = (fen: number | null): string =>
  fen === null
    ? "—"
    : `${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;

export interface FigureLine {
  name: string;
  value: string;
  /** The raw number (for the workbook); null when not computable. */
  raw: number | null;
  unit: "件" | "天" | "%" | "元";
  definition: string;
}

export function figureLines(p: Pack): FigureLine[] {
  const f = p.figures;
  const d = p.definitions;
  const scope = `${d.enterpriseOnly ? "涉企" : ""}${d.firstInstanceTypeCodes.join("、")}案件${d.causes.length > 0 ? `（案由：${d.causes.join("、")}）` : ""}`;
  const limit =
    d.timeLimitDays === null
      ? "在法定审限内（含依法延长、扣除）结案"
      : `自立案之日起 ${d.timeLimitDays} 日内结案`;
  return [
    {
      name: "商事一审结案数",
      value: `${f.closed} 件`,
      raw: f.closed,
      unit: "件",
      definition: `统计期间内结案的${scope}`,
    },
    {
      name: "平均审理天数（立案至结案）",
      value: dayText(f.averageDays),
      raw: f.averageDays,
      unit: "天",
      definition: "各案结案日期减立案日期的自然日数之和 ÷ 结案数",
    },
    {
      name: "审理天数中位数",
      value: dayText(f.medianDays),
      raw: f.medianDays,
      unit: "天",
      definition: "各案自然审理天数的中位数",
    },
    {
      name: "立案至执行完毕平均天数",
      value: dayText(f.averageDaysToCompletion),
      raw: f.averageDaysToCompletion,
      unit: "天",
      definition: `原审案号为本案的执行案件（${d.enforcementTypeCodes.join("、")}）以${d.completionModes.join("、")}结案的，自一审立案至执行结案的自然日数平均值（${f.enforcementCompleted} 件）`,
    },
    {
      name: "审限内结案率",
      value: pct(f.withinLimitShare),
      raw: f.withinLimitShare,
      unit: "%",
      definition: `${limit}的案件数 ÷ 参与判断的结案数（${f.withinLimit} / ${f.limitCases}）`,
    },
    {
      name: "调解率",
      value: pct(f.mediationShare),
      raw: f.mediationShare,
      unit: "%",
      definition: `结案方式为${d.mediationModes.join("、")}的案件数 ÷ 结案数（${f.mediated} / ${f.closed}）`,
    },
    {
      name: "撤诉率",
      value: pct(f.withdrawalShare),
      raw: f.withdrawalShare,
      unit: "%",
      definition: `结案方式为${d.withdrawalModes.join("、")}的案件数 ÷ 结案数（${f.withdrawn} / ${f.closed}）`,
    },
    {
      name: "涉企生效裁判执行完毕率",
      value: pct(f.completionShare),
      raw: f.completionShare,
      unit: "%",
      definition: `原审案号为涉企一审案件、截至期末已结的执行案件中以${d.completionModes.join("、")}结案的比例（${f.enforcementCompletedCases} / ${f.enforcementCases}）`,
    },
    {
      name: "涉企生效裁判执行到位率",
      value: pct(f.recoveryRate),
      raw: f.recoveryRate,
      unit: "%",
      definition: `上述执行案件执行到位金额 ÷ 申请执行标的额（${yuanText(f.recoveredFen)} / ${yuanText(f.enforcementAmountFen)}）`,
    },
  ];
}

export const TYPICAL_HEADERS = [
  "案号",
  "承办部门",
  "承办人",
  "案由",
  "当事人",
  "立案日期",
  "结案日期",
  "审理天数",
  "结案方式",
  "标的额（元）",
] as const;

export function typicalCells(c: TypicalCase): string[] {
  return [
    c.caseNumber,
    c.division,
    c.judge,
    c.cause ?? "",
    c.parties,
    c.filedOn,
    c.closedOn,
    String(c.days),
    c.closureMode ?? "",
    c.amountFen === null ? "" : (c.amountFen / 100).toFixed(2),
  ];
}

export const TYPICAL_LISTS = [
  { key: "largest", name: "标的额最大的案件" },
  { key: "fastest", name: "审理最快的案件" },
  { key: "mediatedCases", name: "调解结案的案件" },
] as const;

export function packTitle(court: string, p: Pack): { title: string; subtitle: string } {
  return {
    title: `${court}“解决商业纠纷”指标佐证材料`,
    subtitle: `（${p.from} 至 ${p.to}，口径依据 ${p.definitions.manualYear} 年度评价手册）`,
  };
}

/** The narrative paragraphs (before the tables). */
export function narrative(court: string, p: Pack): { intro: string[]; basis: string; note: string } {
  const f = p.figures;
  const intro = [
    `${p.from}至${p.to}，${court}共审结商事一审案件 ${f.closed} 件，平均审理天数 ${dayText(f.averageDays)}，审理天数中位数 ${dayText(f.medianDays)}；审限内结案率 ${pct(f.withinLimitShare)}。`,
    `其中调解结案 ${f.mediated} 件，调解率 ${pct(f.mediationShare)}；撤诉结案 ${f.withdrawn} 件，撤诉率 ${pct(f.withdrawalShare)}。`,
    `进入执行程序并执行完毕的 ${f.enforcementCompleted} 件，自一审立案至执行完毕平均 ${dayText(f.averageDaysToCompletion)}。涉企生效裁判的执行案件截至期末已结 ${f.enforcementCases} 件，执行完毕率 ${pct(f.completionShare)}，执行到位金额 ${yuanText(f.recoveredFen)}，执行到位率 ${pct(f.recoveryRate)}。`,
  ];
  return { intro, basis: `评价依据：${BUSINESS_ENVIRONMENT_BASIS}。`, note: p.definitions.note };
}
