import type { Db } from "../connect.js";
import { matterFromRow, type StoredMatter } from "../workflow/mapper.js";

/** The 上会事项 matters, optionally only those in these states, the oldest first. */
export async function itemMatters(
  handle: Db,
  kindId: string,
  f: { states?: readonly string[]; ids?: readonly number[] } = {},
): Promise<StoredMatter[]> {
  let q = handle.db.selectFrom("matters").selectAll().where("kind", "=", kindId);
  if (f.states) {
    if (f.states.length === 0) return [];
    q = q.where("state", "in", [...f.states]);
  }
  if (f.ids) {
    if (f.ids.length === 0) return [];
    q = q.where("id", "in", [...f.ids]);
  }
  const rows = await q.orderBy("id").execute();
  return rows.map(matterFromRow);
}
