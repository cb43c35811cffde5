import type { Db } from "../connect.js";

export interface MeetingChange {
  title?: string;
  scheduledOn?: string;
  startTime?: string;
  place?: string;
  chairStaffId?: number | null;
  secretary?: string;
  status?: string;
  minutesNote?: string;
}

/** Changes a meeting's schedule, chair, secretary, status or minutes note. */
export async function updateMeeting(handle: Db, id: number, c: MeetingChange, at: string): Promise<void> {
  await handle.db
    .updateTable("meetings")
    .set({
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.scheduledOn !== undefined ? { scheduled_on: c.scheduledOn } : {}),
      ...(c.startTime !== undefined ? { start_time: c.startTime } : {}),
      ...(c.place !== undefined ? { place: c.place } : {}),
      ...(c.chairStaffId !== undefined ? { chair_staff_id: c.chairStaffId } : {}),
      ...(c.secretary !== undefined ? { secretary: c.secretary } : {}),
      ...(c.status !== undefined ? { status: c.status } : {}),
      ...(c.minutesNote !== undefined ? { minutes_note: c.minutesNote } : {}),
      updated_at: at,
    })
    .where("id", "=", id)
    .execute();
}
