import type { Db } from "../connect.js";

export interface OpinionRow {
  staffId: number;
  orderNo: number;
  stance: string;
  opinion: string;
}

/** Replaces the opinions recorded on one item at one meeting (one transaction). */
export async function replaceOpinions(
  handle: Db,
  meetingId: number,
  matterId: number,
  rows: readonly OpinionRow[],
  by: string,
  at: string,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("meeting_opinions")
      .where("meeting_id", "=", meetingId)
      .where("matter_id", "=", matterId)
      .execute();
    if (rows.length > 0)
      await trx
        .insertInto("meeting_opinions")
        .values(
          rows.map((r) => ({
            meeting_id: meetingId,
            matter_id: matterId,
            staff_id: r.staffId,
            order_no: r.orderNo,
            stance: r.stance,
            opinion: r.opinion,
            recorded_by: by,
            recorded_at: at,
          })),
        )
        .execute();
  });
}
