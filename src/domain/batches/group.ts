/**
 * 并案审理 candidates: pending cases of one party (the same 原告, or the mirror: the same 被告) under
 * one cause, filed close together, enough of them to try together.
 *
 * The window (docs/batches.md): the filings of a group lie at most `windowDays` apart — the last
 * filed at most `windowDays` days after the first (a case filed exactly `windowDays` days after the
 * first is in; one day more is out). Among one party's pending cases of one cause, sorted by filing,
 * the window holding the most cases is taken first (ties: the earliest); the rest are looked at
 * again the same way, until no window holds `minCases`. Groups of one party and cause therefore
 * never share a case, and each is as large as a window allows. A case may be both in a group of its
 * plaintiff and in one of its defendant (two different proposals the court may weigh).
 *
 * Pure: the pending cases and the settings are parameters.
 */
import { type DayNumber, formatIsoDate, parseIsoDate } from "../calendar/civil-date.js";
import { isOrganisationName, normalisePartyName, splitPartyNames } from "./normalise.js";
import type { BatchSettings } from "./settings.js";

/** A pending case as the grouping reads it. */
export interface BatchCaseInput {
  id: number;
  caseNumber: string;
  /** The case's court (法院代字), where the reader gives it. */
  courtCode?: string;
  cause: string;
  division: string;
  judge: string;
  filedOn: string;
  /** 标的额 in fen (null: not recorded). */
  amountFen: number | null;
  /** The 原告 and 被告 columns as imported (names separated by `、` or `;`). */
  plaintiffs: string | null;
  defendants: string | null;
}

export type BatchSide = "plaintiff" | "defendant";
export const SIDE_NAMES: Record<BatchSide, "原告" | "被告"> = { plaintiff: "原告", defendant: "被告" };

export interface BatchGroup {
  /** Stable identity of the group: side, normalised party, cause and first filing. */
  key: string;
  side: BatchSide;
  sideName: "原告" | "被告";
  /** The party as most of its cases spell it (ties: the first in 案号 order). */
  party: string;
  /** The party's normalised name (normalise.ts): what the group's cases share. */
  partyKey: string;
  cause: string;
  cases: BatchCaseInput[];
  firstFiledOn: string;
  lastFiledOn: string;
  /** Days from the first filing to the last. */
  spanDays: number;
  judges: { division: string; judge: string; cases: number }[];
  divisions: { division: string; cases: number }[];
  /** The division with most of the cases (ties: the one with the earliest filing, then by name). */
  mainDivision: string;
  /** Sum of the recorded 标的额, fen. */
  totalAmountFen: number;
  /** Cases without a recorded 标的额 (not in the sum). */
  amountMissing: number;
}

interface Member {
  c: BatchCaseInput;
  day: DayNumber;
  spelling: string;
}

/** The groups among `cases` (pending ones: the caller chooses them), largest first. */
export function findBatches(cases: readonly BatchCaseInput[], settings: BatchSettings): BatchGroup[] {
  const keyOf = new Map<string, string | null>();
  const partyKey = (name: string): string | null => {
    let k = keyOf.get(name);
    if (k === undefined) {
      const n = normalisePartyName(name);
      k = n && (settings.includePersons || isOrganisationName(n)) ? n : null;
      keyOf.set(name, k);
    }
    return k;
  };
  const buckets = new Map<string, Member[]>();
  const add = (side: BatchSide, text: string | null, c: BatchCaseInput, day: DayNumber) => {
    const seen = new Set<string>();
    for (const name of splitPartyNames(text)) {
      const k = partyKey(name);
      if (k === null || seen.has(k)) continue;
      seen.add(k);
      const b = `${side}\u0000${k}\u0000${c.cause}`;
      let list = buckets.get(b);
      if (!list) {
        list = [];
        buckets.set(b, list);
      }
      list.push({ c, day, spelling: name });
    }
  };
  for (const c of cases) {
    if (!c.cause) continue;
    const day = parseIsoDate(c.filedOn);
    if (settings.byPlaintiff) add("plaintiff", c.plaintiffs, c, day);
    if (settings.byDefendant) add("defendant", c.defendants, c, day);
  }
  const out: BatchGroup[] = [];
  for (const [bucket, members] of buckets) {
    if (members.length < settings.minCases) continue;
    const [side, key, cause] = bucket.split("\u0000") as [BatchSide, string, string];
    members.sort((a, b) => a.day - b.day || compare(a.c.caseNumber, b.c.caseNumber));
    for (const run of windows(members, settings.windowDays, settings.minCases))
      out.push(groupOf(side, key, cause, run));
  }
  out.sort(
    (a, b) =>
      b.cases.length - a.cases.length ||
      compare(a.side, b.side) ||
      compare(a.cause, b.cause) ||
      compare(a.party, b.party) ||
      compare(a.firstFiledOn, b.firstFiledOn),
  );
  return out;
}

