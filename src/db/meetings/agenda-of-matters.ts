import type { Db } from "../connect.js";
import { type StoredAgendaItem, toAgendaItem } from "./mapper.js";

/** Every agenda entry of these item matters (an item may have been on more than one meeting). */
export async function agendaOfMatters(handle: Db, matterIds: readonly number[]): Promise<StoredAgendaItem[]> {
  if (matterIds.length === 0) return [];
  const rows = await handle.db
    .selectFrom("meeting_items")
    .selectAll()
    .where("matter_id", "in", [...matterIds])
    .orderBy("meeting_id")
    .execute();
  return rows.map(toAgendaItem);
}
