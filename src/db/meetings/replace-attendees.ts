import type { Db } from "../connect.js";

export interface AttendeeRow {
  staffId: number;
  role: string;
  reason: string;
  present: boolean;
}

/** Replaces a meeting's attendees (one transaction). */
export async function replaceAttendees(
  handle: Db,
  meetingId: number,
  rows: readonly AttendeeRow[],
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx.deleteFrom("meeting_attendees").where("meeting_id", "=", meetingId).execute();
    if (rows.length > 0)
      await trx
        .insertInto("meeting_attendees")
        .values(
          rows.map((r) => ({
            meeting_id: meetingId,
            staff_id: r.staffId,
            role: r.role,
            reason: r.reason,
            present: r.present ? 1 : 0,
          })),
        )
        .execute();
  });
}
