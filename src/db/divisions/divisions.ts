/** The court's divisions (`divisions`). */
import type { Db } from "../connect.js";

/** Adds a division unless one of that name exists. */
export async function ensureDivision(
  handle: Db,
  d: { name: string; kind: string | null; courtCode: string | null },
  now: string,
): Promise<void> {
  await handle.db
    .insertInto("divisions")
    .values({ name: d.name, kind: d.kind, court_code: d.courtCode, created_at: now })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
}
