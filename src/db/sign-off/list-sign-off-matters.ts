/**
 * The 阅核 matters within a scope (a division, a judge), with their trace: the lists and the
 * statistics are computed from these. A court writes some thousands of drafts a year, so they
 * are read whole and grouped in memory.
 */
import type { Db } from "../connect.js";
import { mattersInCourts } from "../courts/court-where.js";
import { matterFromRow, type StoredMatter } from "../workflow/mapper.js";

/** A 阅核 matter (the workflow's stored matter) with the steps of its trace that statistics need. */
export type SignOffMatterRow = StoredMatter & { trace: { action: string; on: string; by: string }[] };

export async function listSignOffMatters(
  handle: Db,
  kind: string,
  scope: {
    division?: string;
    judge?: string;
    caseId?: number;
    ids?: readonly number[];
    /** Only the matters of these courts (法院代字); absent: every court. */
    courts?: readonly string[];
  },
): Promise<SignOffMatterRow[]> {
  let q = handle.db.selectFrom("matters").selectAll().where("kind", "=", kind);
  if (scope.courts !== undefined) q = mattersInCourts(q, scope.courts);
  if (scope.division !== undefined) q = q.where("division", "=", scope.division);
  if (scope.judge !== undefined) q = q.where("judge", "=", scope.judge);
  if (scope.caseId !== undefined) q = q.where("case_id", "=", scope.caseId);
  if (scope.ids !== undefined) {
    if (scope.ids.length === 0) return [];
    q = q.where("id", "in", [...scope.ids]);
  }
  const rows = await q.orderBy("id").execute();
  if (rows.length === 0) return [];
  const trace = await handle.db
    .selectFrom("matter_trace")
    .innerJoin("matters", "matters.id", "matter_trace.matter_id")
    .select(["matter_trace.matter_id", "matter_trace.action", "matter_trace.on_day", "matter_trace.by_user"])
    .where("matters.kind", "=", kind)
    .orderBy("matter_trace.matter_id")
    .orderBy("matter_trace.seq")
    .execute();
  const byMatter = new Map<number, SignOffMatterRow["trace"]>();
  for (const t of trace) {
    const list = byMatter.get(t.matter_id) ?? [];
    list.push({ action: t.action, on: t.on_day, by: t.by_user });
    byMatter.set(t.matter_id, list);
  }
  return rows.map((r) => ({ ...matterFromRow(r), trace: byMatter.get(r.id) ?? [] }));
}
