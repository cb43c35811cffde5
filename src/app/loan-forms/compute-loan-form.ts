/** 试算: the calculation of a form as entered, without saving it (whoever may read the case). */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { LoanForm } from "../../domain/loan-interest/types.js";
import { todayInChina } from "../shared/today.js";
import { checkAsOf, computeLoan, type LoanComputation } from "./calculator.js";
import { withFiling } from "./get-loan-form.js";
import { findLoanCase } from "./loan-case.js";

export async function computeLoanForm(
  actor: Actor,
  handle: Db,
  caseId: number,
  form: LoanForm,
  asOf = todayInChina(),
): Promise<LoanComputation & { asOf: string }> {
  const c = await findLoanCase(actor, handle, caseId, "view-loan-form");
  checkAsOf(asOf);
  return { ...(await computeLoan(withFiling(form, c), asOf)), asOf };
}
