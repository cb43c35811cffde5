/**
 * 议程: the secretary (or the office, a 院领导) puts an item waiting for this kind of meeting on the
 * agenda (the item becomes 已排期, a step in its trace) or takes it off again before a result.
 * A meeting discusses the cases of its own court: an item whose case (or, without a case, whose
 * referrer) belongs to another court is refused.
 */
import type { Db } from "../../db/connect.js";
import { matterCourt } from "../../db/courts/matter-court.js";
import { loadMeetingParts } from "../../db/meetings/load-meeting-parts.js";
import { addAgendaItem, removeAgendaItem } from "../../db/meetings/write-agenda.js";
import { findMatter } from "../../db/workflow/find-matter.js";
import type { Actor } from "../../domain/auth/index.js";
import { MEETING_ITEM_KIND_ID, MEETING_KIND_NAMES } from "../../domain/meetings/index.js";
import { courtName } from "../courts/court-choice.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { getMeeting, meetingRef, mustFindMeeting } from "./get-meeting.js";
import type { MeetingView } from "./meeting-view.js";
import { meetingKindOf, stateLabel } from "./meeting-view.js";
import { itemStep } from "./system-step.js";

export async function addItemToAgenda(
  actor: Actor,
  handle: Db,
  meetingId: number,
  matterId: number,
  today: string,
): Promise<MeetingView> {
  const meeting = await mustFindMeeting(handle, meetingId);
  mustAuthorize(actor, "run-meeting", meetingRef(meeting));
  const item = await findMatter(handle, matterId);
  if (!item || item.kind !== MEETING_ITEM_KIND_ID)
    throw new InvalidInputError("matterId", `上会事项 ${matterId} 不存在`, matterId);
  if (meeting.courtCode) {
    const itemCourt = await matterCourt(handle, item);
    if (itemCourt && itemCourt !== meeting.courtCode)
      throw new InvalidInputError(
        "matterId",
        `该案件属于${await courtName(handle, itemCourt)}，不能提交${await courtName(handle, meeting.courtCode)}的会议讨论`,
        matterId,
      );
  }
  if (meetingKindOf(item) !== meeting.kind)
    throw new InvalidInputError(
      "matterId",
      `${item.title}是提请${MEETING_KIND_NAMES[meetingKindOf(item)]}的事项，不能列入${MEETING_KIND_NAMES[meeting.kind === "committee" ? "committee" : "judges"]}议程`,
      matterId,
    );
  if (item.state !== "waiting")
    throw new ConflictError(`${item.title}当前为“${stateLabel(item.state)}”，不能列入议程`);
  await itemStep(
    actor,
    handle,
    matterId,
    "schedule",
    {
      meetingId,
      meetingTitle: meeting.title,
      meetingDate: meeting.scheduledOn,
      note: `列入“${meeting.title}”议程`,
    },
    today,
  );
  await addAgendaItem(handle, meetingId, matterId);
  return getMeeting(actor, handle, meetingId, today);
}

export async function removeItemFromAgenda(
  actor: Actor,
  handle: Db,
  meetingId: number,
  matterId: number,
  today: string,
): Promise<MeetingView> {
  const meeting = await mustFindMeeting(handle, meetingId);
  mustAuthorize(actor, "run-meeting", meetingRef(meeting));
  const parts = await loadMeetingParts(handle, [meetingId]);
  if (!parts.agenda.some((a) => a.matterId === matterId))
    throw new InvalidInputError("matterId", `事项 ${matterId} 不在本次会议议程中`, matterId);
  const item = await findMatter(handle, matterId);
  if (item?.state !== "scheduled")
    throw new ConflictError(`该事项已记录讨论结果（${stateLabel(item?.state ?? "")}），不能移出议程`);
  await itemStep(actor, handle, matterId, "unschedule", { note: `移出“${meeting.title}”议程` }, today);
  await removeAgendaItem(handle, meetingId, matterId);
  return getMeeting(actor, handle, meetingId, today);
}
