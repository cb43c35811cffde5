import type { Db } from "../connect.js";

/** Removes the opinions at a meeting of anyone not among `speakers` (attendees changed before a result). */
export async function deleteOpinionsExcept(
  handle: Db,
  meetingId: number,
  speakers: readonly number[],
): Promise<void> {
  let q = handle.db.deleteFrom("meeting_opinions").where("meeting_id", "=", meetingId);
  if (speakers.length > 0) q = q.where("staff_id", "not in", [...speakers]);
  await q.execute();
}
