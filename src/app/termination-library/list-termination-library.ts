/**
 * 执行不能案件库: the entries within the reader's scope as of a date (today by default), filtered
 * (division, judge, state, 案号 or 被执行人 text) and paged, with the library's figures over the
 * reader's scope: size, searches overdue and due within 30 days, 发现财产, 恢复执行 and the recovery
 * rate (entries closed by a 执恢 ÷ entries).
 */
import type { Db } from "../../db/connect.js";
import {
  readEntryDetails,
  readLightEntries,
  readProposals,
  readResumptions,
  readSearches,
  readTerminatedCasesByIds,
  searchTerminatedCases,
} from "../../db/termination-library/library.js";
import { type Actor, dataScope, terminationActions, withinScope } from "../../domain/auth/index.js";
import { parseIsoDate, tryParseIsoDate } from "../../domain/calendar/index.js";
import {
  buildEntries,
  type LibraryEntry,
  type LibraryFigures,
  type LightEntry,
  libraryFigures,
  lightEntry,
  type ScheduleState,
} from "../../domain/termination-library/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { allEntries } from "./library.js";

export const STATE_NAMES: Record<ScheduleState, string> = {
  due: "待查询",
  overdue: "查询逾期",
  "watch-ended": "已满五年",
  resumed: "已恢复执行",
};

export interface TerminationQuery {
  asOf?: string;
  division?: string;
  judge?: string;
  state?: ScheduleState;
  /** 案号 or 被执行人 contains. */
  q?: string;
  page?: number;
  pageSize?: number;
}

export type TerminationRow = Omit<LibraryEntry, "searches"> & {
  stateName: string;
  searches: {
    id: number;
    searchedOn: string;
    result: "无财产" | "发现财产";
    note: string;
    recordedBy: string;
  }[];
  actions: ("record-termination-search" | "propose-resumption")[];
};

export interface TerminationList {
  asOf: string;
  figures: LibraryFigures;
  rows: TerminationRow[];
  total: number;
}

export function checkAsOf(asOf: string | undefined): string {
  if (asOf === undefined || asOf === "") return todayInChina();
  if (tryParseIsoDate(asOf) === undefined)
    throw InvalidInputError.of("asOf", asOf, "统计日期应为 YYYY-MM-DD 格式的日期");
  return asOf;
}

export function toRow(actor: Actor, e: LibraryEntry): TerminationRow {
  return {
    ...e,
    stateName: STATE_NAMES[e.state],
    searches: e.searches.map((s) => ({
      id: s.id,
      searchedOn: s.searchedOn,
      result: s.result,
      note: s.note,
      recordedBy: s.recordedBy,
    })),
    actions: terminationActions(actor, e),
  };
}

/** The entries with their cause and parties (read for the rows shown only). */
export async function withDetails(handle: Db, entries: LibraryEntry[]): Promise<LibraryEntry[]> {
  const details = await readEntryDetails(
    handle,
    entries.map((e) => e.caseId),
  );
  return entries.map((e) => ({ ...e, ...details.get(e.caseId) }));
}

/** The entries within the reader's scope. */
export async function scopedEntries(actor: Actor, handle: Db, asOf: string): Promise<LibraryEntry[]> {
  const scope = dataScope(actor);
  return (await allEntries(handle, asOf)).filter((e) => withinScope(scope, e));
}

export async function listTerminationLibrary(
  actor: Actor,
  handle: Db,
  query: TerminationQuery = {},
): Promise<TerminationList> {
  mustAuthorize(actor, "view-termination-library");
  const asOf = checkAsOf(query.asOf);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  if (!Number.isInteger(page) || page < 1) throw InvalidInputError.of("page", page, "页码应为正整数");
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw InvalidInputError.of("pageSize", pageSize, "每页条数应为 1 至 1000 的整数");
  // Light rows (the latest search and the resumption picked in SQL) for the figures and the order;
  // the page's rows are then built in full by the domain from their own searches and resumptions.
  const scope = dataScope(actor);
  const today = parseIsoDate(asOf);
  const entries: LightEntry[] = [];
  for (const c of await readLightEntries(handle, asOf))
    if (withinScope(scope, c)) entries.push(lightEntry(c, today));
  const figures = libraryFigures(entries, asOf);
  const text = query.q?.trim() ?? "";
  const matching = text === "" ? null : await searchTerminatedCases(handle, text);
  const picked = entries
    .filter(
      (e) =>
        (!query.division || e.division === query.division) &&
        (!query.judge || e.judge === query.judge) &&
        (!query.state || e.state === query.state) &&
        (matching === null || matching.has(e.caseId)),
    )
    .sort(byUrgency);
  const shown = await pageEntries(
    handle,
    picked.slice((page - 1) * pageSize, page * pageSize).map((e) => e.caseId),
    asOf,
  );
  return { asOf, figures, rows: shown.map((e) => toRow(actor, e)), total: picked.length };
}

/** The entries of the given cases in full, in the order given (the rows of a page). */
export async function pageEntries(handle: Db, ids: readonly number[], asOf: string): Promise<LibraryEntry[]> {
  if (ids.length === 0) return [];
  const cases = await readTerminatedCasesByIds(handle, ids);
  const [searches, proposals, resumptions] = await Promise.all([
    readSearches(handle, ids),
    readProposals(handle, ids),
    readResumptions(
      handle,
      cases.map((c) => c.caseNumber),
    ),
  ]);
  const byId = new Map(buildEntries(cases, searches, proposals, resumptions, asOf).map((e) => [e.caseId, e]));
  return ids.map((id) => byId.get(id)).filter((e): e is LibraryEntry => e !== undefined);
}

const STATE_ORDER: Record<ScheduleState, number> = { overdue: 0, due: 1, resumed: 2, "watch-ended": 3 };

/** Overdue first (longest first), then by due date, then the rest by closing date (newest first). */
function byUrgency(a: LightEntry, b: LightEntry): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    b.overdueDays - a.overdueDays ||
    // No due date sorts first, as "" before any date.
    (a.nextDueDay ?? -1e9) - (b.nextDueDay ?? -1e9) ||
    b.closedDay - a.closedDay ||
    cmp(a.caseNumber, b.caseNumber)
  );
}

/** Ordinal comparison: ISO dates and case numbers sort by code point, and far faster than localeCompare. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
