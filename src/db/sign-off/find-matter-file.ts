import type { Db } from "../connect.js";
import { type MatterFile, toMatterFile } from "./mapper.js";

export async function findMatterFile(handle: Db, id: number): Promise<MatterFile | undefined> {
  const r = await handle.db.selectFrom("matter_files").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toMatterFile(r) : undefined;
}
