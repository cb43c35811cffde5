/**
 * 整改: the rectification matters (kind review-rectification), each linked to its drawn case
 * (matter_links entity "review-sample"), with the due date of the judge's open task.
 */
import type { Db } from "../connect.js";

export const RECTIFICATION_KIND = "review-rectification";
export const SAMPLE_ENTITY = "review-sample";

export interface RectificationRow {
  matterId: number;
  sampleId: number;
  planId: number;
  caseNumber: string;
  /** The drawn case's court (法院代字). */
  courtCode: string;
  division: string;
  judge: string;
  state: string;
  openedOn: string;
  closedOn: string | null;
  /** Due date of the judge's open 整改 task (null when none is open). */
  dueOn: string | null;
}

export async function listRectifications(
  handle: Db,
  where: { planId?: number; division?: string; judge?: string; courts?: readonly string[] } = {},
): Promise<RectificationRow[]> {
  let q = handle.db
    .selectFrom("matters as m")
    .innerJoin("matter_links as l", (j) =>
      j.onRef("l.matter_id", "=", "m.id").on("l.entity", "=", SAMPLE_ENTITY),
    )
    .innerJoin("review_samples as s", "s.id", "l.entity_id")
    .leftJoin("tasks as t", (j) => j.onRef("t.matter_id", "=", "m.id").on("t.closed_at", "is", null))
    .innerJoin("cases as c", "c.id", "s.case_id")
    .select([
      "c.court_code",
      "m.id",
      "s.id as sample_id",
      "s.plan_id",
      "s.case_number",
      "m.division",
      "m.judge",
      "m.state",
      "m.opened_on",
      "m.closed_on",
      "t.due_on",
    ])
    .where("m.kind", "=", RECTIFICATION_KIND);
  if (where.planId !== undefined) q = q.where("s.plan_id", "=", where.planId);
  if (where.courts !== undefined) q = q.where("c.court_code", "in", [...where.courts]);
  if (where.division !== undefined) q = q.where("m.division", "=", where.division);
  if (where.judge !== undefined) q = q.where("m.judge", "=", where.judge);
  const rows = await q.orderBy("m.id").execute();
  // A matter has at most one open task at a time here (the judge's, or the office's 验收).
  const seen = new Map<number, RectificationRow>();
  for (const r of rows) {
    const id = Number(r.id);
    const prev = seen.get(id);
    if (prev && prev.dueOn !== null) continue;
    seen.set(id, {
      matterId: id,
      sampleId: Number(r.sample_id),
      planId: Number(r.plan_id),
      caseNumber: r.case_number,
      courtCode: r.court_code,
      division: r.division,
      judge: r.judge,
      state: r.state,
      openedOn: r.opened_on,
      closedOn: r.closed_on,
      dueOn: r.due_on,
    });
  }
  return [...seen.values()];
}
