/** One matter with its links, trace and tasks; the matters of a case. */
import type { Db } from "../connect.js";
import {
  matterFromRow,
  type StoredMatter,
  type StoredTask,
  type StoredTraceEntry,
  taskFromRow,
  traceFromRow,
} from "./mapper.js";

export interface MatterRecord {
  matter: StoredMatter;
  links: { entity: string; id: number }[];
  trace: StoredTraceEntry[];
  tasks: StoredTask[];
}

export async function findMatter(handle: Db, id: number): Promise<StoredMatter | undefined> {
  const row = await handle.db.selectFrom("matters").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? matterFromRow(row) : undefined;
}

/** Matters with their links, trace (in order) and tasks, for the given ids (in the ids' order). */
export async function loadMatterRecords(handle: Db, ids: readonly number[]): Promise<MatterRecord[]> {
  if (ids.length === 0) return [];
  const list = [...ids];
  const [matters, links, trace, tasks] = await Promise.all([
    handle.db.selectFrom("matters").selectAll().where("id", "in", list).execute(),
    handle.db.selectFrom("matter_links").selectAll().where("matter_id", "in", list).execute(),
    handle.db
      .selectFrom("matter_trace")
      .selectAll()
      .where("matter_id", "in", list)
      .orderBy("matter_id")
      .orderBy("seq")
      .execute(),
    handle.db.selectFrom("tasks").selectAll().where("matter_id", "in", list).orderBy("id").execute(),
  ]);
  const byId = new Map<number, MatterRecord>();
  for (const m of matters)
    byId.set(Number(m.id), { matter: matterFromRow(m), links: [], trace: [], tasks: [] });
  for (const l of links)
    byId.get(Number(l.matter_id))?.links.push({ entity: l.entity, id: Number(l.entity_id) });
  for (const t of trace) byId.get(Number(t.matter_id))?.trace.push(traceFromRow(t));
  for (const t of tasks) byId.get(Number(t.matter_id))?.tasks.push(taskFromRow(t));
  return list.map((id) => byId.get(id)).filter((r): r is MatterRecord => r !== undefined);
}

/** The ids of the matters linked to a case, oldest first. */
export async function matterIdsOfCase(handle: Db, caseId: number): Promise<number[]> {
  const rows = await handle.db
    .selectFrom("matter_links")
    .select("matter_id")
    .where("entity", "=", "case")
    .where("entity_id", "=", caseId)
    .orderBy("matter_id")
    .execute();
  return [...new Set(rows.map((r) => Number(r.matter_id)))];
}

/** Is any open task of the matter for this person, judge or position? */
export async function hasTaskFor(
  handle: Db,
  matterId: number,
  who: { username: string; judge: string | null; division: string | null; positions: readonly string[] },
): Promise<boolean> {
  const tasks = await handle.db.selectFrom("tasks").selectAll().where("matter_id", "=", matterId).execute();
  return tasks.some(
    (t) =>
      t.assignee_user === who.username ||
      (who.judge !== null && t.assignee_judge === who.judge && t.assignee_division === who.division) ||
      (t.assignee_position !== null &&
        who.positions.includes(t.assignee_position) &&
        (t.assignee_division === null || t.assignee_division === who.division)),
  );
}
