/**
 * The 阅核 lists: a reviewer's queue (drafts waiting for them), a judge's own drafts, and every
 * draft within the reader's scope. A draft waiting longer than the setting is flagged 超期待阅核
 * (overdue) in each list and counted in the statistics.
 */
import type { Db } from "../../db/connect.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { WAITING_STATES } from "../../domain/sign-off/index.js";
import { ForbiddenError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { DraftRow } from "./draft-row.js";
import { loadDraftMatters, toDraftRows } from "./load-drafts.js";
import { readSignOffSettings } from "./sign-off-settings.js";

export type DraftListView = "queue" | "mine" | "all";

export interface DraftList {
  view: DraftListView;
  rows: DraftRow[];
  /** The waiting limit in working days (setting). */
  waitWorkingDays: number;
  overdue: number;
}

/** The matters a reader's data scope covers, as a filter on the matters' columns. */
export function scopeOf(actor: Actor): { division?: string; judge?: string; courts?: readonly string[] } {
  const s = dataScope(actor);
  const courts = s.courts ? { courts: s.courts } : {};
  switch (s.kind) {
    case "court":
      return courts;
    case "division":
      return { ...courts, division: s.division };
    case "judge":
      return { ...courts, division: s.division, judge: s.judge };
    case "none":
      throw new ForbiddenError(actor, "scope", s.reason);
  }
}

export async function listSignOffDrafts(
  actor: Actor,
  handle: Db,
  view: DraftListView,
  today: string,
): Promise<DraftList> {
  const settings = await readSignOffSettings(handle);
  let rows: DraftRow[];
  if (view === "queue") {
    // A reviewer's queue is theirs whatever their data scope: the drafts they were named to read.
    const matters = (await loadDraftMatters(handle, {})).filter((m) =>
      m.state === "leader-review"
        ? m.data.leader === actor.username
        : (WAITING_STATES as readonly string[]).includes(m.state) && m.data.reviewer === actor.username,
    );
    rows = await toDraftRows(handle, matters, settings, today);
    rows.sort((a, b) => (b.waitedDays ?? 0) - (a.waitedDays ?? 0) || a.id - b.id);
  } else {
    mustAuthorize(actor, "view-sign-off");
    if (view === "mine") {
      if (!actor.judgeName || !actor.division) rows = [];
      else
        rows = await toDraftRows(
          handle,
          await loadDraftMatters(handle, { division: actor.division, judge: actor.judgeName }),
          settings,
          today,
        );
    } else rows = await toDraftRows(handle, await loadDraftMatters(handle, scopeOf(actor)), settings, today);
    rows.sort((a, b) => Number(a.terminal) - Number(b.terminal) || b.id - a.id);
  }
  return {
    view,
    rows,
    waitWorkingDays: settings.waitWorkingDays,
    overdue: rows.filter((r) => r.overdue).length,
  };
}
