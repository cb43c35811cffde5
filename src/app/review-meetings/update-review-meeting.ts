/**
 * 审管办 changes a 评析会: its fields, the common problems and follow-ups, and adds cases — the office
 * of its cases' own court (a 中院 reads its basic courts' 评析会 but does not change them).
 */
import type { Db } from "../../db/connect.js";
import { readMeeting, readMeetingEntries, updateMeeting } from "../../db/review-meetings/review-meetings.js";
import type { Actor } from "../../domain/auth/index.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getReviewMeeting } from "./get-review-meeting.js";
import { checkMeetingCases, checkMeetingForm, type MeetingForm } from "./meeting-form.js";
import type { ReviewMeetingRow } from "./review-meeting-row.js";

export async function updateReviewMeeting(
  actor: Actor,
  handle: Db,
  id: number,
  input: Partial<MeetingForm> & { addCaseIds?: readonly number[]; version: number },
  now = new Date().toISOString(),
): Promise<ReviewMeetingRow> {
  mustAuthorize(actor, "manage-review-meetings");
  const before = await readMeeting(handle, id);
  if (!before) throw new NotFoundError(`评析会 ${id} 不存在`);
  const fields = checkMeetingForm({
    ...before,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  });
  const entries = await readMeetingEntries(handle, [id]);
  mustAuthorize(actor, "view-review-meeting", { entries });
  mustAuthorize(actor, "edit-review-meeting", { entries });
  const existing = entries.map((e) => e.caseId);
  const add = await checkMeetingCases(actor, handle, input.addCaseIds ?? [], existing);
  const ok = await updateMeeting(handle, id, fields, add, input.version, actor.username, now);
  if (!ok) throw new ConflictError(`评析会“${before.title}”已被他人修改，请刷新后重试`);
  return getReviewMeeting(actor, handle, id);
}
