/** A 上会事项 as the lists show it: case, meeting kind, state, the meeting it is on, its result. */
import type { Db } from "../../db/connect.js";
import { matterCourts } from "../../db/courts/matter-court.js";
import { agendaOfMatters } from "../../db/meetings/agenda-of-matters.js";
import { listMeetings } from "../../db/meetings/list-meetings.js";
import { loadMatterRecords } from "../../db/workflow/find-matter.js";
import type { StoredMatter } from "../../db/workflow/mapper.js";
import { type Actor, authorize, meetingCourts } from "../../domain/auth/index.js";
import { MEETING_KIND_NAMES, type MeetingKind } from "../../domain/meetings/index.js";
import { meetingKindOf, sourceName, stateLabel } from "./meeting-view.js";

export interface ItemRow {
  matterId: number;
  version: number;
  title: string;
  caseId: number | null;
  caseNumber: string | null;
  division: string;
  judge: string;
  meetingKind: MeetingKind;
  meetingKindName: string;
  state: string;
  stateLabel: string;
  source: string;
  openedOn: string;
  closedOn: string | null;
  /** The meeting it was last put on. */
  meetingId: number | null;
  meetingTitle: string | null;
  meetingDate: string | null;
  /** 多数意见 / 审委会决定, once recorded. */
  result: string | null;
  /** 采纳 / 不采纳 (专业法官会议), once recorded. */
  adoption: string | null;
}

/** May the reader see this item (`courtCode`: its court, see itemCourts)? */
export function mayRead(actor: Actor, m: StoredMatter, courtCode: string | null): boolean {
  return authorize(actor, "view-matter", {
    courtCode,
    division: m.division,
    judge: m.judge,
    initiator: m.initiator,
    taskForReader: false,
  }).allowed;
}

/**
 * The courts of these items (its case's, else its referrer's account's), read only for a reader
 * limited to courts (an empty map otherwise: a one-court reader's policies ask no court).
 */
async function itemCourts(
  actor: Actor,
  handle: Db,
  matters: readonly StoredMatter[],
): Promise<Map<number, string | null>> {
  if (!actor.court) return new Map();
  return matterCourts(
    handle,
    matters.map((m) => m.id),
  );
}

/** The items the reader may see among these (within their scope and courts). */
export async function readableItems(
  actor: Actor,
  handle: Db,
  matters: readonly StoredMatter[],
): Promise<StoredMatter[]> {
  const courts = await itemCourts(actor, handle, matters);
  return matters.filter((m) => mayRead(actor, m, courts.get(m.id) ?? null));
}

/** The items as rows; the meeting each was last put on is named only where the reader sees it. */
export async function itemRows(
  actor: Actor,
  handle: Db,
  matters: readonly StoredMatter[],
): Promise<ItemRow[]> {
  const ids = matters.map((m) => m.id);
  const [records, agenda] = await Promise.all([loadMatterRecords(handle, ids), agendaOfMatters(handle, ids)]);
  const courts = meetingCourts(actor);
  const meetings = new Map(
    (
      await listMeetings(handle, {
        ids: [...new Set(agenda.map((a) => a.meetingId))],
        ...(courts ? { courts } : {}),
      })
    ).map((m) => [m.id, m]),
  );
  return records.map(({ matter: m, trace }) => {
    const last = agenda.filter((a) => a.matterId === m.id).at(-1);
    const meeting = last ? meetings.get(last.meetingId) : undefined;
    const result = [...trace]
      .reverse()
      .find((t) => t.action === "record-advice" || t.action === "record-decision");
    const adoption = [...trace].reverse().find((t) => t.action === "adopt" || t.action === "not-adopt");
    const kind = meetingKindOf(m);
    return {
      matterId: m.id,
      version: m.version,
      title: m.title,
      caseId: m.caseId,
      caseNumber: m.caseNumber,
      division: m.division,
      judge: m.judge,
      meetingKind: kind,
      meetingKindName: MEETING_KIND_NAMES[kind],
      state: m.state,
      stateLabel: stateLabel(m.state),
      source: sourceName(m.data.source),
      openedOn: m.openedOn,
      closedOn: m.closedOn,
      meetingId: meeting?.id ?? null,
      meetingTitle: meeting?.title ?? null,
      meetingDate: meeting?.scheduledOn ?? null,
      result: result ? result.note : null,
      adoption: adoption
        ? `${adoption.action === "adopt" ? "采纳" : "不采纳"}${adoption.note ? `：${adoption.note}` : ""}`
        : null,
    };
  });
}
