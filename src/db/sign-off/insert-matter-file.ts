/** A file uploaded for a matter (not yet attached). */
import type { Db } from "../connect.js";
import type { MatterFilesTable } from "../schema.js";

export async function insertMatterFile(handle: Db, row: Omit<MatterFilesTable, "id">): Promise<number> {
  const r = await handle.db.insertInto("matter_files").values(row).returning("id").executeTakeFirstOrThrow();
  return r.id;
}
