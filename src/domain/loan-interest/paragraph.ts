/**
 * The result written for a judgment: a paragraph a judge can paste (本院认为，……计算如下：……) and
 * the figures as table rows. Pure; the form's screen and the command line show them.
 */
import { formatChineseDate, tryParseIsoDate } from "../calendar/civil-date.js";
import { yuanText } from "./calculate.js";
import { PROVISIONS } from "./citations.js";
import { percentText } from "./rate.js";
import type { InterestPeriod, LoanForm, LoanLine, LoanLineTopic, LoanResult } from "./types.js";

const cnDate = (iso: string) => formatChineseDate(tryParseIsoDate(iso) as number);

function names(parties: LoanForm["lenders"], fallback: string): string {
  const list = (parties ?? []).map((p) => p.name?.trim()).filter((x): x is string => !!x);
  return list.length > 0 ? `${fallback}${list.join("、")}` : fallback;
}

function periodSentence(p: InterestPeriod): string {
  return `以${yuanText(p.principalFen)}为基数，自${cnDate(p.from)}起至${cnDate(p.to)}止（${p.days}天），按年利率${percentText(p.rate)}计算${p.kind === "逾期利息" ? "逾期利息" : "利息"}为${yuanText(p.interestFen)}`;
}

/** 本院认为，……计算如下：…… — the reasoning and the calculation, each rule with its article. */
export function loanParagraph(form: LoanForm, result: LoanResult): string {
  const lender = names(form.lenders, "原告");
  const borrower = names(form.borrowers, "被告");
  const parts: string[] = [];
  parts.push("本院认为，合法的借贷关系受法律保护。");
  const say = (l: LoanLine) => `根据${l.basis.replaceAll("；", "、")}，${l.text}。`;
  const rules: LoanLineTopic[] = ["本金", "上限", "借期内利率", "逾期利率", "计息方法"];
  const after: LoanLineTopic[] = ["利息合计", "还款抵充", "提前还款"];
  // The rules first, each led by its article; a line without a topic goes with the rules.
  for (const l of result.lines) if (l.topic === undefined || rules.includes(l.topic)) parts.push(say(l));
  parts.push(
    result.periods.length > 0
      ? `计算如下：${result.periods.map(periodSentence).join("；")}；以上合计${yuanText(result.interestSupportedFen)}。`
      : "计算如下：依法不计利息。",
  );
  for (const l of result.lines) if (l.topic !== undefined && after.includes(l.topic)) parts.push(say(l));
  const due = [`借款本金${yuanText(result.principalDueFen)}`, `利息${yuanText(result.interestDueFen)}`];
  if (result.costsDueFen > 0) due.push(`实现债权的费用${yuanText(result.costsDueFen)}`);
  let end = `综上，截至${cnDate(result.asOf)}，${borrower}尚应向${lender}偿还${due.join("、")}`;
  if (result.interestNotSupportedFen > 0) {
    end += `；${lender}主张的利息中超过法律保护上限的${yuanText(result.interestNotSupportedFen)}，本院不予支持`;
  }
  parts.push(`${end}。`);
  return shortenCitations(parts.join(""));
}

/** The provisions' full titles once, each with a short name (以下简称) used after that. */
function shortenCitations(text: string): string {
  let out = text;
  for (const [number, short] of [
    ["法释〔2020〕17号", "《民间借贷规定》"],
    ["法释〔2015〕18号", "2015年《民间借贷规定》"],
  ] as const) {
    const full = `${PROVISIONS}（${number}）第`;
    const first = out.indexOf(full);
    if (first < 0) continue;
    const named = `${PROVISIONS}（${number}，以下简称${short}）第`;
    const rest = out.slice(first + full.length).replaceAll(full, `${short}第`);
    out = out.slice(0, first) + named + rest;
  }
  return out;
}

export const FIGURE_HEADERS = [
  "类别",
  "起算日",
  "截止日",
  "天数",
  "计息本金",
  "约定年利率",
  "支持年利率",
  "支持利息",
  "不予支持",
  "依据",
] as const;

/** The periods as table rows (strings as shown), with a total row. */
export function loanFigureRows(result: LoanResult): string[][] {
  const rows = result.periods.map((p) => [
    p.kind,
    cnDate(p.from),
    cnDate(p.to),
    String(p.days),
    yuanText(p.principalFen),
    percentText(p.claimedRate ?? p.rate),
    percentText(p.rate),
    yuanText(p.interestFen),
    yuanText((p.claimedInterestFen ?? p.interestFen) - p.interestFen),
    p.basis ?? "",
  ]);
  rows.push([
    "合计",
    "",
    "",
    "",
    "",
    "",
    "",
    yuanText(result.interestSupportedFen),
    yuanText(result.interestNotSupportedFen),
    "",
  ]);
  return rows;
}
