/**
 * 撤诉后重新立案 — cross-case concealed overrun: a new 民初 with the same plaintiffs, defendants and
 * cause (案由) as an earlier 民初 closed by 撤诉 or 按撤诉处理, filed within 90 days (a setting) after
 * that closing. The refiling restarts the 审限 and hides the dispute's real duration
 * (reference/deadlines.md §4.3, "Engine rules" item 4). The alert is raised on the new case.
 *
 * Algorithm — two passes, any order:
 *   1. index the withdrawals: Map<cause, Map<partyKey, {caseNumber, closedDay, …}[]>>;
 *   2. for every 民初 whose cause is in the index (one Map lookup, no allocation otherwise), build
 *      its party key and look up the withdrawals of the same dispute; the nearest one closed
 *      0…window days before the filing gives the alert.
 * Time O(n + m·p log p) for n cases, m 民初 cases whose cause has a withdrawal, p parties per case
 * (1–3); memory O(w) for w withdrawals. Pass an array or a function returning a fresh iterable
 * (e.g. a database cursor) to stream twice in bounded memory; a one-shot iterator (a generator) is
 * read once and its 民初 cases are buffered for the second pass, so memory is then O(民初).
 */
import type { DayNumber } from "../calendar/civil-date.js";
import { RULE_IDS } from "./rules.js";
import { type AlertSettings, type CompiledAlertSettings, resolveAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { isDisabled, isoDay, makeAlert } from "./util.js";

export interface RefileCandidate {
  caseNumber: string;
  typeCode: string;
  cause: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  /** Who handles it: a reader outside their scope is told the earlier case exists, not which it is. */
  division?: string;
  judge?: string;
}

/** An iterable, or a function returning a fresh one (called once per pass). */
export type CaseSource<T> = Iterable<T> | (() => Iterable<T>);

const WITHDRAWALS = new Set(["撤诉", "按撤诉处理"]);
const FIRST_INSTANCE_CIVIL = "民初";

const SEP_DUN = "、".charCodeAt(0);
const SEP_SEMI = ";".charCodeAt(0);
const SEP_FULL_SEMI = "；".charCodeAt(0);
const SEP_NL = 10;

function isSep(c: number): boolean {
  return c === SEP_DUN || c === SEP_SEMI || c === SEP_FULL_SEMI || c === SEP_NL;
}

/**
 * The party list as a set: split on 、 ; ； and line breaks, trimmed, empty names dropped,
 * duplicates removed, sorted — joined by "、". "" when there is nobody.
 */
export function normalizePartySet(text: string | null): string {
  if (text === null || text.length === 0) return "";
  let seps = 0;
  for (let i = 0; i < text.length; i++) if (isSep(text.charCodeAt(i))) seps++;
  if (seps === 0) return text.trim();
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isSep(text.charCodeAt(i))) {
      const n = text.slice(start, i).trim();
      if (n.length > 0) names.push(n);
      start = i + 1;
    }
  }
  names.sort();
  let out = "";
  let prev: string | undefined;
  for (const n of names) {
    if (n === prev) continue;
    out = out.length === 0 ? n : `${out}、${n}`;
    prev = n;
  }
  return out;
}

/** The dispute's party key (plaintiff set | defendant set), or undefined when a side is empty. */
function partyKey(c: RefileCandidate): string | undefined {
  const p = normalizePartySet(c.plaintiffs);
  if (p === "") return undefined;
  const d = normalizePartySet(c.defendants);
  if (d === "") return undefined;
  return `${p}\u0001${d}`;
}

interface Withdrawal {
  caseNumber: string;
  closedOn: string;
  closedDay: DayNumber;
  closureMode: string;
  division: string;
  judge: string;
}

function sourceIterable<T>(cases: CaseSource<T>): Iterable<T> {
  return typeof cases === "function" ? cases() : cases;
}

/**
 * Whether the detector indexes this case as a withdrawal (its first pass): a 民初 case with a 案由
 * and parties on both sides, withdrawn (撤诉 or 按撤诉处理) on or before `asOf`.
 */
export function isIndexedWithdrawal(c: RefileCandidate, asOf: string): boolean {
  if (c.typeCode !== FIRST_INSTANCE_CIVIL || c.cause === null) return false;
  if (c.closedOn === null || c.closedOn > asOf || c.closureMode === null || !WITHDRAWALS.has(c.closureMode))
    return false;
  return partyKey(c) !== undefined;
}

/**
 * The key under which the detector matches a filing to earlier withdrawals: its 案由 and its two
 * parties' sets (undefined when it has none). Only a case sharing the key of a withdrawal can be a
 * refiling, so a caller holding the keys of the withdrawals can pass the detector just those cases
 * — with the same result as over every case.
 */
