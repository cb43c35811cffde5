/**
 * 会议统计 over a period (items by the day they were referred), over the items the reader sees
 * (their scope, within their courts): items per month and kind; the
 * adoption of 专业法官会议 majority views (采纳 / (采纳 + 不采纳), among the items the panel has
 * answered); 审委会 items per division (referred and decided).
 */
import type { Db } from "../../db/connect.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { MEETING_ITEM_KIND_ID } from "../../domain/meetings/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { readableItems } from "./item-row.js";
import { meetingKindOf } from "./meeting-view.js";

export interface MeetingStatistics {
  from: string | null;
  to: string | null;
  months: { month: string; judges: number; committee: number }[];
  adoption: { adopted: number; notAdopted: number; waiting: number; rate: number | null };
  committeeByDivision: { division: string; referred: number; decided: number }[];
}

const NOT_ADOPTED = new Set(["not-adopted", "closed", "referred-committee"]);

export async function getMeetingStatistics(
  actor: Actor,
  handle: Db,
  q: { from?: string; to?: string },
  _today: string,
): Promise<MeetingStatistics> {
  mustAuthorize(actor, "view-meetings");
  const courts = dataScope(actor).courts;
  const items = await readableItems(
    actor,
    handle,
    (await itemMatters(handle, MEETING_ITEM_KIND_ID, courts ? { courts } : {})).filter(
      (m) => (!q.from || m.openedOn >= q.from) && (!q.to || m.openedOn <= q.to),
    ),
  );
  const months = new Map<string, { month: string; judges: number; committee: number }>();
  const divisions = new Map<string, { division: string; referred: number; decided: number }>();
  const adoption = { adopted: 0, notAdopted: 0, waiting: 0 };
  for (const m of items) {
    const month = m.openedOn.slice(0, 7);
    const row = months.get(month) ?? { month, judges: 0, committee: 0 };
    const kind = meetingKindOf(m);
    row[kind] += 1;
    months.set(month, row);
    if (kind === "judges") {
      if (m.state === "adopted") adoption.adopted += 1;
      else if (NOT_ADOPTED.has(m.state)) adoption.notAdopted += 1;
      else if (m.state === "discussed") adoption.waiting += 1;
    } else {
      const d = divisions.get(m.division) ?? { division: m.division, referred: 0, decided: 0 };
      d.referred += 1;
      if (m.state === "decided") d.decided += 1;
      divisions.set(m.division, d);
    }
  }
  const answered = adoption.adopted + adoption.notAdopted;
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    adoption: { ...adoption, rate: answered === 0 ? null : adoption.adopted / answered },
    committeeByDivision: [...divisions.values()].sort(
      (a, b) => b.referred - a.referred || a.division.localeCompare(b.division, "zh"),
    ),
  };
}
