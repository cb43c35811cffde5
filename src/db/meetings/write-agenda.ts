import type { Db } from "../connect.js";

/** Puts an item at the end of a meeting's agenda. */
export async function addAgendaItem(handle: Db, meetingId: number, matterId: number): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom("meeting_items")
      .select((eb) => eb.fn.max("position").as("p"))
      .where("meeting_id", "=", meetingId)
      .executeTakeFirst();
    const position = Number(last?.p ?? 0) + 1;
    await trx
      .insertInto("meeting_items")
      .values({ meeting_id: meetingId, matter_id: matterId, position })
      .execute();
  });
}

/** Takes an item off a meeting's agenda (with any opinions recorded on it there). */
export async function removeAgendaItem(handle: Db, meetingId: number, matterId: number): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("meeting_opinions")
      .where("meeting_id", "=", meetingId)
      .where("matter_id", "=", matterId)
      .execute();
    await trx
      .deleteFrom("meeting_items")
      .where("meeting_id", "=", meetingId)
      .where("matter_id", "=", matterId)
      .execute();
  });
}
