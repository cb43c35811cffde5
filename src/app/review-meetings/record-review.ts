/**
 * Records 原承办人自评 (the judge), 庭长讲评 (the division's chief) or 分管领导点评 (a 院领导, or the
 * office as the meeting's secretary) for one case of a 评析会; recording again replaces the text.
 */
import type { Db } from "../../db/connect.js";
import { readMeetingEntries, writeReviewPart } from "../../db/review-meetings/review-meetings.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  MIN_REVIEW_LENGTH,
  REVIEW_PART_NAMES,
  REVIEW_PARTS,
  type ReviewPart,
} from "../../domain/reversals/review.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getReviewMeeting } from "./get-review-meeting.js";
import type { ReviewMeetingRow } from "./review-meeting-row.js";

export async function recordReview(
  actor: Actor,
  handle: Db,
  meetingId: number,
  caseId: number,
  input: { part: ReviewPart; text: string },
  now = new Date().toISOString(),
): Promise<ReviewMeetingRow> {
  const entry = (await readMeetingEntries(handle, [meetingId])).find((e) => e.caseId === caseId);
  if (!entry) throw new NotFoundError(`评析会 ${meetingId} 中没有案件 ${caseId}`);
  if (!REVIEW_PARTS.includes(input.part))
    throw InvalidInputError.of("part", input.part, "应为原承办人自评、庭长讲评或分管领导点评之一");
  mustAuthorize(actor, "record-review", {
    courtCode: entry.courtCode,
    division: entry.division,
    judge: entry.judge,
    part: input.part,
  });
  const text = input.text.trim();
  if (text.length < MIN_REVIEW_LENGTH)
    throw new InvalidInputError(
      "text",
      `${entry.caseNumber}：${REVIEW_PART_NAMES[input.part]}至少 ${MIN_REVIEW_LENGTH} 个字`,
      input.text,
    );
  await writeReviewPart(
    handle,
    meetingId,
    caseId,
    input.part,
    text,
    actor.name ?? actor.username,
    actor.username,
    now,
  );
  return getReviewMeeting(actor, handle, meetingId);
}
