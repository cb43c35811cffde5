/**
 * 记录发言: the secretary records, on one item, the opinion of each member who speaks — in the
 * speaking order (from junior to senior, the chair last: 法发〔2021〕2号; 法发〔2019〕20号). The
 * opinions given so far replace those recorded before; with the court's setting enforceOrder (the
 * default) an opinion is refused while someone who speaks before it has none. 列席 and withdrawn
 * members give no opinion here.
 */
import type { Db } from "../../db/connect.js";
import { loadMeetingParts } from "../../db/meetings/load-meeting-parts.js";
import { replaceOpinions } from "../../db/meetings/replace-opinions.js";
import { readStaffRegister } from "../../db/people/read-staff-register.js";
import { findMatter } from "../../db/workflow/find-matter.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  firstSkipped,
  type MeetingKind,
  STANCES,
  speakingOrder,
  speakingOrderRule,
} from "../../domain/meetings/index.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getMeeting, meetingRef, mustFindMeeting } from "./get-meeting.js";
import { type MeetingView, speakers, stateLabel } from "./meeting-view.js";
import { readMeetingSettings } from "./settings.js";

export interface OpinionInput {
  staffId: number;
  stance: string;
  opinion: string;
}

export async function recordOpinions(
  actor: Actor,
  handle: Db,
  meetingId: number,
  matterId: number,
  opinions: readonly OpinionInput[],
  today: string,
): Promise<MeetingView> {
  const meeting = await mustFindMeeting(handle, meetingId);
  mustAuthorize(actor, "run-meeting", meetingRef(meeting));
  const parts = await loadMeetingParts(handle, [meetingId]);
  if (!parts.agenda.some((a) => a.matterId === matterId))
    throw new InvalidInputError("matterId", `事项 ${matterId} 不在本次会议议程中`, matterId);
  const item = await findMatter(handle, matterId);
  if (item?.state !== "scheduled")
    throw new ConflictError(`该事项已记录讨论结果（${stateLabel(item?.state ?? "")}），不能再修改发言`);
  const staffList = await readStaffRegister(handle);
  const staff = new Map(staffList.map((s) => [s.id, s]));
  const order = speakingOrder(speakers(parts.attendees, staff), meeting.chairStaffId);
  const kind: MeetingKind = meeting.kind === "committee" ? "committee" : "judges";
  const indexOf = new Map(order.map((s, i) => [s.staffId, i]));
  const given = new Set<number>();
  const rows = opinions.map((o, i) => {
    const row = `第 ${i + 1} 条意见`;
    const at = indexOf.get(o.staffId);
    const name = staff.get(o.staffId)?.name ?? `人员 ${o.staffId}`;
    if (at === undefined)
      throw new InvalidInputError(
        `opinions[${i}].staffId`,
        `${row}：${name}不是本次会议出席的${kind === "committee" ? "委员" : "成员"}（列席、回避或缺席人员不发表表决意见）`,
        o.staffId,
      );
    if (given.has(at))
      throw new InvalidInputError(`opinions[${i}].staffId`, `${row}：${name}的意见重复`, o.staffId);
    given.add(at);
    if (!(STANCES as readonly string[]).includes(o.stance))
      throw new InvalidInputError(
        `opinions[${i}].stance`,
        `${row}：${name}的意见类别“${o.stance}”不正确`,
        o.stance,
      );
    const text = o.opinion.trim();
    if (text.length > 4000)
      throw new InvalidInputError(
        `opinions[${i}].opinion`,
        `${row}：${name}的发言不超过 4000 个字`,
        text.length,
      );
    if (o.stance === "other" && text.length < 2)
      throw new InvalidInputError(
        `opinions[${i}].opinion`,
        `${row}：${name}为“其他意见”，须写明意见内容`,
        o.opinion,
      );
    return { staffId: o.staffId, orderNo: at + 1, stance: o.stance, opinion: text };
  });
  const settings = await readMeetingSettings(handle);
  if (settings.enforceOrder) {
    const skipped = firstSkipped(order.length, given);
    if (skipped !== null) {
      const who = order[skipped];
      throw new InvalidInputError(
        "opinions",
        `发言应按顺序记录：${who?.name ?? ""}（第 ${skipped + 1} 位）尚未发表意见。${speakingOrderRule(kind)}`,
      );
    }
  }
  rows.sort((a, b) => a.orderNo - b.orderNo);
  await replaceOpinions(handle, meetingId, matterId, rows, actor.username, new Date().toISOString());
  return getMeeting(actor, handle, meetingId, today);
}
