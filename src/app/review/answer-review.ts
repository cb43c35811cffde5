/**
 * 反馈 (the case's judge): accept the result — a result with problems found then opens a
 * rectification (整改) — or object with reasons (异议): the office (or the 审委会, by setting)
 * decides within N working days (setting decisionWorkingDays).
 */
import type { Db } from "../../db/connect.js";
import { findPlan } from "../../db/review/review-plans.js";
import { findingsOf } from "../../db/review/review-results.js";
import type { Actor } from "../../domain/auth/index.js";
import { REVIEW_ACTIONS, REVIEW_STATES } from "../../domain/review/kinds.js";
import { ConflictError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { openRectification } from "./open-rectification.js";
import { sampleOrThrow, workingDaysAfter } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";

export async function answerReview(
  actor: Actor,
  handle: Db,
  sampleId: number,
  input: { version: number; answer: "accept" | "object"; note?: string; reason?: string },
  today: string,
): Promise<{ rectificationId: number | null }> {
  const sample = await sampleOrThrow(handle, sampleId);
  // The case's judge: a name within a division within the case's court.
  mustAuthorize(actor, "answer-review", {
    courtCode: sample.courtCode,
    division: sample.division,
    judge: sample.judge,
  });
  if (sample.matterId === null || sample.state !== REVIEW_STATES.sent)
    throw new ConflictError(`${sample.caseNumber}的评查结果当前不待反馈`);
  const settings = await readReviewSettings(handle);
  if (input.answer === "object") {
    await actOnMatter(
      actor,
      handle,
      sample.matterId,
      REVIEW_ACTIONS.object,
      input.version,
      { reason: input.reason ?? "", decisionDue: workingDaysAfter(today, settings.decisionWorkingDays) },
      today,
      { system: true },
    );
    return { rectificationId: null };
  }
  await actOnMatter(
    actor,
    handle,
    sample.matterId,
    REVIEW_ACTIONS.accept,
    input.version,
    { note: input.note ?? "" },
    today,
    {
      system: true,
    },
  );
  const findings = await findingsOf(handle, [sampleId]);
  if (findings.length === 0) return { rectificationId: null };
  const plan = await findPlan(handle, sample.planId);
  return {
    rectificationId: await openRectification(
      handle,
      sample,
      plan?.createdBy ?? actor.username,
      settings.rectificationWorkingDays,
      today,
    ),
  };
}
