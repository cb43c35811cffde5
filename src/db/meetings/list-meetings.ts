import type { Db } from "../connect.js";
import { ofCourtsOrNone } from "../courts/of-courts.js";
import { type StoredMeeting, toMeeting } from "./mapper.js";

export interface MeetingFilter {
  kind?: string;
  /** Scheduled on or after this day. */
  from?: string;
  /** Scheduled on or before this day. */
  to?: string;
  ids?: readonly number[];
  /**
   * Only the meetings of these courts (法院代字) and those that say no court (a one-court
   * installation's, seen by every reader); absent: every meeting.
   */
  courts?: readonly string[];
}

/** Meetings by day (the earliest first), then id. */
export async function listMeetings(handle: Db, f: MeetingFilter): Promise<StoredMeeting[]> {
  let q = handle.db.selectFrom("meetings").selectAll();
  if (f.kind) q = q.where("kind", "=", f.kind);
  if (f.from) q = q.where("scheduled_on", ">=", f.from);
  if (f.to) q = q.where("scheduled_on", "<=", f.to);
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where("id", "in", [...f.ids]);
  }
  if (f.courts) q = q.where(ofCourtsOrNone(f.courts));
  const rows = await q.orderBy("scheduled_on").orderBy("start_time").orderBy("id").execute();
  return rows.map(toMeeting);
}
