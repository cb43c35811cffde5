import type { Db } from "../connect.js";

export interface NewMeeting {
  kind: string;
  title: string;
  scheduledOn: string;
  startTime: string;
  place: string;
  chairStaffId: number | null;
  secretary: string;
  createdBy: string;
  /** The court the meeting belongs to (its creator's); null on a one-court installation. */
  courtCode: string | null;
  at: string;
}

/** Stores a planned meeting; returns its id. */
export async function insertMeeting(handle: Db, m: NewMeeting): Promise<number> {
  const row = await handle.db
    .insertInto("meetings")
    .values({
      kind: m.kind,
      title: m.title,
      scheduled_on: m.scheduledOn,
      start_time: m.startTime,
      place: m.place,
      chair_staff_id: m.chairStaffId,
      secretary: m.secretary,
      status: "planned",
      minutes_note: "",
      created_by: m.createdBy,
      court_code: m.courtCode,
      created_at: m.at,
      updated_at: m.at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
