/**
 * The 鉴定 register as stored, with the case each appraisal belongs to: a 诉中 appraisal's case by
 * its number; a 诉前 appraisal's later case by 原审案号 = the 诉前调 number (the earliest filed, when
 * several name it). With each linked case: its 扣除审限 events and its excluded days (case_facts).
 */
import type { AppraisalKind, AppraisalStage } from "../../domain/appraisals/appraisal.js";
import type { ExclusionSpan } from "../../domain/appraisals/exclusion-check.js";
import type { Db } from "../connect.js";

export interface LinkedCase {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
  filedOn: string;
  closedOn: string | null;
  excludedDays: number;
  exclusions: ExclusionSpan[];
}

export interface StoredAppraisal {
  id: number;
  caseNumber: string;
  stage: AppraisalStage;
  kind: AppraisalKind;
  commissionedOn: string;
  institution: string | null;
  completedOn: string | null;
  extensionApproved: boolean;
  note: string | null;
  version: number;
  updatedBy: string;
  updatedAt: string;
  /** 诉中: the case; 诉前: the later case naming the 诉前调 number as its 原审案号; null when none. */
  linked: LinkedCase | null;
}

const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

export async function readAppraisals(handle: Db, where: { id?: number } = {}): Promise<StoredAppraisal[]> {
  const { db } = handle;
  let q = db.selectFrom("appraisals").selectAll().orderBy("commissioned_on", "desc").orderBy("id", "desc");
  if (where.id !== undefined) q = q.where("id", "=", where.id);
  const rows = await q.execute();
  const inCase = [...new Set(rows.filter((r) => r.stage === "诉中").map((r) => r.case_number))];
  const preFiling = [...new Set(rows.filter((r) => r.stage === "诉前").map((r) => r.case_number))];
  const cols = [
    "c.id",
    "c.case_number",
    "c.division",
    "c.judge",
    "c.filed_on",
    "c.closed_on",
    "c.origin_case_number",
    "f.excluded_days",
  ] as const;
  type CaseRow = {
    id: number;
    case_number: string;
    division: string;
    judge: string;
    filed_on: string;
    closed_on: string | null;
    origin_case_number: string | null;
    excluded_days: number | null;
  };
  const byNumber = new Map<string, CaseRow>();
  const byOrigin = new Map<string, CaseRow>();
  for (const part of chunks(inCase)) {
    const found = await db
      .selectFrom("cases as c")
      .leftJoin("case_facts as f", "f.case_id", "c.id")
      .select(cols)
      .where("c.case_number", "in", part)
      .execute();
    for (const c of found) byNumber.set(c.case_number, c as CaseRow);
  }
  for (const part of chunks(preFiling)) {
    const found = await db
      .selectFrom("cases as c")
      .leftJoin("case_facts as f", "f.case_id", "c.id")
      .select(cols)
      .where("c.origin_case_number", "in", part)
      .orderBy("c.filed_on")
      .orderBy("c.id")
      .execute();
    for (const c of found) {
      const o = c.origin_case_number as string;
      if (!byOrigin.has(o)) byOrigin.set(o, c as CaseRow);
    }
  }
  const ids = [...new Set([...byNumber.values(), ...byOrigin.values()].map((c) => Number(c.id)))];
  const exclusions = new Map<number, ExclusionSpan[]>();
  for (const part of chunks(ids)) {
    const evs = await db
      .selectFrom("case_events")
      .select(["case_id", "reason", "from_on", "to_on"])
      .where("case_id", "in", part)
      .where("kind", "=", "exclusion")
      .orderBy("from_on")
      .execute();
    for (const e of evs) {
      const id = Number(e.case_id);
      let list = exclusions.get(id);
      if (!list) {
        list = [];
        exclusions.set(id, list);
      }
      list.push({ reason: e.reason, from: e.from_on, to: e.to_on });
    }
  }
  const link = (c: CaseRow | undefined): LinkedCase | null =>
    c
      ? {
          id: Number(c.id),
          caseNumber: c.case_number,
          division: c.division,
          judge: c.judge,
          filedOn: c.filed_on,
          closedOn: c.closed_on,
          excludedDays: Number(c.excluded_days ?? 0),
          exclusions: exclusions.get(Number(c.id)) ?? [],
        }
      : null;
  return rows.map((r) => ({
    id: Number(r.id),
    caseNumber: r.case_number,
    stage: r.stage as AppraisalStage,
    kind: r.kind as AppraisalKind,
    commissionedOn: r.commissioned_on,
    institution: r.institution,
    completedOn: r.completed_on,
    extensionApproved: Number(r.extension_approved) === 1,
    note: r.note,
    version: Number(r.version),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
    linked: r.stage === "诉中" ? link(byNumber.get(r.case_number)) : link(byOrigin.get(r.case_number)),
  }));
}

/** The case with this number, if stored (for an entry on the page). */
export async function caseForAppraisal(
  handle: Db,
  caseNumber: string,
): Promise<{ division: string; judge: string; filedOn: string } | undefined> {
  const r = await handle.db
    .selectFrom("cases")
    .select(["division", "judge", "filed_on"])
    .where("case_number", "=", caseNumber)
    .executeTakeFirst();
  return r ? { division: r.division, judge: r.judge, filedOn: r.filed_on } : undefined;
}
