/** 庭审观摩: plans, their hearings and the 考评小组's scores. */
import type { Kysely, Selectable } from "kysely";
import type { ObservationItem } from "../../domain/review/observation.js";
import type { Db } from "../connect.js";
import { ofCourtsOrNone } from "../courts/of-courts.js";
import type { Database, ObservationPlansTable } from "../schema.js";

export interface MeetingRecord {
  heldOn: string;
  reflections: string;
  problems: string;
  suggestions: string;
}

export interface StoredObservationPlan {
  id: number;
  title: string;
  quarter: string;
  members: string[];
  sheet: ObservationItem[];
  state: string;
  meeting: MeetingRecord | null;
  createdBy: string;
  /** The court (法院代字) the round belongs to (its creator's); null on a one-court installation. */
  courtCode: string | null;
}

export interface NewHearing {
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  heldOn: string;
  courtroom: string;
}

export async function insertObservationPlan(
  db: Kysely<Database>,
  p: Omit<StoredObservationPlan, "id" | "state" | "meeting">,
  hearings: readonly NewHearing[],
  at: string,
): Promise<number> {
  const r = await db
    .insertInto("observation_plans")
    .values({
      title: p.title,
      quarter: p.quarter,
      members_json: JSON.stringify(p.members),
      sheet_json: JSON.stringify(p.sheet),
      state: "open",
      meeting_json: null,
      created_by: p.createdBy,
      created_at: at,
      court_code: p.courtCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const id = Number(r.id);
  for (const h of hearings)
    await db
      .insertInto("observation_hearings")
      .values({
        plan_id: id,
        case_id: h.caseId,
        case_number: h.caseNumber,
        division: h.division,
        judge: h.judge,
        held_on: h.heldOn,
        courtroom: h.courtroom,
        proposed: 0,
        confirmed: 0,
      })
      .execute();
  return id;
}

function toPlan(r: Selectable<ObservationPlansTable>): StoredObservationPlan {
  return {
    id: Number(r.id),
    title: r.title,
    quarter: r.quarter,
    members: JSON.parse(r.members_json) as string[],
    sheet: JSON.parse(r.sheet_json) as ObservationItem[],
    state: r.state,
    meeting: r.meeting_json ? (JSON.parse(r.meeting_json) as MeetingRecord) : null,
    createdBy: r.created_by,
    courtCode: r.court_code ?? null,
  };
}

export async function findObservationPlan(
  handle: Db,
  id: number,
): Promise<StoredObservationPlan | undefined> {
  const r = await handle.db
    .selectFrom("observation_plans")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toPlan(r) : undefined;
}

/**
 * Rounds, the newest first; with `courts`, only the rounds of these courts (法院代字) and those that
 * say no court (a one-court installation's, seen by every reader).
 */
export async function listObservationPlans(
  handle: Db,
  f: { courts?: readonly string[] } = {},
): Promise<StoredObservationPlan[]> {
  let q = handle.db.selectFrom("observation_plans").selectAll();
  if (f.courts) q = q.where(ofCourtsOrNone(f.courts));
  const rows = await q.orderBy("id", "desc").execute();
  return rows.map(toPlan);
}

export async function saveMeeting(handle: Db, planId: number, m: MeetingRecord): Promise<void> {
  await handle.db
    .updateTable("observation_plans")
    .set({ meeting_json: JSON.stringify(m) })
    .where("id", "=", planId)
    .execute();
}

export interface HearingRow {
  id: number;
  planId: number;
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  heldOn: string;
  courtroom: string;
  proposed: boolean;
  confirmed: boolean;
}

function toHearing(r: Record<string, unknown>): HearingRow {
  return {
    id: Number(r.id),
    planId: Number(r.plan_id),
    caseId: r.case_id === null ? null : Number(r.case_id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    heldOn: String(r.held_on),
    courtroom: String(r.courtroom),
    proposed: Number(r.proposed) === 1,
    confirmed: Number(r.confirmed) === 1,
  };
}

export async function hearingsOfPlan(handle: Db, planId: number): Promise<HearingRow[]> {
  const rows = await handle.db
    .selectFrom("observation_hearings")
    .selectAll()
    .where("plan_id", "=", planId)
    .orderBy("held_on")
    .orderBy("id")
    .execute();
  return rows.map((r) => toHearing(r as unknown as Record<string, unknown>));
}

export async function findHearing(handle: Db, id: number): Promise<HearingRow | undefined> {
  const r = await handle.db
    .selectFrom("observation_hearings")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  return r ? toHearing(r as unknown as Record<string, unknown>) : undefined;
}

export async function setProposed(handle: Db, planId: number, hearingIds: readonly number[]): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("observation_hearings")
      .set({ proposed: 0 })
      .where("plan_id", "=", planId)
      .where("confirmed", "=", 0)
      .execute();
    if (hearingIds.length > 0)
      await trx
        .updateTable("observation_hearings")
        .set({ proposed: 1 })
        .where("id", "in", [...hearingIds])
        .execute();
  });
}

export async function setConfirmed(handle: Db, hearingId: number): Promise<void> {
  await handle.db
    .updateTable("observation_hearings")
    .set({ confirmed: 1 })
    .where("id", "=", hearingId)
    .execute();
}

export interface ScoreRow {
  hearingId: number;
  member: string;
  scores: Record<string, number>;
  total: number;
  scoredOn: string;
}

export async function upsertScore(handle: Db, s: ScoreRow): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("observation_scores")
      .where("hearing_id", "=", s.hearingId)
      .where("member", "=", s.member)
      .execute();
    await trx
      .insertInto("observation_scores")
      .values({
        hearing_id: s.hearingId,
        member: s.member,
        scores_json: JSON.stringify(s.scores),
        total: s.total,
        scored_on: s.scoredOn,
      })
      .execute();
  });
}

export async function scoresOfPlan(handle: Db, planId: number): Promise<ScoreRow[]> {
  const rows = await handle.db
    .selectFrom("observation_scores as s")
    .innerJoin("observation_hearings as h", "h.id", "s.hearing_id")
    .select(["s.hearing_id", "s.member", "s.scores_json", "s.total", "s.scored_on"])
    .where("h.plan_id", "=", planId)
    .orderBy("s.hearing_id")
    .orderBy("s.member")
    .execute();
  return rows.map((r) => ({
    hearingId: Number(r.hearing_id),
    member: r.member,
    scores: JSON.parse(r.scores_json) as Record<string, number>,
    total: Number(r.total),
    scoredOn: r.scored_on,
  }));
}
