import type { Db } from "../connect.js";
import { type StoredMeeting, toMeeting } from "./mapper.js";

export async function findMeeting(handle: Db, id: number): Promise<StoredMeeting | undefined> {
  const r = await handle.db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toMeeting(r) : undefined;
}
