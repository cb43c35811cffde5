/**
 * 评析会, newest first: those the reader may read (the whole court's, or those on their cases), with
 * the entries of the reader's courts only (an entry lies in its case's court; filtered in the query).
 */
import type { Db } from "../../db/connect.js";
import { readMeetingEntries, readMeetings } from "../../db/review-meetings/review-meetings.js";
import { type Actor, authorize, dataScope } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { meetingRows, type ReviewMeetingRow } from "./review-meeting-row.js";

export async function listReviewMeetings(
  actor: Actor,
  handle: Db,
): Promise<{ rows: ReviewMeetingRow[]; canCreate: boolean }> {
  mustAuthorize(actor, "view-reversals");
  const courts = dataScope(actor).courts;
  const meetings = await readMeetings(handle, courts);
  const entries = await readMeetingEntries(handle, undefined, courts);
  const visible = meetings.filter(
    (m) =>
      authorize(actor, "view-review-meeting", { entries: entries.filter((e) => e.meetingId === m.id) })
        .allowed,
  );
  return {
    rows: await meetingRows(actor, handle, visible, entries),
    canCreate: authorize(actor, "manage-review-meetings").allowed,
  };
}
