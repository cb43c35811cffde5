/**
 * 执行不能案件库: the entries built from the enforcement cases closed by 终结本次执行程序, their
 * searches and the 恢复执行 cases that take them up again; the library's figures; and the alert
 * `termination-search-overdue` of an entry whose search is overdue.
 */
import { RULE_IDS } from "../alerts/rules.js";
import type { Alert } from "../alerts/types.js";
import { makeAlert } from "../alerts/util.js";
import { parseIsoDate } from "../calendar/civil-date.js";
import { type Schedule, type SearchResult, scheduleOfDays } from "./schedule.js";

/** The closing mode that puts a case in the library. */
export const TERMINATION_MODE = "终结本次执行程序";
/** The enforcement type codes whose 终本 cases enter the library (a 执恢 may be closed by 终本 again). */
export const LIBRARY_TYPE_CODES = ["执", "执恢"] as const;
/** The type code of a 恢复执行 case. */
export const RESUMPTION_TYPE_CODE = "执恢";

export interface TerminatedCase {
  caseId: number;
  caseNumber: string;
  /** The case's court (法院代字), where the reader gives it. */
  courtCode?: string;
  division: string;
  judge: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  amountFen: number | null;
  recoveredFen: number | null;
  closedOn: string;
}

export interface SearchRecord {
  id: number;
  caseId: number;
  searchedOn: string;
  result: SearchResult;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Resumption {
  /** The 执恢 case, linked by 原审案号 = the entry's 案号, filed on or after the 终本. */
  caseId: number;
  caseNumber: string;
  originCaseNumber: string;
  filedOn: string;
}

export interface ResumptionProposal {
  caseId: number;
  proposedOn: string;
  note: string;
  proposedBy: string;
}

export interface LibraryEntry extends TerminatedCase, Schedule {
  /** 标的额 − 执行到位金额 (fen, never negative); null when the 标的额 is unknown. */
  outstandingFen: number | null;
  searches: SearchRecord[];
  /** The latest search found property (发现财产) and no 执恢 has followed yet. */
  propertyFound: boolean;
  proposal: ResumptionProposal | null;
  resumption: { caseId: number; caseNumber: string; filedOn: string } | null;
}

export function outstandingOf(amountFen: number | null, recoveredFen: number | null): number | null {
  if (amountFen === null) return null;
  return Math.max(0, amountFen - (recoveredFen ?? 0));
}

/** The entries as of asOf, from the 终本 cases closed by then, their searches, proposals and resumptions. */
export function buildEntries(
  cases: readonly TerminatedCase[],
  searches: readonly SearchRecord[],
  proposals: readonly ResumptionProposal[],
  resumptions: readonly Resumption[],
  asOf: string,
): LibraryEntry[] {
  const byCase = new Map<number, SearchRecord[]>();
  for (const s of searches) {
    if (s.searchedOn > asOf) continue;
    const list = byCase.get(s.caseId) ?? [];
    list.push(s);
    byCase.set(s.caseId, list);
  }
  const proposalOf = new Map(proposals.map((p) => [p.caseId, p]));
  const resumptionsOf = new Map<string, Resumption[]>();
  for (const r of resumptions) {
    const list = resumptionsOf.get(r.originCaseNumber) ?? [];
    list.push(r);
    resumptionsOf.set(r.originCaseNumber, list);
  }
  const out: LibraryEntry[] = [];
  const today = parseIsoDate(asOf);
  for (const c of cases) {
    if (c.closedOn > asOf) continue;
    const mine = byCase.get(c.caseId);
    const list = mine
      ? mine.sort((a, b) =>
          a.searchedOn < b.searchedOn ? 1 : a.searchedOn > b.searchedOn ? -1 : b.id - a.id,
        )
      : NO_SEARCHES;
    // The first 执恢 filed on or after the 终本 (and by asOf) closes the entry.
    let resumption: Resumption | null = null;
    for (const r of resumptionsOf.get(c.caseNumber) ?? NO_RESUMPTIONS)
      if (
        r.filedOn >= c.closedOn &&
        r.filedOn <= asOf &&
        (resumption === null || r.filedOn < resumption.filedOn)
      )
        resumption = r;
    const closed = parseIsoDate(c.closedOn);
    const latest = list[0] ? parseIsoDate(list[0].searchedOn) : closed;
    const schedule = scheduleOfDays(closed, Math.max(latest, closed), today, resumption !== null);
    out.push({
      ...c,
      ...schedule,
      outstandingFen: outstandingOf(c.amountFen, c.recoveredFen),
      searches: list === NO_SEARCHES ? [] : list,
      propertyFound: resumption === null && list[0]?.result === "发现财产",
      proposal: proposalOf.get(c.caseId) ?? null,
      resumption: resumption
        ? { caseId: resumption.caseId, caseNumber: resumption.caseNumber, filedOn: resumption.filedOn }
        : null,
    });
  }
  return out;
}

const NO_SEARCHES: SearchRecord[] = [];

/**
 * One entry as the list's figures and ordering need it: its case, its latest search on or before
 * asOf (date and result; null when none) and the filing day of the first 执恢 filed on or after the
 * 终本 and by asOf (null when none) — the values buildEntries works out from the searches and
 * resumptions, given here already picked (by the database).
 */
export interface LightCase {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  amountFen: number | null;
  recoveredFen: number | null;
  closedOn: string;
  lastSearchOn: string | null;
  lastSearchResult: string | null;
  resumedOn: string | null;
}

export interface LightEntry extends FigureFields {
  caseId: number;
  caseNumber: string;
  division: string;
  judge: string;
  closedOn: string;
  overdueDays: number;
  /** closedOn and nextDueOn as day numbers (nextDueDay null with nextDueOn), for a fast ordering. */
  closedDay: number;
  nextDueDay: number | null;
}

/** The schedule, outstanding amount and 发现财产 flag of a light case as of `today` (day number): as buildEntries. */
export function lightEntry(c: LightCase, today: number): LightEntry {
  const closed = parseIsoDate(c.closedOn);
  const latest = c.lastSearchOn === null ? closed : parseIsoDate(c.lastSearchOn);
  const resumed = c.resumedOn !== null;
  const s = scheduleOfDays(closed, Math.max(latest, closed), today, resumed);
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    division: c.division,
    judge: c.judge,
    closedOn: c.closedOn,
    state: s.state,
    nextDueOn: s.nextDueOn,
    overdueDays: s.overdueDays,
    outstandingFen: outstandingOf(c.amountFen, c.recoveredFen),
    propertyFound: !resumed && c.lastSearchResult === "发现财产",
    closedDay: closed,
    nextDueDay: s.nextDueOn === null ? null : parseIsoDate(s.nextDueOn),
  };
}
const NO_RESUMPTIONS: Resumption[] = [];