/**
 * The windows of sorted members: repeatedly the window [first, first + windowDays] holding the most
 * (earliest on a tie), removed from the rest, while it holds at least `minCases`. Returned in
 * filing order.
 */
export function windows<T extends { day: DayNumber }>(
  sorted: readonly T[],
  windowDays: number,
  minCases: number,
): T[][] {
  let rest = sorted.slice();
  const found: T[][] = [];
  for (;;) {
    let best = 0;
    let bestFrom = -1;
    let j = 0;
    for (let i = 0; i < rest.length; i++) {
      if (j < i) j = i;
      while (j + 1 < rest.length && (rest[j + 1] as T).day - (rest[i] as T).day <= windowDays) j++;
      const n = j - i + 1;
      if (n > best) {
        best = n;
        bestFrom = i;
      }
    }
    if (best < minCases) break;
    found.push(rest.slice(bestFrom, bestFrom + best));
    rest = [...rest.slice(0, bestFrom), ...rest.slice(bestFrom + best)];
  }
  return found.sort((a, b) => (a[0] as T).day - (b[0] as T).day);
}

function groupOf(side: BatchSide, key: string, cause: string, run: Member[]): BatchGroup {
  const spellings = new Map<string, number>();
  const judges = new Map<string, { division: string; judge: string; cases: number }>();
  const divisions = new Map<string, { division: string; cases: number; first: number }>();
  let total = 0;
  let missing = 0;
  for (const m of run) {
    spellings.set(m.spelling, (spellings.get(m.spelling) ?? 0) + 1);
    const jk = `${m.c.division}\u0000${m.c.judge}`;
    const j = judges.get(jk) ?? { division: m.c.division, judge: m.c.judge, cases: 0 };
    j.cases++;
    judges.set(jk, j);
    const d = divisions.get(m.c.division) ?? { division: m.c.division, cases: 0, first: m.day };
    d.cases++;
    divisions.set(m.c.division, d);
    if (m.c.amountFen === null) missing++;
    else total += m.c.amountFen;
  }
  const byCases = [...divisions.values()].sort(
    (a, b) => b.cases - a.cases || a.first - b.first || compare(a.division, b.division),
  );
  const inNumberOrder = [...run].sort((a, b) => compare(a.c.caseNumber, b.c.caseNumber));
  let party = (inNumberOrder[0] as Member).spelling;
  for (const m of inNumberOrder)
    if ((spellings.get(m.spelling) ?? 0) > (spellings.get(party) ?? 0)) party = m.spelling;
  const first = (run[0] as Member).day;
  const last = (run[run.length - 1] as Member).day;
  return {
    key: `${side}|${key}|${cause}|${formatIsoDate(first)}`,
    side,
    sideName: SIDE_NAMES[side],
    party,
    partyKey: key,
    cause,
    cases: run.map((m) => m.c),
    firstFiledOn: formatIsoDate(first),
    lastFiledOn: formatIsoDate(last),
    spanDays: last - first,
    judges: [...judges.values()].sort(
      (a, b) => b.cases - a.cases || compare(a.division, b.division) || compare(a.judge, b.judge),
    ),
    divisions: byCases.map(({ division, cases }) => ({ division, cases })),
    mainDivision: (byCases[0] as { division: string }).division,
    totalAmountFen: total,
    amountMissing: missing,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
