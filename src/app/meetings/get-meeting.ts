/** One meeting, with its attendees, agenda, opinions and outcomes; a meeting the use cases act on. */
import type { Db } from "../../db/connect.js";
import { findMeeting } from "../../db/meetings/find-meeting.js";
import type { StoredMeeting } from "../../db/meetings/mapper.js";
import type { Actor, MeetingRef } from "../../domain/auth/index.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { buildMeetingViews, type MeetingView } from "./meeting-view.js";

export async function mustFindMeeting(handle: Db, id: number): Promise<StoredMeeting> {
  const m = await findMeeting(handle, id);
  if (!m) throw new NotFoundError(`会议 ${id} 不存在`);
  return m;
}

/** The meeting as its policies see it: its secretary and its court. */
export function meetingRef(m: StoredMeeting): MeetingRef {
  return { secretary: m.secretary, courtCode: m.courtCode };
}

export async function getMeeting(actor: Actor, handle: Db, id: number, _today: string): Promise<MeetingView> {
  const m = await mustFindMeeting(handle, id);
  // Within the courts whose meetings the reader sees; the secretary named for a meeting reads it
  // even without access to the case lists (a 书记员).
  mustAuthorize(actor, "view-meeting", meetingRef(m));
  const [view] = await buildMeetingViews(actor, handle, [m]);
  if (!view) throw new NotFoundError(`会议 ${id} 不存在`);
  return view;
}
