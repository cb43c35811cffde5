/**
 * 确定参会人员: the secretary (or the office, a 院领导) names who attends — members (present or
 * absent), 列席 (observers: they may be heard but take no part in the vote) and 回避 (a member who
 * withdraws, with the reason). For the 审委会 every member of the committee in the staff register
 * must be named, as a member or as withdrawn: the quorum and the majority count all of them
 * (《人民法院组织法》第三十八条; 法发〔2019〕20号). The chair must be a member present.
 * Once a result is recorded on an item the attendees no longer change; before that a change drops
 * the opinions of anyone who no longer speaks (absent, withdrawn, 列席).
 * A meeting of a court names that court's people: a member whose account belongs to another court
 * is refused, and the 审委会's members are those of its court.
 */
import type { Db } from "../../db/connect.js";
import { deleteOpinionsExcept } from "../../db/meetings/delete-opinions-except.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { loadMeetingParts } from "../../db/meetings/load-meeting-parts.js";
import { replaceAttendees } from "../../db/meetings/replace-attendees.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  ATTENDEE_ROLES,
  type AttendeeRole,
  COMMITTEE_BASIS,
  JUDGES_BASIS,
  MEETING_ITEM_KIND_ID,
} from "../../domain/meetings/index.js";
import { courtName } from "../courts/court-choice.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { meetingRef, mustFindMeeting } from "./get-meeting.js";
import { staffOfOtherCourts } from "./meeting-court.js";
import { buildMeetingViews, type MeetingView } from "./meeting-view.js";

/** Positions held by judges (员额法官 and the 院庭长 who sit as judges). */
export const JUDGE_POSITIONS: ReadonlySet<string> = new Set([
  "judge",
  "deputy-chief",
  "chief",
  "committee-full-time",
  "vice-president",
  "president",
]);

export interface AttendeeInput {
  staffId: number;
  role: string;
  reason?: string;
  present: boolean;
}

export async function nameAttendees(
  actor: Actor,
  handle: Db,
  meetingId: number,
  rows: readonly AttendeeInput[],
  _today: string,
): Promise<MeetingView> {
  const meeting = await mustFindMeeting(handle, meetingId);
  mustAuthorize(actor, "run-meeting", meetingRef(meeting));
  const parts = await loadMeetingParts(handle, [meetingId]);
  const decided = (
    await itemMatters(handle, MEETING_ITEM_KIND_ID, { ids: parts.agenda.map((a) => a.matterId) })
  ).some((m) => m.state !== "scheduled");
  if (decided) throw new ConflictError("本次会议已有事项记录了讨论结果，不能再修改参会人员");
  const staffList = await readStaffRegister(handle);
  const staff = new Map(staffList.map((s) => [s.id, s]));
  const elsewhere = await staffOfOtherCourts(handle, meeting.courtCode);
  const courtNames = new Map<string, string>();
  for (const c of new Set(elsewhere.values())) courtNames.set(c, await courtName(handle, c));
  const seen = new Set<number>();
  const clean: { staffId: number; role: AttendeeRole; reason: string; present: boolean }[] = [];
  rows.forEach((r, i) => {
    const row = `第 ${i + 1} 行`;
    const s = staff.get(r.staffId);
    if (!s)
      throw new InvalidInputError(
        `attendees[${i}].staffId`,
        `${row}：人员编号 ${r.staffId} 不在人员名册中`,
        r.staffId,
      );
    if (seen.has(r.staffId))
      throw new InvalidInputError(`attendees[${i}].staffId`, `${row}：${s.name}重复列出`, r.staffId);
    const otherCourt = elsewhere.get(r.staffId);
    if (otherCourt)
      throw new InvalidInputError(
        `attendees[${i}].staffId`,
        `${row}：${s.name}属于${courtNames.get(otherCourt) ?? otherCourt}，不能参加本院的会议`,
        r.staffId,
      );
    seen.add(r.staffId);
    if (!(ATTENDEE_ROLES as readonly string[]).includes(r.role))
      throw new InvalidInputError(
        `attendees[${i}].role`,
        `${row}：${s.name}的身份“${r.role}”不正确，应为委员/成员、列席或回避`,
        r.role,
      );
    const role = r.role as AttendeeRole;
    const reason = (r.reason ?? "").trim();
    if (role === "recused" && reason.length < 2)
      throw new InvalidInputError(
        `attendees[${i}].reason`,
        `${row}：${s.name}回避，须写明回避理由`,
        r.reason ?? "",
      );
    if (meeting.kind === "committee" && role !== "observer" && !s.committeeMember)
      throw new InvalidInputError(
        `attendees[${i}].role`,
        `${row}：${s.name}不是审判委员会委员，只能列席`,
        r.role,
      );
    if (
      meeting.kind !== "committee" &&
      role !== "observer" &&
      !s.positions.some((p) => JUDGE_POSITIONS.has(p))
    )
      throw new InvalidInputError(
        `attendees[${i}].role`,
        `${row}：${s.name}不是员额法官，只能列席专业法官会议（${JUDGES_BASIS}：专业法官会议由法官组成）`,
        r.role,
      );
    clean.push({ staffId: r.staffId, role, reason, present: role === "recused" ? false : r.present });
  });
  if (meeting.kind === "committee") {
    const missing = staffList.filter(
      (s) => s.active && s.committeeMember && !elsewhere.has(s.id) && !seen.has(s.id),
    );
    if (missing.length > 0)
      throw new InvalidInputError(
        "attendees",
        `审判委员会全体委员均应列明出席、缺席或回避（${COMMITTEE_BASIS}），缺少：${missing.map((s) => s.name).join("、")}`,
      );
  }
  const chair = clean.find((c) => c.staffId === meeting.chairStaffId);
  if (chair?.role !== "member" || !chair.present)
    throw new InvalidInputError("attendees", "会议主持人须列为出席的委员/成员");
  await replaceAttendees(handle, meetingId, clean);
  await deleteOpinionsExcept(
    handle,
    meetingId,
    clean.filter((c) => c.role === "member" && c.present).map((c) => c.staffId),
  );
  const [view] = await buildMeetingViews(actor, handle, [meeting], { staff: staffList });
  if (!view) throw new ConflictError(`会议 ${meetingId} 不存在`);
  return view;
}
