/**
 * The case's judge saves the 民间借贷要素表: the form must be one the calculator can read (else 400
 * naming the field), and the version sent must be the one stored (else 409: someone saved meanwhile).
 * The save and its audit entry (the form before and after) are one transaction.
 */
import type { Db } from "../../db/connect.js";
import { writeLoanForm } from "../../db/loan-forms/loan-forms.js";
import type { Actor } from "../../domain/auth/index.js";
import type { LoanForm } from "../../domain/loan-interest/types.js";
import { ConflictError } from "../shared/errors.js";
import { todayInChina } from "../shared/today.js";
import { checkAsOf, computeLoan } from "./calculator.js";
import { getLoanForm, type LoanFormView, withFiling } from "./get-loan-form.js";
import { findLoanCase } from "./loan-case.js";

export interface SaveLoanFormInput {
  form: LoanForm;
  /** The version read (0 for a case without a saved form). */
  version: number;
}

export async function saveLoanForm(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: SaveLoanFormInput,
  now = new Date().toISOString(),
  asOf = todayInChina(),
): Promise<LoanFormView> {
  const c = await findLoanCase(actor, handle, caseId, "edit-loan-form");
  checkAsOf(asOf);
  // Refused before anything is written when the calculator cannot read it.
  await computeLoan(withFiling(input.form, c), asOf);
  const ok = await writeLoanForm(
    handle,
    {
      caseId,
      caseNumber: c.caseNumber,
      form: input.form,
      user: actor.username,
      by: actor.name ?? actor.username,
      at: now,
    },
    input.version,
  );
  if (!ok) throw new ConflictError(`${c.caseNumber}的要素表已被他人修改，请刷新后重试（您的修改尚未保存）`);
  return getLoanForm(actor, handle, caseId, asOf);
}
