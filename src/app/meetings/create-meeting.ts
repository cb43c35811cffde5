/**
 * 安排会议: the office or a 院领导 plans a 专业法官会议 or a 审委会 meeting — day, time, place, chair
 * and secretary. A 审委会 meeting is chaired by the 院长 or a 副院长 he entrusts (《人民法院组织法》
 * 第三十八条) and starts with every member of the committee in the staff register named as a member
 * (present until the secretary says otherwise).
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
import { InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
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

export async function checkMeetingInput(handle: Db, m: MeetingInput): Promise<MeetingKind> {
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
  if (!(await findUserByName(handle, m.secretary)))
    throw new InvalidInputError("secretary", `记录人账号“${m.secretary}”不存在`, m.secretary);
  return kind;
}

export async function createMeeting(
  actor: Actor,
  handle: Db,
  m: MeetingInput,
  _today: string,
): Promise<MeetingView> {
  mustAuthorize(actor, "create-meeting");
  const kind = await checkMeetingInput(handle, m);
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
    at,
  });
  const staff = await readStaffRegister(handle);
  const members =
    kind === "committee"
      ? staff.filter((s) => s.active && s.committeeMember)
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
