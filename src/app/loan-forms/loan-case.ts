/**
 * The case a 民间借贷要素表 belongs to: it exists (404), the actor may take the action on it (403),
 * and it is a 民间借贷纠纷 case of 民初 or 民终 (404 otherwise: no such form for it).
 */
import { findCaseRow } from "../../db/cases/find-case.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { lookupCause } from "../../domain/causes/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";

/** The 案由 the form is for (民事案件案由规定 103(3); it has no sub-causes). */
export const LOAN_CAUSE = "民间借贷纠纷";
/** The case types (类型代字) it applies to: first instance and appeal. */
export const LOAN_TYPE_CODES: readonly string[] = ["民初", "民终"];

export interface LoanCase {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
  cause: string;
  typeCode: string;
  filedOn: string;
  amountFen: number | null;
  plaintiffs: string | null;
  defendants: string | null;
}

/** Is a case of this cause and type one the form applies to? */
export function isLoanCase(cause: string | null, typeCode: string): boolean {
  if (!cause) return false;
  return lookupCause(cause)?.name === LOAN_CAUSE && LOAN_TYPE_CODES.includes(typeCode);
}

export async function findLoanCase(
  actor: Actor,
  handle: Db,
  caseId: number,
  action: "view-loan-form" | "edit-loan-form",
): Promise<LoanCase> {
  const row = await findCaseRow(handle, caseId);
  if (!row) throw new NotFoundError(`案件 ${caseId} 不存在`);
  const ref = { division: row.division, judge: row.judge };
  // Whoever may not read the case is not told more than that.
  mustAuthorize(actor, "view-loan-form", ref);
  if (!isLoanCase(row.cause, row.type_code))
    throw new NotFoundError(
      `${row.case_number}的案由为“${row.cause ?? "未填写"}”（${row.type_code}），要素式审判的民间借贷要素表只适用于民间借贷纠纷的民初、民终案件`,
    );
  if (action === "edit-loan-form") mustAuthorize(actor, "edit-loan-form", ref);
  return {
    id: Number(row.id),
    caseNumber: row.case_number,
    division: row.division,
    judge: row.judge,
    cause: row.cause ?? LOAN_CAUSE,
    typeCode: row.type_code,
    filedOn: row.filed_on,
    amountFen: row.amount_fen === null ? null : Number(row.amount_fen),
    plaintiffs: row.plaintiffs,
    defendants: row.defendants,
  };
}
