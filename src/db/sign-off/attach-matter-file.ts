/**
 * Attaches an uploaded file to its matter: only a file still unattached and uploaded by `user`;
 * answers whether it was attached.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

export async function attachMatterFile(
  db: Kysely<Database>,
  fileId: number,
  matterId: number,
  user: string,
): Promise<boolean> {
  const r = await db
    .updateTable("matter_files")
    .set({ matter_id: matterId })
    .where("id", "=", fileId)
    .where("matter_id", "is", null)
    .where("uploaded_by", "=", user)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
