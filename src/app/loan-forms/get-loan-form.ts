/**
 * A case's 民间借贷要素表 with the calculation as of a date (today by default): the saved form, or —
 * for a case without one — a new form with the parties and the filing date taken from the case.
 */
import type { Db } from "../../db/connect.js";
import { readLoanForm } from "../../db/loan-forms/loan-forms.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import type { LoanForm, LoanParty, LoanResult } from "../../domain/loan-interest/types.js";
import { AppError } from "../shared/errors.js";
import { todayInChina } from "../shared/today.js";
import { checkAsOf, computeLoan } from "./calculator.js";
import { findLoanCase, type LoanCase } from "./loan-case.js";

export interface LoanFormView {
  caseId: number;
  caseNumber: string;
  cause: string;
  typeCode: string;
  filedOn: string;
  /** The saved form, or a new one prefilled from the case (saved false). */
  form: LoanForm;
  saved: boolean;
  /** The stored version (0: none saved yet); a save sends it back. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  /** The date the calculation runs to. */
  asOf: string;
  /** The calculation of the saved form (null when there is none, or it cannot be computed). */
  result: LoanResult | null;
  paragraph: string | null;
  /** Why the saved form has no result (a field the calculator cannot read), in Chinese. */
  problem: string | null;
  /** The reader may change the form (the case's judge). */
  canEdit: boolean;
}

const ENTERPRISE = /公司|银行|合作社|信用社|企业|厂$|商行|中心$|集团|事务所|典当|小额贷款/;

/** The parties recorded on the case (names separated by 、，; or new lines). */
export function partiesOf(names: string | null): LoanParty[] {
  if (!names) return [];
  return names
    .split(/[、,，;；\n]/)
    .map((n) => n.trim())
    .filter((n) => n !== "")
    .map((name) => ({ name, kind: ENTERPRISE.test(name) ? "企业" : "自然人" }));
}

/** A new form for a case: its parties and filing date; the rest is for the judge to enter. */
export function newLoanForm(c: LoanCase): LoanForm {
  return {
    lenders: partiesOf(c.plaintiffs),
    borrowers: partiesOf(c.defendants),
    contractDate: "",
    principalStated: 0,
    deliveries: [],
    agreedTermEnd: null,
    agreedRate: null,
    overdueRate: null,
    penaltyRate: null,
    otherFeesRate: null,
    repayments: [],
    costs: 0,
    setOffOrder: "法定顺序",
    guarantee: null,
    filedOn: c.filedOn,
  };
}

/** The form with the case's filing date when it names none (第三十一条 needs it). */
export function withFiling(form: LoanForm, c: LoanCase): LoanForm {
  return form.filedOn ? form : { ...form, filedOn: c.filedOn };
}

export async function getLoanForm(
  actor: Actor,
  handle: Db,
  caseId: number,
  asOf = todayInChina(),
): Promise<LoanFormView> {
  const c = await findLoanCase(actor, handle, caseId, "view-loan-form");
  checkAsOf(asOf);
  const stored = await readLoanForm(handle, caseId);
  const form = stored ? (stored.form as LoanForm) : newLoanForm(c);
  let result: LoanResult | null = null;
  let paragraph: string | null = null;
  let problem: string | null = null;
  if (stored) {
    try {
      const computed = await computeLoan(withFiling(form, c), asOf);
      result = computed.result;
      paragraph = computed.paragraph;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problem = err.message;
    }
  }
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    cause: c.cause,
    typeCode: c.typeCode,
    filedOn: c.filedOn,
    form,
    saved: stored !== undefined,
    version: stored?.version ?? 0,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
    asOf,
    result,
    paragraph,
    problem,
    canEdit: authorize(actor, "edit-loan-form", { division: c.division, judge: c.judge }).allowed,
  };
}
