/**
 * 待上会 and 已讨论: the items waiting for a meeting (待上会 — the office picks from them for the
 * agenda) and those discussed (a result recorded), each kind or both; the reader sees those of
 * their scope, within their courts (an item lies in its case's court).
 */
import type { Db } from "../../db/connect.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import {
  DISCUSSED_ITEM_STATES,
  MEETING_ITEM_KIND_ID,
  WAITING_ITEM_STATES,
} from "../../domain/meetings/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { type ItemRow, itemRows, readableItems } from "./item-row.js";
import { meetingKindOf } from "./meeting-view.js";

export async function listMeetingItems(
  actor: Actor,
  handle: Db,
  q: { view: "waiting" | "scheduled" | "decided"; kind?: "judges" | "committee" },
  _today: string,
): Promise<{ rows: ItemRow[] }> {
  mustAuthorize(actor, "view-meetings");
  const states =
    q.view === "waiting"
      ? WAITING_ITEM_STATES
      : q.view === "scheduled"
        ? ["scheduled"]
        : DISCUSSED_ITEM_STATES;
  const courts = dataScope(actor).courts;
  const matters = (
    await itemMatters(handle, MEETING_ITEM_KIND_ID, { states, ...(courts ? { courts } : {}) })
  ).filter((m) => !q.kind || meetingKindOf(m) === q.kind);
  const rows = await itemRows(actor, handle, await readableItems(actor, handle, matters));
  // The newest first among those discussed; the oldest first among those waiting.
  if (q.view === "decided") rows.reverse();
  return { rows };
}
