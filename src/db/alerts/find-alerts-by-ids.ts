import type { Db } from "../connect.js";
import { alertFromRow, type StoredAlert } from "./mapper.js";

/** The alerts with these ids (those that exist), in id order. */
export async function findAlertsByIds(handle: Db, ids: readonly number[]): Promise<StoredAlert[]> {
  if (ids.length === 0) return [];
  const rows = await handle.db
    .selectFrom("alerts")
    .selectAll()
    .where("id", "in", [...ids])
    .orderBy("id")
    .execute();
  return rows.map((r) => alertFromRow(r as unknown as Record<string, unknown>));
}
