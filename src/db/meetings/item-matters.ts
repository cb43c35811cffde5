import type { Db } from "../connect.js";
import { mattersInCourts } from "../courts/court-where.js";
import { matterFromRow, type StoredMatter } from "../workflow/mapper.js";

/**
 * The 上会事项 matters, optionally only those in these states, or of these courts (法院代字: an item
 * lies in its case's court, or without a case in the court of the account that opened it), the
 * oldest first.
 */
export async function itemMatters(
  handle: Db,
  kindId: string,
  f: { states?: readonly string[]; ids?: readonly number[]; courts?: readonly string[] } = {},
): Promise<StoredMatter[]> {
  let q = handle.db.selectFrom("matters").selectAll().where("kind", "=", kindId);
  if (f.courts) {
    if (f.courts.length === 0) return [];
    q = mattersInCourts(q, f.courts);
  }
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
