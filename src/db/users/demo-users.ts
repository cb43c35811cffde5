/** The demo court's accounts (`is_demo`): retired together when the database stops being a demo. */
import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Disables every demo account and ends its sessions; returns how many were active. */
export async function disableDemoUsers(db: Kysely<Database>): Promise<number> {
  const active = await db
    .selectFrom("users")
    .select("id")
    .where("is_demo", "=", 1)
    .where("disabled", "=", 0)
    .execute();
  if (active.length === 0) return 0;
  const ids = active.map((r) => r.id);
  await db.updateTable("users").set({ disabled: 1 }).where("id", "in", ids).execute();
  await db.deleteFrom("sessions").where("user_id", "in", ids).execute();
  return ids.length;
}
