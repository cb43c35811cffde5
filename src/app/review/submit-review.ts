/**
 * 提交评查结果: the named reviewer (never the case's judge) fills the plan's score sheet version —
 * problems found, each against an item — and a comment; the score and class follow
 * (score-sheet.ts) and the matter goes to the office for 复核. Scoring again after 退回重评 replaces
 * the earlier result. A problem that does not fit the sheet is refused naming its row; nothing is
 * stored then.
 */
import type { Db } from "../../db/connect.js";
import { writeResult } from "../../db/review/review-results.js";
import type { Actor } from "../../domain/auth/index.js";
import { REVIEW_ACTIONS, REVIEW_STATES } from "../../domain/review/kinds.js";
import { type Finding, lowestClass, ScoringError, scoreReview } from "../../domain/review/score-sheet.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { sampleOrThrow, sheetOfVersion } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";

export interface SubmitReviewInput {
  version: number;
  findings: Finding[];
  comment: string;
}

export async function submitReview(
  actor: Actor,
  handle: Db,
  sampleId: number,
  input: SubmitReviewInput,
  today: string,
): Promise<{ score: number; className: string }> {
  const sample = await sampleOrThrow(handle, sampleId);
  // The reviewer named, of the case's own court (never the case's judge).
  mustAuthorize(actor, "score-review", {
    courtCode: sample.courtCode,
    division: sample.division,
    judge: sample.judge,
    reviewer: sample.reviewer,
  });
  if (sample.matterId === null || sample.state !== REVIEW_STATES.assigned)
    throw new ConflictError(`${sample.caseNumber}当前不在待评查状态，不能提交评查结果`);
  const comment = input.comment.trim();
  if (comment.length > 2000)
    throw InvalidInputError.of("comment", `${comment.slice(0, 20)}…`, "评查意见不超过 2000 字");
  const settings = await readReviewSettings(handle);
  const sheet = await sheetOfVersion(handle, sample.sheetVersion);
  let scored: ReturnType<typeof scoreReview>;
  try {
    scored = scoreReview(sheet, settings.classScheme, input.findings);
  } catch (e) {
    if (e instanceof ScoringError) throw new InvalidInputError(e.field, e.message, e.value);
    throw e;
  }
  await actOnMatter(actor, handle, sample.matterId, REVIEW_ACTIONS.score, input.version, {}, today, {
    system: true,
  });
  await handle.db.transaction().execute((trx) =>
    writeResult(trx, {
      sampleId,
      planId: sample.planId,
      caseId: sample.caseId,
      division: sample.division,
      judge: sample.judge,
      reviewer: actor.username,
      sheetVersion: sheet.version,
      score: scored.score,
      className: scored.className,
      lowestClass: scored.className === lowestClass(settings.classScheme),
      comment,
      submittedOn: today,
      findings: scored.findings,
    }),
  );
  return { score: scored.score, className: scored.className };
}
