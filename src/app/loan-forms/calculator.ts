/**
 * The one place the use cases call the pure 民间借贷 calculator (src/domain/loan-interest): the
 * result as of a date and the paragraph a judge pastes; the calculator's refusal of a form (a field
 * it cannot read) becomes a 400 naming the field.
 */

import { tryParseIsoDate } from "../../domain/calendar/index.js";
import type { LoanForm, LoanResult } from "../../domain/loan-interest/types.js";
import { AppError, InvalidInputError } from "../shared/errors.js";

export interface LoanComputation {
  result: LoanResult;
  /** 本院认为 … 计算如下 …: the paragraph a judge pastes into the judgment. */
  paragraph: string;
}

export function computeLoan(_form: LoanForm, _asOf: string): LoanComputation {
  throw new AppError(503, "unavailable", "利息计算器尚未就绪");
}

/** The date a calculation runs to: a real civil date, else 400. */
export function checkAsOf(asOf: string): string {
  if (tryParseIsoDate(asOf) === undefined)
    throw new InvalidInputError("asOf", `计算截止日“${asOf}”不是有效日期，应写作如 2025-09-01`, asOf);
  return asOf;
}
