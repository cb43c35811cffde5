/**
 * The one place the use cases call the pure 民间借贷 calculator (src/domain/loan-interest): the
 * result as of a date and the paragraph a judge pastes; the calculator's refusal of a form (each
 * problem names its field) becomes a 400 naming the first field, with every problem in the message.
 */
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { computeLoanInterest, LoanInputError, type LoanProblem } from "../../domain/loan-interest/index.js";
import { loanParagraph } from "../../domain/loan-interest/paragraph.js";
import type { LoanForm, LoanResult } from "../../domain/loan-interest/types.js";
import { loadLprTable } from "../loan-interest/load-lpr-table.js";
import { InvalidInputError } from "../shared/errors.js";

export interface LoanComputation {
  result: LoanResult;
  /** 本院认为 … 计算如下 …: the paragraph a judge pastes into the judgment. */
  paragraph: string;
}

/** A problem in words, with the value entered when there is one. */
function problemText(p: LoanProblem): string {
  const v = p.value;
  const shown = typeof v === "string" ? (v === "" ? "" : `“${v}”`) : typeof v === "number" ? `“${v}”` : "";
  return shown ? `${p.message}（填写的是${shown}）` : p.message;
}

/**
 * The calculation as of `asOf`, with the LPR table in use (the package's rows and those of the
 * setting file named by SHENGUAN_LPR_FILE, read anew each time so that a newly published rate
 * counts at once).
 */
export async function computeLoan(form: LoanForm, asOf: string): Promise<LoanComputation> {
  const lpr = await loadLprTable();
  let result: LoanResult;
  try {
    result = computeLoanInterest(form, asOf, { lpr });
  } catch (err) {
    if (!(err instanceof LoanInputError)) throw err;
    const first = err.problems[0];
    const more = err.problems.length > 5 ? `等 ${err.problems.length} 处` : "";
    throw new InvalidInputError(
      first?.field || "form",
      `要素表有误：${err.problems.slice(0, 5).map(problemText).join("；")}${more}`,
      first?.value,
    );
  }
  return { result, paragraph: loanParagraph(form, result) };
}

/** The date a calculation runs to: a real civil date, else 400. */
export function checkAsOf(asOf: string): string {
  if (tryParseIsoDate(asOf) === undefined)
    throw new InvalidInputError("asOf", `计算截止日“${asOf}”不是有效日期，应写作如 2025-09-01`, asOf);
  return asOf;
}
