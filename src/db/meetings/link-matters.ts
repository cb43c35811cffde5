import type { Db } from "../connect.js";

/** Links a matter to another (entity "matter"): the origin of a referral to the item it opened. */
export async function linkMatters(handle: Db, fromMatterId: number, toMatterId: number): Promise<void> {
  await handle.db
    .insertInto("matter_links")
    .values({ matter_id: fromMatterId, entity: "matter", entity_id: toMatterId })
    .execute();
}
