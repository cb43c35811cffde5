import type { Db } from "../connect.js";
import { type MatterFile, toMatterFile } from "./mapper.js";

/** The files of these matters, oldest first. */
export async function listMatterFiles(handle: Db, matterIds: readonly number[]): Promise<MatterFile[]> {
  if (matterIds.length === 0) return [];
  const rows = await handle.db
    .selectFrom("matter_files")
    .selectAll()
    .where("matter_id", "in", [...matterIds])
    .orderBy("id")
    .execute();
  return rows.map(toMatterFile);
}
