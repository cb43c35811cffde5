/** 审管办 convenes a 评析会 on a set of 发改案件 entries of its own court. */
import type { Db } from "../../db/connect.js";
import { insertMeeting } from "../../db/review-meetings/review-meetings.js";
import type { Actor } from "../../domain/auth/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getReviewMeeting } from "./get-review-meeting.js";
import { checkMeetingCases, checkMeetingForm, type MeetingForm } from "./meeting-form.js";
import type { ReviewMeetingRow } from "./review-meeting-row.js";

export async function createReviewMeeting(
  actor: Actor,
  handle: Db,
  input: MeetingForm & { caseIds: readonly number[] },
  now = new Date().toISOString(),
): Promise<ReviewMeetingRow> {
  mustAuthorize(actor, "manage-review-meetings");
  const fields = checkMeetingForm(input);
  if (input.caseIds.length === 0) throw InvalidInputError.of("caseIds", [], "请至少选择一件发改案件");
  const caseIds = await checkMeetingCases(actor, handle, input.caseIds);
  const id = await insertMeeting(handle, fields, caseIds, actor.name ?? actor.username, actor.username, now);
  return getReviewMeeting(actor, handle, id);
}
