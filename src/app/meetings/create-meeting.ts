/**
 * 安排会议: the office or a 院领导 plans a 专业法官会议 or a 审委会 meeting — day, time, place, chair
 * and secretary. A 审委会 meeting is chaired by the 院长 or a 副院长 he entrusts (《人民法院组织法》
 * 第三十八条) and starts with every member of the committee in the staff register named as a member
 * (present until the secretary says otherwise).
 * The meeting belongs to the planner's court (none on a one-court installation): its chair and
 * secretary are of that court, and a 审委会 starts with that court's committee members only.
 */
import type { Db } from "../../db/connect.js";
import { findMeeting } from "../../db/meetings/find-meeting.js";
import { insertMeeting } from "../../db/meetings/insert-meeting.js";
import { replaceAttendees } from "../../db/meetings/replace-attendees.js";
import { findStaffById } from "../../db/people/find-staff.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { findUserByName } from "../../db/users/users.js";
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import { MEETING_KIND_NAMES, MEETING_KINDS, type MeetingKind } from "../../domain/meetings/index.js";
import { courtName } from "../courts/court-choice.js";
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { staffOfOtherCourts } from "./meeting-court.js";
import { buildMeetingViews, type MeetingView } from "./meeting-view.js";
import { JUDGE_POSITIONS } from "./name-attendees.js";

export interface MeetingInput {
  kind: string;
  title: string;
  scheduledOn: string;
  startTime: string;
  place: string;
  chairStaffId: number;
  secretary: string;
}

/** Checks a meeting's fields; `court`: the court the meeting belongs to (null: a one-court installation). */
export async function checkMeetingInput(
  handle: Db,
  m: MeetingInput,
  court: string | null,
): Promise<MeetingKind> {
  if (!(MEETING_KINDS as readonly string[]).includes(m.kind))
    throw new InvalidInputError("kind", `会议类型“${m.kind}”不正确，应为专业法官会议或审判委员会`, m.kind);
  const kind = m.kind as MeetingKind;
  const title = m.title.trim();
  if (title.length < 2 || title.length > 100)
    throw new InvalidInputError("title", `会议名称应为 2–100 个字（现为 ${title.length} 个字）`, m.title);
  if (tryParseIsoDate(m.scheduledOn) === undefined)
    throw new InvalidInputError(
      "scheduledOn",
      `会议日期“${m.scheduledOn}”不是有效日期（格式：2024-08-01）`,
      m.scheduledOn,
    );
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(m.startTime))
    throw new InvalidInputError("startTime", `开始时间“${m.startTime}”不正确（格式：09:30）`, m.startTime);
  if (m.place.trim().length === 0 || m.place.length > 100)
    throw new InvalidInputError("place", "会议地点不能为空（不超过 100 个字）", m.place);
  const chair = await findStaffById(handle, m.chairStaffId);
  if (!chair?.active)
    throw new InvalidInputError(
      "chairStaffId",
      `主持人（人员编号 ${m.chairStaffId}）不在人员名册中或已不在岗`,
      m.chairStaffId,
    );
  if (
    kind === "committee" &&
    !(chair.positions.includes("president") || chair.positions.includes("vice-president"))
  )
    throw new InvalidInputError(
      "chairStaffId",
      `审判委员会会议由院长或者院长委托的副院长主持（《人民法院组织法》第三十八条），${chair.name}不是院长或副院长`,
      m.chairStaffId,
    );
  if (kind === "judges" && !chair.positions.some((p) => JUDGE_POSITIONS.has(p)))
    throw new InvalidInputError(
      "chairStaffId",
      `专业法官会议的主持人应为法官，${chair.name}不是员额法官`,
      m.chairStaffId,
    );
  const otherCourt = (await staffOfOtherCourts(handle, court)).get(chair.id);
  if (court && otherCourt)
    throw new InvalidInputError(
      "chairStaffId",
      `主持人${chair.name}属于${await courtName(handle, otherCourt)}，不能主持${await courtName(handle, court)}的会议`,
      m.chairStaffId,
    );
  const secretary = await findUserByName(handle, m.secretary);
  if (!secretary) throw new InvalidInputError("secretary", `记录人账号“${m.secretary}”不存在`, m.secretary);
  if (court && secretary.court_code && secretary.court_code !== court)
    throw new InvalidInputError(
      "secretary",
      `记录人账号“${m.secretary}”属于${await courtName(handle, secretary.court_code)}，不能担任${await courtName(handle, court)}会议的记录人`,
      m.secretary,
    );
  return kind;
}

export async function createMeeting(
  actor: Actor,
  handle: Db,
  m: MeetingInput,
  _today: string,
): Promise<MeetingView> {
  mustAuthorize(actor, "create-meeting");
  // The meeting belongs to the planner's court (none on a one-court installation).
  const court = actor.court ?? null;
  const kind = await checkMeetingInput(handle, m, court);
  const at = new Date().toISOString();
  const id = await insertMeeting(handle, {
    kind,
    title: m.title.trim(),
    scheduledOn: m.scheduledOn,
    startTime: m.startTime,
    place: m.place.trim(),
    chairStaffId: m.chairStaffId,
    secretary: m.secretary,
    createdBy: actor.username,
    courtCode: court,
    at,
  });
  const staff = await readStaffRegister(handle);
  const elsewhere = await staffOfOtherCourts(handle, court);
  const members =
    kind === "committee"
      ? staff.filter((s) => s.active && s.committeeMember && !elsewhere.has(s.id))
      : staff.filter((s) => s.id === m.chairStaffId);
  await replaceAttendees(
    handle,
    id,
    members.map((s) => ({ staffId: s.id, role: "member", reason: "", present: true })),
  );
  const stored = await findMeeting(handle, id);
  if (!stored) throw new NotFoundError(`${MEETING_KIND_NAMES[kind]} ${id} 不存在`);
  const [view] = await buildMeetingViews(actor, handle, [stored], { staff });
  if (!view) throw new NotFoundError(`会议 ${id} 不存在`);
  return view;
}
