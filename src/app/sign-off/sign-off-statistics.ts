/**
 * 阅核 statistics within the reader's scope: drafts signed off, returned (each 复议 counted),
 * escalated (提交专业法官会议, 提请审委会, 报分管院领导), waiting and overdue, and the average working days
 * from first submission to sign-off — by reviewer and by division, for drafts submitted in the period.
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { countSignOffs, type SignOffCounts } from "../../domain/sign-off/index.js";
import { mustAuthorize } from "../shared/policy.js";
import type { DraftRow } from "./draft-row.js";
import { scopeOf } from "./list-sign-off-drafts.js";
import { loadDraftMatters, toDraftRows } from "./load-drafts.js";
import { readSignOffSettings } from "./sign-off-settings.js";

export interface SignOffStatistics {
  from: string | null;
  to: string | null;
  waitWorkingDays: number;
  total: SignOffCounts;
  byReviewer: ({ reviewer: string; reviewerName: string } & SignOffCounts)[];
  byDivision: ({ division: string } & SignOffCounts)[];
}

function groups<K extends string>(rows: readonly DraftRow[], key: (r: DraftRow) => K): Map<K, DraftRow[]> {
  const m = new Map<K, DraftRow[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

export async function getSignOffStatistics(
  actor: Actor,
  handle: Db,
  period: { from?: string; to?: string },
  today: string,
): Promise<SignOffStatistics> {
  mustAuthorize(actor, "view-sign-off");
  const settings = await readSignOffSettings(handle);
  const matters = (await loadDraftMatters(handle, scopeOf(actor))).filter(
    (m) => (!period.from || m.openedOn >= period.from) && (!period.to || m.openedOn <= period.to),
  );
  const rows = await toDraftRows(handle, matters, settings, today);
  // The reviewer named when the draft was submitted (a draft escalated to the 分管院领导 stays theirs).
  const byId = new Map(matters.map((m) => [m.id, m]));
  const names = new Map<string, string>();
  for (const m of matters)
    if (typeof m.data.reviewer === "string")
      names.set(
        m.data.reviewer,
        typeof m.data.reviewerName === "string" ? m.data.reviewerName : m.data.reviewer,
      );
  const byReviewer = groups(rows, (r) => String(byId.get(r.id)?.data.reviewer ?? ""));
  const nameOf = (u: string) => names.get(u) ?? u;
  return {
    from: period.from ?? null,
    to: period.to ?? null,
    waitWorkingDays: settings.waitWorkingDays,
    total: countSignOffs(rows),
    byReviewer: [...byReviewer]
      .map(([reviewer, list]) => ({ reviewer, reviewerName: nameOf(reviewer), ...countSignOffs(list) }))
      .sort((a, b) => b.drafts - a.drafts || a.reviewer.localeCompare(b.reviewer)),
    byDivision: [...groups(rows, (r) => r.division)]
      .map(([division, list]) => ({ division, ...countSignOffs(list) }))
      .sort((a, b) => b.drafts - a.drafts || a.division.localeCompare(b.division)),
  };
}
