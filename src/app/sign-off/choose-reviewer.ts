/**
 * Who reads a draft: the division's 庭长, or — for a supervised case when the setting says so — the
 * 分管院领导 (settings.leaders by division, else the first 院领导 account). Nobody reads their own
 * draft: when the chief is the judge who submits, the 分管院领导 reads it. The way a second 复议 on
 * the same point escalates is fixed here too (to the 分管院领导 only when that is someone else).
 */
import type { Db } from "../../db/connect.js";
import {
  findActiveAccount,
  findDivisionChief,
  findFirstLeader,
  type ReviewerAccount,
} from "../../db/sign-off/find-reviewers.js";
import type { Escalation, SignOffSettings } from "../../domain/sign-off/index.js";
import { ConflictError } from "../shared/errors.js";

export interface Reviewers {
  reviewer: ReviewerAccount;
  leader: ReviewerAccount | null;
  escalation: Escalation;
}

export async function chooseReviewers(
  handle: Db,
  division: string,
  supervised: boolean,
  submitter: string,
  settings: SignOffSettings,
): Promise<Reviewers> {
  const named = settings.leaders[division];
  const leader =
    (named ? await findActiveAccount(handle, named) : undefined) ?? (await findFirstLeader(handle)) ?? null;
  const chief = await findDivisionChief(handle, division);
  let reviewer: ReviewerAccount | null =
    supervised && settings.supervisedReviewer === "leader" ? leader : (chief ?? null);
  if (reviewer?.username === submitter) reviewer = leader;
  if (!reviewer || reviewer.username === submitter)
    throw new ConflictError(
      `无法确定${division}的阅核人：本部门没有在用的庭长账号，也没有院领导账号；请系统管理员设置`,
    );
  const escalation =
    settings.escalation === "leader" && (!leader || leader.username === reviewer.username)
      ? "committee"
      : settings.escalation;
  return { reviewer, leader, escalation };
}
