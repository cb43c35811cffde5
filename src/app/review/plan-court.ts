/**
 * A 案件评查 plan's or a 庭审观摩 round's court: a plan belongs to the court of the account that made
 * it (null on a one-court installation). Its reviewers and 考评小组 are accounts of that court, it
 * draws only that court's cases, and a hearing observed is one of that court's cases. Refusals name
 * the courts as the register of courts (`courts`) names them.
 */
import type { Db } from "../../db/connect.js";
import type { SampleRow } from "../../db/review/review-samples.js";
import type { ReviewerAccount } from "../../db/review/reviewer-candidates.js";
import type { ReviewPlanRef } from "../../domain/auth/index.js";
import { courtName } from "../courts/court-choice.js";
import { InvalidInputError } from "../shared/errors.js";

/** The plan as its policies see it, with its court's name read from the courts table. */
export async function planRef(
  handle: Db,
  kind: ReviewPlanRef["kind"],
  courtCode: string | null,
  members?: readonly string[],
): Promise<ReviewPlanRef> {
  return {
    kind,
    courtCode,
    ...(courtCode ? { courtName: await courtName(handle, courtCode) } : {}),
    ...(members ? { members } : {}),
  };
}

/**
 * A drawn case's court as its plan's steps see it: the plan's court, or — a plan without a court,
 * which drew from every court — the case's own.
 */
export async function sampleRef(handle: Db, s: SampleRow): Promise<ReviewPlanRef> {
  return planRef(handle, "review", s.planCourtCode ?? s.courtCode);
}

/**
 * Refuses an account of another court than the plan's (`court`; null: a one-court installation,
 * nothing refused) named as a reviewer or a member: `role` says what it would be (评查人, 考评小组成员).
 */
export async function checkAccountsOfCourt(
  handle: Db,
  field: string,
  accounts: readonly ReviewerAccount[],
  court: string | null,
  role: string,
  what: string,
): Promise<void> {
  if (!court) return;
  const other = accounts.find((a) => a.court && a.court !== court);
  if (!other?.court) return;
  throw new InvalidInputError(
    field,
    `${role}账号“${other.username}”属于${await courtName(handle, other.court)}，不能担任${await courtName(handle, court)}${what}的${role}`,
    other.username,
  );
}
