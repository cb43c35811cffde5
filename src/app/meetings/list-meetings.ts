/** 会议列表: upcoming meetings (from today, the earliest first) or past ones (the latest first). */
import type { Db } from "../../db/connect.js";
import { listMeetings } from "../../db/meetings/list-meetings.js";
import type { Actor } from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { buildMeetingViews, type MeetingView } from "./meeting-view.js";

export async function listMeetingViews(
  actor: Actor,
  handle: Db,
  q: { view: "upcoming" | "past" | "all"; kind?: "judges" | "committee" },
  today: string,
): Promise<{ rows: MeetingView[] }> {
  mustAuthorize(actor, "view-meetings");
  const stored = await listMeetings(handle, {
    kind: q.kind,
    ...(q.view === "upcoming" ? { from: today } : {}),
  });
  const chosen =
    q.view === "past" ? stored.filter((m) => m.scheduledOn < today || m.status === "held").reverse() : stored;
  const upcoming = q.view === "upcoming" ? chosen.filter((m) => m.status !== "held") : chosen;
  return { rows: await buildMeetingViews(actor, handle, upcoming) };
}