export interface LibraryFigures {
  /** 库内案件数: every 终本 entry. */
  size: number;
  /** Entries still under the six-monthly search duty. */
  watched: number;
  /** Searches overdue. */
  overdue: number;
  /** Searches due within the next 30 days (not yet overdue). */
  dueWithin30: number;
  /** Entries whose latest search found property and that no 执恢 has taken up yet. */
  propertyFound: number;
  /** Entries taken up by a 执恢 case. */
  resumed: number;
  /** resumed ÷ size; null on an empty library. */
  recoveryRate: number | null;
  /** Σ outstanding (fen) of the entries not resumed. */
  outstandingFen: number;
}

/** What the figures read of an entry. */
export type FigureFields = Pick<LibraryEntry, "state" | "nextDueOn" | "propertyFound" | "outstandingFen">;

export function libraryFigures(entries: readonly FigureFields[], asOf: string): LibraryFigures {
  let watched = 0;
  let overdue = 0;
  let dueWithin30 = 0;
  let propertyFound = 0;
  let resumed = 0;
  let outstandingFen = 0;
  const soon = addDaysIso(asOf, 30);
  for (const e of entries) {
    if (e.state === "due" || e.state === "overdue") watched++;
    if (e.state === "overdue") overdue++;
    if (e.state === "due" && e.nextDueOn !== null && e.nextDueOn <= soon) dueWithin30++;
    if (e.propertyFound) propertyFound++;
    if (e.state === "resumed") resumed++;
    else outstandingFen += e.outstandingFen ?? 0;
  }
  return {
    size: entries.length,
    watched,
    overdue,
    dueWithin30,
    propertyFound,
    resumed,
    recoveryRate: entries.length === 0 ? null : resumed / entries.length,
    outstandingFen,
  };
}

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The alert of an entry whose search is overdue (undefined otherwise). */
export function searchOverdueAlert(e: LibraryEntry, asOf: string): Alert | undefined {
  if (e.state !== "overdue" || e.nextDueOn === null) return undefined;
  const last = e.searches[0]?.searchedOn;
  const since = last ? `上次查询 ${last}` : `终本 ${e.closedOn}，尚未登记查询`;
  return makeAlert(
    RULE_IDS.terminationSearchOverdue,
    e.caseNumber,
    asOf,
    `${since}，应于 ${e.nextDueOn} 前查询被执行人财产，已逾期 ${e.overdueDays} 天`,
    { closedOn: e.closedOn, lastSearchOn: last ?? null, dueOn: e.nextDueOn, overdueDays: e.overdueDays },
    e.nextDueOn,
  );
}
