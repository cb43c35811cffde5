/**
 * 异议处理: the office decides a judge's objection — 维持评查结果, or 变更评查结果 with the new score
 * (the class then follows the thresholds). When the court's setting gives objections to the
 * 审判委员会, the office records the committee's decision with its reference (文号/纪要), which is
 * then required. A result that still has problems (维持, or a changed score below full marks)
 * opens a rectification. Only the office of the plan's court decides (a 中院 reads its basic courts'
 * reviews, decides none of their objections).
 */
import type { Db } from "../../db/connect.js";
import { findPlan } from "../../db/review/review-plans.js";
import { findingsOf, writeDecision } from "../../db/review/review-results.js";
import type { Actor } from "../../domain/auth/index.js";
import { OBJECTION_OUTCOMES, REVIEW_ACTIONS, REVIEW_STATES } from "../../domain/review/kinds.js";
import { classify, lowestClass, sheetTotal } from "../../domain/review/score-sheet.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { openRectification } from "./open-rectification.js";
import { sampleRef } from "./plan-court.js";
import { sampleOrThrow, sheetOfVersion } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";

export async function decideObjection(
  actor: Actor,
  handle: Db,
  sampleId: number,
  input: { version: number; outcome: string; note: string; reference?: string; finalScore?: number | null },
  today: string,
): Promise<{ rectificationId: number | null; finalScore: number | null; finalClass: string | null }> {
  mustAuthorize(actor, "manage-review");
  const sample = await sampleOrThrow(handle, sampleId);
  mustAuthorize(actor, "run-review-plan", await sampleRef(handle, sample));
  if (sample.matterId === null || sample.state !== REVIEW_STATES.objected)
    throw new ConflictError(`${sample.caseNumber}没有待处理的异议`);
  const settings = await readReviewSettings(handle);
  const reference = (input.reference ?? "").trim();
  if (settings.objectionDecider === "committee" && reference.length === 0)
    throw InvalidInputError.of(
      "reference",
      input.reference ?? "",
      "本院异议由审判委员会决定：请填写审委会决定文号或会议纪要编号",
    );
  if (!(OBJECTION_OUTCOMES as readonly string[]).includes(input.outcome))
    throw InvalidInputError.of(
      "outcome",
      input.outcome,
      `处理结果应为 ${OBJECTION_OUTCOMES.join("、")} 之一`,
    );
  const sheet = await sheetOfVersion(handle, sample.sheetVersion);
  const total = sheetTotal(sheet);
  const changed = input.outcome === OBJECTION_OUTCOMES[1];
  let finalScore: number | null = null;
  let finalClass: string | null = null;
  if (changed) {
    const s = input.finalScore;
    if (typeof s !== "number" || !Number.isFinite(s) || s < 0 || s > total || Math.round(s * 2) !== s * 2)
      throw InvalidInputError.of(
        "finalScore",
        s ?? null,
        `变更后得分应为 0 至 ${total} 分（以 0.5 分为单位）`,
      );
    finalScore = s;
    finalClass = classify(settings.classScheme, s, false);
  }
  await actOnMatter(
    actor,
    handle,
    sample.matterId,
    REVIEW_ACTIONS.decide,
    input.version,
    { outcome: input.outcome, note: input.note, reference, ...(changed ? { finalScore } : {}) },
    today,
    { system: true },
  );
  const lowest = changed
    ? finalClass === lowestClass(settings.classScheme)
    : sample.className === lowestClass(settings.classScheme);
  await writeDecision(handle.db, sampleId, { finalScore, finalClass, lowestClass: lowest, on: today });
  const findings = await findingsOf(handle, [sampleId]);
  const stillProblems = findings.length > 0 && (!changed || (finalScore ?? total) < total);
  if (!stillProblems) return { rectificationId: null, finalScore, finalClass };
  const plan = await findPlan(handle, sample.planId);
  const rectificationId = await openRectification(
    handle,
    sample,
    plan?.createdBy ?? actor.username,
    settings.rectificationWorkingDays,
    today,
  );
  return { rectificationId, finalScore, finalClass };
}
