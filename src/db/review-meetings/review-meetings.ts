/**
 * 评析会 (review_meetings, review_meeting_entries): store a meeting with its cases, change its
 * problems and follow-ups, record 自评 / 讲评 / 点评, and read them back with each case's number,
 * court, division, judge and 案由. Writes are transactions with their audit entries. An entry lies in
 * its case's court, and a meeting in the courts of its entries: reads for a reader limited to
 * courts filter on cases.court_code inside the query.
 */
import { appendAudit } from "../audit/append-audit.js";
import type { Db } from "../connect.js";

export interface MeetingFields {
  title: string;
  heldOn: string;
  place: string;
  host: string;
  attendees: string;
  problems: string;
  followUps: string;
}

export interface StoredMeeting extends MeetingFields {
  id: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StoredMeetingEntry {
  meetingId: number;
  caseId: number;
  seq: number;
  caseNumber: string;
  /** The case's court (法院代字). */
  courtCode: string;
  division: string;
  judge: string;
  cause: string | null;
  selfText: string | null;
  selfBy: string | null;
  selfAt: string | null;
  chiefText: string | null;
  chiefBy: string | null;
  chiefAt: string | null;
  leaderText: string | null;
  leaderBy: string | null;
  leaderAt: string | null;
}

const PART_COLUMNS = {
  self: { text: "self_text", by: "self_by", at: "self_at" },
  chief: { text: "chief_text", by: "chief_by", at: "chief_at" },
  leader: { text: "leader_text", by: "leader_by", at: "leader_at" },
} as const;

export async function insertMeeting(
  handle: Db,
  m: MeetingFields,
  caseIds: readonly number[],
  by: string,
  user: string,
  at: string,
): Promise<number> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .insertInto("review_meetings")
      .values({
        title: m.title,
        held_on: m.heldOn,
        place: m.place,
        host: m.host,
        attendees: m.attendees,
        problems: m.problems,
        follow_ups: m.followUps,
        created_by: by,
        created_at: at,
        updated_at: at,
        version: 1,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const id = Number(r.id);
    let seq = 0;
    for (const caseId of caseIds)
      await trx
        .insertInto("review_meeting_entries")
        .values({ meeting_id: id, case_id: caseId, seq: ++seq })
        .execute();
    await appendAudit(trx, {
      user,
      at,
      action: "create",
      entity: "review-meeting",
      entityId: String(id),
      after: { ...m, caseIds },
    });
    return id;
  });
}

/** Changes the meeting's fields and adds cases; false when `version` is stale. */
export async function updateMeeting(
  handle: Db,
  id: number,
  m: MeetingFields,
  addCaseIds: readonly number[],
  version: number,
  user: string,
  at: string,
): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("review_meetings")
      .set({
        title: m.title,
        held_on: m.heldOn,
        place: m.place,
        host: m.host,
        attendees: m.attendees,
        problems: m.problems,
        follow_ups: m.followUps,
        updated_at: at,
        version: version + 1,
      })
      .where("id", "=", id)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    const last = await trx
      .selectFrom("review_meeting_entries")
      .select((eb) => eb.fn.max<number>("seq").as("seq"))
      .where("meeting_id", "=", id)
      .executeTakeFirst();
    let seq = Number(last?.seq ?? 0);
    for (const caseId of addCaseIds)
      await trx
        .insertInto("review_meeting_entries")
        .values({ meeting_id: id, case_id: caseId, seq: ++seq })
        .execute();
    await appendAudit(trx, {
      user,
      at,
      action: "update",
      entity: "review-meeting",
      entityId: String(id),
      after: { ...m, addCaseIds },
    });
    return true;
  });
}

export async function writeReviewPart(
  handle: Db,
  meetingId: number,
  caseId: number,
  part: keyof typeof PART_COLUMNS,
  text: string,
  by: string,
  user: string,
  at: string,
): Promise<void> {
  const c = PART_COLUMNS[part];
  await handle.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("review_meeting_entries")
      .set({ [c.text]: text, [c.by]: by, [c.at]: at })
      .where("meeting_id", "=", meetingId)
      .where("case_id", "=", caseId)
      .execute();
    await trx.updateTable("review_meetings").set({ updated_at: at }).where("id", "=", meetingId).execute();
    await appendAudit(trx, {
      user,
      at,
      action: `review-${part}`,
      entity: "review-meeting",
      entityId: String(meetingId),
      after: { caseId, text },
    });
  });
}

function toMeeting(r: {
  id: number;
  title: string;
  held_on: string;
  place: string;
  host: string;
  attendees: string;
  problems: string;
  follow_ups: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}): StoredMeeting {
  return {
    id: Number(r.id),
    title: r.title,
    heldOn: r.held_on,
    place: r.place,
    host: r.host,
    attendees: r.attendees,
    problems: r.problems,
    followUps: r.follow_ups,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
  };
}

export async function readMeeting(handle: Db, id: number): Promise<StoredMeeting | undefined> {
  const r = await handle.db.selectFrom("review_meetings").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? toMeeting(r) : undefined;
}

/**
 * Every meeting, newest first; `courts`: only the meetings with a case of these courts (法院代字);
 * absent: all.
 */
export async function readMeetings(handle: Db, courts?: readonly string[]): Promise<StoredMeeting[]> {
  if (courts?.length === 0) return [];
  let q = handle.db.selectFrom("review_meetings").selectAll();
  if (courts)
    q = q.where("id", "in", (eb) =>
      eb
        .selectFrom("review_meeting_entries as ce")
        .innerJoin("cases as cc", "cc.id", "ce.case_id")
        .select("ce.meeting_id")
        .where("cc.court_code", "in", [...courts]),
    );
  const rows = await q.orderBy("held_on", "desc").orderBy("id", "desc").execute();
  return rows.map(toMeeting);
}

/**
 * The entries of the given meetings (all when `meetingIds` is absent), in their order; `courts`:
 * only the entries whose case lies in one of these courts (法院代字); absent: every entry.
 */
export async function readMeetingEntries(
  handle: Db,
  meetingIds?: readonly number[],
  courts?: readonly string[],
): Promise<StoredMeetingEntry[]> {
  if (meetingIds && meetingIds.length === 0) return [];
  if (courts && courts.length === 0) return [];
  let q = handle.db
    .selectFrom("review_meeting_entries as e")
    .innerJoin("cases as c", "c.id", "e.case_id")
    .select([
      "e.meeting_id",
      "e.case_id",
      "e.seq",
      "c.case_number",
      "c.court_code",
      "c.division",
      "c.judge",
      "c.cause",
      "e.self_text",
      "e.self_by",
      "e.self_at",
      "e.chief_text",
      "e.chief_by",
      "e.chief_at",
      "e.leader_text",
      "e.leader_by",
      "e.leader_at",
    ]);
  if (meetingIds) q = q.where("e.meeting_id", "in", [...meetingIds]);
  if (courts) q = q.where("c.court_code", "in", [...courts]);
  const rows = await q.orderBy("e.meeting_id").orderBy("e.seq").execute();
  return rows.map((r) => ({
    meetingId: Number(r.meeting_id),
    caseId: Number(r.case_id),
    seq: Number(r.seq),
    caseNumber: r.case_number,
    courtCode: r.court_code,
    division: r.division,
    judge: r.judge,
    cause: r.cause,
    selfText: r.self_text,
    selfBy: r.self_by,
    selfAt: r.self_at,
    chiefText: r.chief_text,
    chiefBy: r.chief_by,
    chiefAt: r.chief_at,
    leaderText: r.leader_text,
    leaderBy: r.leader_by,
    leaderAt: r.leader_at,
  }));
}