export function refileKey(c: RefileCandidate): string | undefined {
  if (c.typeCode !== FIRST_INSTANCE_CIVIL || c.cause === null) return undefined;
  const pk = partyKey(c);
  return pk === undefined ? undefined : `${c.cause.trim()}\u0000${pk}`;
}

/**
 * A 52-bit hash of a refile key (two FNV-style 32-bit hashes, 32 + 20 bits: an exact double). A
 * caller keeping a province's withdrawal keys keeps these numbers instead of the strings; a
 * collision only lets one more case through to the detector, which matches exactly.
 */
export function refileKeyHash(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

export function detectWithdrawRefile(
  cases: CaseSource<RefileCandidate>,
  asOf: string,
  settings?: Partial<AlertSettings> | CompiledAlertSettings,
): Alert[] {
  const cs = resolveAlertSettings(settings);
  if (isDisabled(cs, RULE_IDS.withdrawRefile)) return [];
  const window = cs.s.refileWindowDays;

  // Pass 1: the withdrawals.
  const index = new Map<string, Map<string, Withdrawal[]>>();
  const first = sourceIterable(cases);
  const iterator = first[Symbol.iterator]();
  const oneShot = typeof cases !== "function" && (iterator as unknown) === first;
  const buffered: RefileCandidate[] = [];
  for (let r = iterator.next(); !r.done; r = iterator.next()) {
    const c = r.value;
    if (c.typeCode !== FIRST_INSTANCE_CIVIL || c.cause === null) continue;
    if (oneShot) buffered.push(c);
    if (
      c.closedOn === null ||
      c.closedOn > asOf ||
      c.closureMode === null ||
      !WITHDRAWALS.has(c.closureMode)
    ) {
      continue;
    }
    const pk = partyKey(c);
    if (pk === undefined) continue;
    const cause = c.cause.trim();
    let byParties = index.get(cause);
    if (!byParties) {
      byParties = new Map();
      index.set(cause, byParties);
    }
    const w: Withdrawal = {
      caseNumber: c.caseNumber,
      division: c.division ?? "",
      judge: c.judge ?? "",
      closedOn: c.closedOn,
      closedDay: isoDay(c.closedOn),
      closureMode: c.closureMode,
    };
    const list = byParties.get(pk);
    if (list) list.push(w);
    else byParties.set(pk, [w]);
  }
  if (index.size === 0) return [];

  // Pass 2: the new filings.
  const alerts: Alert[] = [];
  const second = oneShot ? buffered : sourceIterable(cases);
  for (const c of second) {
    if (c.typeCode !== FIRST_INSTANCE_CIVIL || c.cause === null || c.filedOn > asOf) continue;
    const byParties = index.get(c.cause) ?? index.get(c.cause.trim());
    if (!byParties) continue;
    const pk = partyKey(c);
    if (pk === undefined) continue;
    const list = byParties.get(pk);
    if (!list) continue;
    const filedDay = isoDay(c.filedOn);
    let best: Withdrawal | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const w of list) {
      if (w.caseNumber === c.caseNumber) continue;
      const gap = filedDay - w.closedDay;
      if (gap < 0 || gap > window || gap >= bestGap) continue;
      best = w;
      bestGap = gap;
    }
    if (!best) continue;
    alerts.push(
      makeAlert(
        RULE_IDS.withdrawRefile,
        c.caseNumber,
        asOf,
        refileReason({
          earlierCaseNumber: best.caseNumber,
          earlierClosedOn: best.closedOn,
          earlierClosureMode: best.closureMode,
          gapDays: bestGap,
          filedOn: c.filedOn,
        }),
        {
          earlierCaseNumber: best.caseNumber,
          earlierClosedOn: best.closedOn,
          earlierClosureMode: best.closureMode,
          earlierDivision: best.division,
          earlierJudge: best.judge,
          filedOn: c.filedOn,
          gapDays: bestGap,
          windowDays: window,
          cause: c.cause,
          plaintiffs: c.plaintiffs,
          defendants: c.defendants,
        },
        best.caseNumber,
      ),
    );
  }
  return alerts;
}

/**
 * The finding in words. Without the earlier case (`earlierCaseNumber` null: a reader who may not
 * see it) it says that such a case exists and whom to ask, and nothing of it.
 */
export function refileReason(f: {
  earlierCaseNumber: string | null;
  earlierClosedOn: string | null;
  earlierClosureMode: string | null;
  gapDays: number;
  filedOn: string;
}): string {
  const tail = `原告、被告、案由相同，撤诉后 ${f.gapDays} 天重新立案（${f.filedOn}）`;
  return f.earlierCaseNumber === null
    ? `与本院另一件已撤诉案件${tail}；该案不在您的查看范围内，如需了解请联系审判管理办公室`
    : `与${f.earlierCaseNumber}（${f.earlierClosedOn} ${f.earlierClosureMode}结案）${tail}`;
}
