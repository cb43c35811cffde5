/** The cases drawn into a plan, with their review matter's state and result. */
import { type Kysely, sql } from "kysely";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";

export interface NewSample {
  planId: number;
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  reviewer: string | null;
  drawnOn: string;
}

export async function insertSamples(db: Kysely<Database>, samples: readonly NewSample[]): Promise<number[]> {
  const ids: number[] = [];
  for (const s of samples) {
    const r = await db
      .insertInto("review_samples")
      .values({
        plan_id: s.planId,
        case_id: s.caseId,
        case_number: s.caseNumber,
        division: s.division,
        judge: s.judge,
        reviewer: s.reviewer,
        state: s.reviewer ? "assigned" : "unassigned",
        matter_id: null,
        drawn_on: s.drawnOn,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.push(Number(r.id));
  }
  return ids;
}

export async function setSampleMatter(
  db: Kysely<Database>,
  sampleId: number,
  matterId: number,
): Promise<void> {
  await db.updateTable("review_samples").set({ matter_id: matterId }).where("id", "=", sampleId).execute();
}

export interface SampleRow {
  id: number;
  planId: number;
  /** The plan's court (法院代字); null: a one-court installation's plan. */
  planCourtCode: string | null;
  /** The drawn case's court (法院代字). */
  courtCode: string;
  planKind: string;
  planTitle: string;
  sheetVersion: number;
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  reviewer: string | null;
  reviewerName: string | null;
  matterId: number | null;
  matterVersion: number | null;
  state: string | null;
  score: number | null;
  className: string | null;
  finalScore: number | null;
  finalClass: string | null;
  submittedOn: string | null;
}

function sampleQuery(handle: Db) {
  return handle.db
    .selectFrom("review_samples as s")
    .innerJoin("review_plans as p", "p.id", "s.plan_id")
    .innerJoin("cases as c", "c.id", "s.case_id")
    .leftJoin("matters as m", "m.id", "s.matter_id")
    .leftJoin("review_results as r", "r.sample_id", "s.id")
    .leftJoin("users as u", "u.username", "s.reviewer")
    .select([
      "s.id",
      "s.plan_id",
      "p.kind as plan_kind",
      "p.court_code as plan_court",
      "c.court_code as case_court",
      "p.title as plan_title",
      "p.sheet_version",
      "s.case_id",
      "s.case_number",
      "s.division",
      "s.judge",
      "s.reviewer",
      "u.display_name as reviewer_name",
      "s.matter_id",
      "m.version as matter_version",
      "m.state",
      "r.score",
      "r.class_name",
      "r.final_score",
      "r.final_class",
      "r.submitted_on",
    ]);
}

function toSample(r: Record<string, unknown>): SampleRow {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    planId: Number(r.plan_id),
    planCourtCode: str(r.plan_court),
    courtCode: String(r.case_court),
    planKind: String(r.plan_kind),
    planTitle: String(r.plan_title),
    sheetVersion: Number(r.sheet_version),
    caseId: Number(r.case_id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    reviewer: str(r.reviewer),
    reviewerName: str(r.reviewer_name),
    matterId: num(r.matter_id),
    matterVersion: num(r.matter_version),
    state: str(r.state),
    score: num(r.score),
    className: str(r.class_name),
    finalScore: num(r.final_score),
    finalClass: str(r.final_class),
    submittedOn: str(r.submitted_on),
  };
}

/** Only the drawn cases of these courts (法院代字: the case's court); absent: every court. */
type Courts = readonly string[] | null | undefined;

function inCourts<Q extends ReturnType<typeof sampleQuery>>(q: Q, courts: Courts): Q {
  if (!courts) return q;
  return (
    courts.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where("c.court_code", "in", [...courts])
  ) as Q;
}

export async function samplesOfPlan(handle: Db, planId: number, courts?: Courts): Promise<SampleRow[]> {
  const rows = await inCourts(sampleQuery(handle), courts)
    .where("s.plan_id", "=", planId)
    .orderBy("s.division")
    .orderBy("s.case_number")
    .execute();
  return rows.map((r) => toSample(r as Record<string, unknown>));
}

export async function findSample(handle: Db, id: number): Promise<SampleRow | undefined> {
  const r = await sampleQuery(handle).where("s.id", "=", id).executeTakeFirst();
  return r ? toSample(r as Record<string, unknown>) : undefined;
}

/** Drawn cases a reviewer is to score or has scored, newest plan first. */
export async function samplesOfReviewer(handle: Db, reviewer: string, courts?: Courts): Promise<SampleRow[]> {
  const rows = await inCourts(sampleQuery(handle), courts)
    .where("s.reviewer", "=", reviewer)
    .orderBy("s.plan_id", "desc")
    .orderBy("s.case_number")
    .execute();
  return rows.map((r) => toSample(r as Record<string, unknown>));
}

/**
 * Drawn cases of a judge (their results), newest plan first; `courts`: the judge's own court (a
 * judge is a name within a division within a court).
 */
export async function samplesOfJudge(
  handle: Db,
  division: string,
  judge: string,
  courts?: Courts,
): Promise<SampleRow[]> {
  const rows = await inCourts(sampleQuery(handle), courts)
    .where("s.division", "=", division)
    .where("s.judge", "=", judge)
    .orderBy("s.plan_id", "desc")
    .execute();
  return rows.map((r) => toSample(r as Record<string, unknown>));
}
