/**
 * 会议列表: upcoming meetings (from today, the earliest first) or past ones (the latest first), of
 * the courts whose meetings the reader sees (and those that say no court).
 */
import type { Db } from "../../db/connect.js";
import { listMeetings } from "../../db/meetings/list-meetings.js";
import { type Actor, meetingCourts } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { buildMeetingViews, type MeetingView } from "./meeting-view.js";

export async function listMeetingViews(
  actor: Actor,
  handle: Db,
  q: { view: "upcoming" | "past" | "all"; kind?: "judges" | "committee" },
  today: string,
): Promise<{ rows: MeetingView[] }> {
  mustAuthorize(actor, "view-meetings");
  const courts = meetingCourts(actor);
  const stored = await listMeetings(handle, {
    kind: q.kind,
    ...(courts ? { courts } : {}),
    ...(q.view === "upcoming" ? { from: today } : {}),
  });
  const chosen =
    q.view === "past" ? stored.filter((m) => m.scheduledOn < today || m.status === "held").reverse() : stored;
  const upcoming = q.view === "upcoming" ? chosen.filter((m) => m.status !== "held") : chosen;
  return { rows: await buildMeetingViews(actor, handle, upcoming) };
}
