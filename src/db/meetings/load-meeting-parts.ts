import type { Db } from "../connect.js";
import {
  type StoredAgendaItem,
  type StoredAttendee,
  type StoredOpinion,
  toAgendaItem,
  toAttendee,
  toOpinion,
} from "./mapper.js";

export interface MeetingParts {
  attendees: StoredAttendee[];
  agenda: StoredAgendaItem[];
  opinions: StoredOpinion[];
}

/** The attendees, agenda (in order) and opinions (in speaking order) of these meetings. */
export async function loadMeetingParts(handle: Db, meetingIds: readonly number[]): Promise<MeetingParts> {
  if (meetingIds.length === 0) return { attendees: [], agenda: [], opinions: [] };
  const ids = [...meetingIds];
  const [attendees, agenda, opinions] = await Promise.all([
    handle.db
      .selectFrom("meeting_attendees")
      .selectAll()
      .where("meeting_id", "in", ids)
      .orderBy("staff_id")
      .execute(),
    handle.db
      .selectFrom("meeting_items")
      .selectAll()
      .where("meeting_id", "in", ids)
      .orderBy("meeting_id")
      .orderBy("position")
      .execute(),
    handle.db
      .selectFrom("meeting_opinions")
      .selectAll()
      .where("meeting_id", "in", ids)
      .orderBy("matter_id")
      .orderBy("order_no")
      .execute(),
  ]);
  return {
    attendees: attendees.map(toAttendee),
    agenda: agenda.map(toAgendaItem),
    opinions: opinions.map(toOpinion),
  };
}
