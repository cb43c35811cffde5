/**
 * The 民间借贷 calculation as a Word document in the house style: the title and the case, the
 * paragraph a judge pastes (本院认为 … 计算如下 …), and the figures table (each period with the
 * claimed and supported rates and the article that fixed the rate, and the total).
 */
import { FIGURE_HEADERS, loanFigureRows } from "../domain/loan-interest/paragraph.js";
import type { LoanResult } from "../domain/loan-interest/types.js";
import { FONT_H1, gap, heading, houseDocument, para, table, titleLines } from "./docx-house-style.js";

export async function loanParagraphDocx(r: {
  caseNumber: string;
  result: LoanResult;
  paragraph: string;
}): Promise<Buffer> {
  const title = "民间借贷利息计算";
  return houseDocument(title, [
    ...titleLines(title, `${r.caseNumber}　计算至${r.result.asOf}`),
    heading("一、本院认为部分", FONT_H1),
    ...r.paragraph.split("\n").map((t) => para(t)),
    heading("二、利息计算表", FONT_H1),
    table(FIGURE_HEADERS, loanFigureRows(r.result), [6, 8, 8, 4, 8, 6, 6, 8, 8, 14], { totalRow: true }),
    gap(),
  ]);
}
