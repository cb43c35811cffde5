/** Named settings of the installation (`settings`: name → text). */
import type { Db } from "../connect.js";

export async function readSetting(handle: Db, name: string): Promise<string | undefined> {
  const row = await handle.db
    .selectFrom("settings")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return row?.value;
}

export async function writeSetting(handle: Db, name: string, value: string, now: string): Promise<void> {
  await handle.db
    .insertInto("settings")
    .values({ name, value, updated_at: now })
    .onConflict((oc) => oc.column("name").doUpdateSet({ value, updated_at: now }))
    .execute();
}

export async function deleteSetting(handle: Db, name: string): Promise<void> {
  await handle.db.deleteFrom("settings").where("name", "=", name).execute();
}
