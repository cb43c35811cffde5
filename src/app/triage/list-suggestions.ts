/** 分流建议: the pending 民初 cases within the reader's scope with the suggested track and reasons. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { TRACKS, type Track } from "../../domain/triage/rules.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { runTriage } from "./run-triage.js";
import { pageOf, parseTrack, scopedFilters, type TriageRow, triageRow } from "./triage-rows.js";

export interface SuggestionListQuery {
  asOf?: string;
  track?: string;
  division?: string;
  judge?: string;
  page?: number;
  pageSize?: number;
}

export interface SuggestionList {
  asOf: string;
  /** Cases of each track (within the scope and the division/judge filter, every track). */
  counts: { track: Track; count: number }[];
  total: number;
  page: number;
  pageSize: number;
  rows: TriageRow[];
}

/** Every row of the list (the export; the command line), newest filing first. */
export async function allSuggestions(
  actor: Actor,
  handle: Db,
  q: SuggestionListQuery,
  today: string = todayInChina(),
): Promise<{ asOf: string; counts: SuggestionList["counts"]; rows: TriageRow[] }> {
  mustAuthorize(actor, "view-triage");
  const asOf = q.asOf ?? today;
  const track = parseTrack(q.track);
  const scope = scopedFilters(actor, q);
  const counts = new Map<Track, number>(TRACKS.map((t) => [t, 0]));
  if (!scope) return { asOf, counts: [...counts].map(([t, count]) => ({ track: t, count })), rows: [] };
  const r = await runTriage(handle, { asOf, ...scope });
  const rows: TriageRow[] = [];
  for (const t of r.cases) {
    counts.set(t.suggestion.track, (counts.get(t.suggestion.track) ?? 0) + 1);
    if (!track || t.suggestion.track === track) rows.push(triageRow(t, r.settings));
  }
  rows.sort((a, b) => (a.filedOn !== b.filedOn ? (a.filedOn < b.filedOn ? 1 : -1) : b.caseId - a.caseId));
  return { asOf, counts: [...counts].map(([t, count]) => ({ track: t, count })), rows };
}

export async function listSuggestions(
  actor: Actor,
  handle: Db,
  q: SuggestionListQuery,
  today?: string,
): Promise<SuggestionList> {
  const { page, pageSize } = pageOf(q);
  const all = await allSuggestions(actor, handle, q, today);
  return {
    asOf: all.asOf,
    counts: all.counts,
    total: all.rows.length,
    page,
    pageSize,
    rows: all.rows.slice((page - 1) * pageSize, page * pageSize),
  };
}
