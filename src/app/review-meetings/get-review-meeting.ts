/**
 * One 评析会 with its cases, for whoever may read one of them; a reader limited to courts sees the
 * cases of their courts only (a sibling court's 评析会 has none of them, and is refused).
 */
import type { Db } from "../../db/connect.js";
import { readMeeting, readMeetingEntries } from "../../db/review-meetings/review-meetings.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { meetingRows, type ReviewMeetingRow } from "./review-meeting-row.js";

export async function getReviewMeeting(actor: Actor, handle: Db, id: number): Promise<ReviewMeetingRow> {
  const m = await readMeeting(handle, id);
  if (!m) throw new NotFoundError(`评析会 ${id} 不存在`);
  const entries = await readMeetingEntries(handle, [id], dataScope(actor).courts);
  mustAuthorize(actor, "view-review-meeting", { entries });
  const [row] = await meetingRows(actor, handle, [m], entries);
  if (!row) throw new NotFoundError(`评析会 ${id} 不存在`);
  return row;
}
