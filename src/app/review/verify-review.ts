/**
 * 复核 (审管办): a scored review is either sent to the case's judge for feedback (due in N working
 * days, setting feedbackWorkingDays) or returned to its reviewer (退回重评, with a reason). Only the
 * office of the plan's court verifies (a 中院 reads its basic courts' reviews, verifies none).
 */
import type { Db } from "../../db/connect.js";
import { markVerified } from "../../db/review/review-results.js";
import type { Actor } from "../../domain/auth/index.js";
import { REVIEW_ACTIONS, REVIEW_STATES } from "../../domain/review/kinds.js";
import { ConflictError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { sampleRef } from "./plan-court.js";
import { sampleOrThrow, workingDaysAfter } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";

export async function verifyReview(
  actor: Actor,
  handle: Db,
  sampleId: number,
  input: { version: number; decision: "verify" | "return"; note?: string },
  today: string,
): Promise<void> {
  mustAuthorize(actor, "manage-review");
  const sample = await sampleOrThrow(handle, sampleId);
  mustAuthorize(actor, "run-review-plan", await sampleRef(handle, sample));
  if (sample.matterId === null || sample.state !== REVIEW_STATES.scored)
    throw new ConflictError(`${sample.caseNumber}当前不在待复核状态`);
  if (input.decision === "return") {
    await actOnMatter(
      actor,
      handle,
      sample.matterId,
      REVIEW_ACTIONS.returnToReviewer,
      input.version,
      { note: input.note ?? "" },
      today,
      {
        system: true,
      },
    );
    return;
  }
  const settings = await readReviewSettings(handle);
  await actOnMatter(
    actor,
    handle,
    sample.matterId,
    REVIEW_ACTIONS.verify,
    input.version,
    { note: input.note ?? "", feedbackDue: workingDaysAfter(today, settings.feedbackWorkingDays) },
    today,
    { system: true },
  );
  await markVerified(handle.db, sampleId, actor.username, today);
}
