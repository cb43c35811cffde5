/**
 * 导出: the saved 民间借贷要素表 of a case as .xlsx (its elements, the figures and periods, the lines
 * of the calculation with their articles, the paragraph), calculated as of a date (today by default);
 * or the paragraph and the figures table as .docx.
 */
import type { Db } from "../../db/connect.js";
import { readLoanForm } from "../../db/loan-forms/loan-forms.js";
import type { Actor } from "../../domain/auth/index.js";
import type { LoanForm } from "../../domain/loan-interest/types.js";
import { loanParagraphDocx } from "../../io/loan-form-docx.js";
import { loanFormWorkbook } from "../../io/loan-form-xlsx.js";
import { NotFoundError } from "../shared/errors.js";
import { DOCX_TYPE, type FileResult, xlsxFile } from "../shared/file.js";
import { todayInChina } from "../shared/today.js";
import { checkAsOf, computeLoan } from "./calculator.js";
import { withFiling } from "./get-loan-form.js";
import { findLoanCase } from "./loan-case.js";

/** A case number as a file name: no characters a file system forbids. */
function fileSafe(s: string): string {
  return s.replace(/[\\/:*?"<>|]/g, "_");
}

export async function exportLoanForm(
  actor: Actor,
  handle: Db,
  caseId: number,
  asOf = todayInChina(),
): Promise<FileResult> {
  const c = await findLoanCase(actor, handle, caseId, "view-loan-form");
  checkAsOf(asOf);
  const stored = await readLoanForm(handle, caseId);
  if (!stored) throw new NotFoundError(`${c.caseNumber}尚未填写民间借贷要素表，请先填写并保存`);
  const form = withFiling(stored.form as LoanForm, c);
  const { result, paragraph } = await computeLoan(form, asOf);
  const content = await loanFormWorkbook({ caseNumber: c.caseNumber, form, result, paragraph });
  return xlsxFile(`${fileSafe(c.caseNumber)}-民间借贷要素表-${asOf}.xlsx`, content);
}

/** 导出说理: the paragraph and the figures table of the saved form as a Word document. */
export async function exportLoanParagraph(
  actor: Actor,
  handle: Db,
  caseId: number,
  asOf = todayInChina(),
): Promise<FileResult> {
  const c = await findLoanCase(actor, handle, caseId, "view-loan-form");
  checkAsOf(asOf);
  const stored = await readLoanForm(handle, caseId);
  if (!stored) throw new NotFoundError(`${c.caseNumber}尚未填写民间借贷要素表，请先填写并保存`);
  const { result, paragraph } = await computeLoan(withFiling(stored.form as LoanForm, c), asOf);
  const content = await loanParagraphDocx({ caseNumber: c.caseNumber, result, paragraph });
  return {
    fileName: `${fileSafe(c.caseNumber)}-民间借贷利息计算-${asOf}.docx`,
    mediaType: DOCX_TYPE,
    content,
  };
}
