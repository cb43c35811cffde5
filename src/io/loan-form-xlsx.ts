/**
 * 民间借贷要素表 as an Excel workbook: sheet 要素表 (each element of the form and its value as
 * entered), sheet 计算结果 (the figures: principal recognised, lawful cap, interest supported and not
 * supported, what is still due; then the interest periods), sheet 计算过程 (each line of the
 * calculation with the article it applied) and sheet 说理 (the paragraph to paste). Written with
 * exceljs in the house style of the other workbooks (bold title row, shaded headers, frozen header).
 */
import ExcelJS from "exceljs";
import type {
  DatedAmount,
  LoanForm,
  LoanParty,
  LoanResult,
  RateInput,
} from "../domain/loan-interest/types.js";

export interface LoanWorkbookInput {
  caseNumber: string;
  form: LoanForm;
  result: LoanResult;
  paragraph: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
const YUAN = "#,##0.00";

const yuanOfFen = (fen: number): number => Math.round(fen) / 100;

function parties(list: readonly LoanParty[] | undefined): string {
  return list && list.length > 0 ? list.map((p) => `${p.name}（${p.kind}）`).join("、") : "—";
}

/** A rate as entered: text as written, a number as an annual percentage. */
export function rateText(r: RateInput | null | undefined): string {
  if (r === null || r === undefined || r === "") return "未约定";
  if (typeof r === "number") return `年利率${Math.round(r * 1_000_000) / 10_000}%`;
  return r;
}

function amounts(list: readonly DatedAmount[]): string {
  return list.length > 0 ? list.map((d) => `${d.date} ${d.amount.toFixed(2)}元`).join("；") : "无";
}

/** The form's elements, in the order of the screen: [要素, 内容]. */
export function loanFormElements(form: LoanForm): [string, string][] {
  return [
    ["出借人", parties(form.lenders)],
    ["借款人", parties(form.borrowers)],
    ["借款合同（借条）签订日期", form.contractDate || "—"],
    ["借条载明的本金（元）", form.principalStated.toFixed(2)],
    ["实际交付（日期、金额）", amounts(form.deliveries)],
    ["约定还款期限", form.agreedTermEnd || "未约定"],
    ["约定借期内利率", rateText(form.agreedRate)],
    ["约定逾期利率", rateText(form.overdueRate)],
    ["约定违约金（年利率）", rateText(form.penaltyRate)],
    ["约定其他费用（年利率）", rateText(form.otherFeesRate)],
    ["还款（日期、金额）", amounts(form.repayments)],
    ["实现债权的费用（元）", (form.costs ?? 0).toFixed(2)],
    ["费用发生日", form.costsIncurredOn || "—"],
    ["日利率换算", `一年按${form.dayBasis ?? 360}天`],
    ["抵充顺序", form.setOffOrder ?? "法定顺序"],
    ["担保", form.guarantee || "无"],
    ["起诉日期", form.filedOn || "—"],
  ];
}

function titleRow(ws: ExcelJS.Worksheet, text: string, width: number): void {
  ws.mergeCells(1, 1, 1, width);
  const cell = ws.getCell(1, 1);
  cell.value = text;
  cell.font = { bold: true, size: 13 };
}

function headerRow(row: ExcelJS.Row, headers: readonly string[]): void {
  headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}

export async function loanFormWorkbook(r: LoanWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "审管";
  const { result } = r;

  const elements = wb.addWorksheet("要素表", { views: [{ state: "frozen", ySplit: 2 }] });
  elements.columns = [{ width: 28 }, { width: 80 }];
  titleRow(elements, `${r.caseNumber} 民间借贷要素表`, 2);
  headerRow(elements.getRow(2), ["要素", "内容"]);
  for (const [k, v] of loanFormElements(r.form)) {
    const row = elements.addRow([k, v]);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
  }

  const figures = wb.addWorksheet("计算结果", { views: [{ state: "frozen", ySplit: 2 }] });
  figures.columns = [
    { width: 26 },
    { width: 16 },
    { width: 12 },
    { width: 8 },
    { width: 16 },
    { width: 12 },
    { width: 12 },
    { width: 16 },
    { width: 50 },
  ];
  titleRow(figures, `${r.caseNumber} 计算结果（计算至 ${result.asOf}）`, 9);
  headerRow(figures.getRow(2), ["项目", "金额（元）或比率"]);
  const money = (label: string, fen: number) => {
    const row = figures.addRow([label, yuanOfFen(fen)]);
    row.getCell(2).numFmt = YUAN;
  };
  money("认定的借款本金", result.principalFen);
  const cap = figures.addRow(["利率保护上限（年利率）", result.capRate]);
  cap.getCell(2).numFmt = "0.00%";
  figures.addRow(["上限的依据", result.capBasis]);
  money("支持的利息", result.interestSupportedFen);
  money("不予支持的利息", result.interestNotSupportedFen);
  money("尚欠本金", result.principalDueFen);
  money("尚欠利息", result.interestDueFen);
  money("尚欠实现债权的费用", result.costsDueFen);
  money("合计尚欠", result.principalDueFen + result.interestDueFen + result.costsDueFen);
  figures.addRow([]);
  const periodHead = figures.addRow([]);
  headerRow(periodHead, [
    "利息期间",
    "起始日",
    "截止日",
    "天数",
    "计息本金（元）",
    "约定年利率",
    "支持年利率",
    "支持利息（元）",
    "依据",
  ]);
  for (const p of result.periods) {
    const row = figures.addRow([
      p.kind,
      p.from,
      p.to,
      p.days,
      yuanOfFen(p.principalFen),
      p.claimedRate ?? null,
      p.rate,
      yuanOfFen(p.interestFen),
      p.basis ?? "",
    ]);
    row.getCell(5).numFmt = YUAN;
    row.getCell(6).numFmt = "0.00%";
    row.getCell(7).numFmt = "0.00%";
    row.getCell(8).numFmt = YUAN;
  }
  if (result.overpaidFen) money("超出全部欠款的还款", result.overpaidFen);
  for (const w of result.warnings ?? []) figures.addRow(["请核对", w]);

  const lines = wb.addWorksheet("计算过程", { views: [{ state: "frozen", ySplit: 2 }] });
  lines.columns = [{ width: 6 }, { width: 70 }, { width: 16 }, { width: 60 }];
  titleRow(lines, `${r.caseNumber} 计算过程及依据`, 4);
  headerRow(lines.getRow(2), ["序号", "计算", "金额（元）", "依据"]);
  result.lines.forEach((l, i) => {
    const row = lines.addRow([
      i + 1,
      l.text,
      l.amountFen === undefined ? null : yuanOfFen(l.amountFen),
      l.basis,
    ]);
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    row.getCell(3).numFmt = YUAN;
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
  });

  const text = wb.addWorksheet("说理");
  text.columns = [{ width: 120 }];
  titleRow(text, `${r.caseNumber} 本院认为部分（可复制）`, 1);
  const p = text.getCell(2, 1);
  p.value = r.paragraph;
  p.alignment = { wrapText: true, vertical: "top" };

  return Buffer.from(await wb.xlsx.writeBuffer());
}
