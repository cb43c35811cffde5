/**
 * 退案流转 — a civil first-instance case that started in the fast track (速裁 or 小额诉讼) and left it
 * — pure.
 *
 * A case is in the fast track while it is tried under 小额诉讼程序, or under 简易程序 in one of the
 * court's 速裁 divisions (setting fastTrack.divisions, 本院《民事速裁案件适用工作的规定》). It started
 * there when that held at filing: the procedure at filing is the case's recorded procedure
 * (conversions are events), the division at filing the prior division of its first 变更承办部门
 * event, or its current division when it has none. It leaves the fast track at the first event
 * after which that no longer holds:
 * - a 程序转换 out of 小额诉讼程序 (《中华人民共和国民事诉讼法》第一百六十九条: 不宜适用小额诉讼的程序的,
 *   适用简易程序的其他规定审理或者裁定转为普通程序) or from 简易程序 to 普通程序 (第一百七十条);
 * - a 变更承办部门 away from the 速裁 divisions (本院《繁简分流退案流转工作细则》).
 * The 细则 sets the time within which a case is sent back (setting transferBackDays, counted in
 * days from filing): a transfer on day transferBackDays is in time, one later is late. A 变更承办部门
 * the importer inferred (a re-import found another division) is dated the import's day, not the
 * real one: it is shown as inferred and its lateness is not judged.
 */
import { parseIsoDate } from "../calendar/civil-date.js";
import type { StoredEvent } from "../case/derive-facts.js";
import { INFERRED_DIVISION_CHANGE_REASON } from "../import/validate.js";
import { CPL } from "../time-limit/citations.js";
import type { TriageSettings } from "./settings.js";
import type { TriageCase } from "./small-claims.js";

export type FastTrack = "速裁" | "小额诉讼";

/** case_facts.fast_track: 0 never in the fast track, 1 速裁, 2 小额诉讼 (the track it started in). */
export const FAST_TRACK_CODES: Readonly<Record<FastTrack, number>> = { 速裁: 1, 小额诉讼: 2 };

export function fastTrackOfCode(code: number): FastTrack | null {
  return code === 1 ? "速裁" : code === 2 ? "小额诉讼" : null;
}

/** The court's own rules on sending cases back, as cited to users. */
export const TRANSFER_RULES_TITLE = "本院《繁简分流退案流转工作细则》";

/** What the transfer rules read of a case. */
export type TransferCase = Pick<TriageCase, "typeCode" | "procedure" | "division" | "filedOn" | "events">;

export interface TransferBack {
  /** 程序转换 or 变更承办部门. */
  kind: "procedureChange" | "divisionChange";
  /** The day it left the fast track (for an inferred change: the import's day). */
  on: string;
  /** Days from filing to that day. */
  daysInFastTrack: number;
  fromProcedure: string | null;
  toProcedure: string | null;
  fromDivision: string | null;
  toDivision: string | null;
  /** Why, in Chinese: the event's reason or note, else the rule's words. */
  reason: string;
  /** The article or local rule it went by, in Chinese. */
  basis: string;
  /** A 变更承办部门 the importer inferred: its date is the import's, not the real one. */
  inferred: boolean;
  /** Sent back after the time limit; null when the date is not the real one (inferred). */
  late: boolean | null;
  /** The time limit applied (days from filing). */
  limitDays: number;
}

export interface FastTrackHistory {
  /** The track it started in; null when it never was in the fast track. */
  track: FastTrack | null;
  procedureAtFiling: string | null;
  /** null when a 变更承办部门 does not name the division it left. */
  divisionAtFiling: string | null;
  /** How it left the fast track; null while it stays (or never was) there. */
  transfer: TransferBack | null;
}

const SMALL = "小额诉讼程序";
const SUMMARY = "简易程序";
const ORDINARY = "普通程序";
const NEVER: FastTrackHistory = Object.freeze({
  track: null,
  procedureAtFiling: null,
  divisionAtFiling: null,
  transfer: null,
}) as FastTrackHistory;

function trackOf(procedure: string | null, division: string | null, fast: ReadonlySet<string>) {
  if (procedure === SMALL) return "小额诉讼" as const;
  if (procedure === SUMMARY && division !== null && fast.has(division)) return "速裁" as const;
  return null;
}

/** The events of a kind the transfer rules read, known by asOf, in order (a corrected repeat once). */
function movesOf(events: readonly StoredEvent[], asOf: string): StoredEvent[] {
  const latest = new Map<string, StoredEvent>();
  for (const e of events) {
    if (e.from > asOf) continue;
    if (e.kind === "procedureChange" && e.newProcedure) {
      const key = `p|${e.from}`;
      const prev = latest.get(key);
      if (!prev || prev.id < e.id) latest.set(key, e);
    } else if (e.kind === "divisionChange" && e.newDivision) {
      latest.set(`d|${e.id}`, e);
    }
  }
  return [...latest.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.id - b.id));
}

const setCache = new WeakMap<TriageSettings, ReadonlySet<string>>();
function fastDivisions(s: TriageSettings): ReadonlySet<string> {
  let set = setCache.get(s);
  if (!set) {
    set = new Set(s.fastTrack.divisions);
    setCache.set(s, set);
  }
  return set;
}

/**
 * The fast-track history of a case as of a date: the track it started in and, if it left, how.
 * Only 民初 cases have one.
 */
export function fastTrackHistory(c: TransferCase, s: TriageSettings, asOf: string): FastTrackHistory {
  if (c.typeCode !== "民初" || c.filedOn > asOf) return NEVER;
  const fast = fastDivisions(s);
  const moves = movesOf(c.events, asOf);
  const firstMove = moves.find((e) => e.kind === "divisionChange");
  const divisionAtFiling = firstMove ? (firstMove.priorDivision ?? null) : c.division;
  const procedureAtFiling = c.procedure;
  const track = trackOf(procedureAtFiling, divisionAtFiling, fast);
  if (track === null) return { track, procedureAtFiling, divisionAtFiling, transfer: null };
  let procedure = procedureAtFiling;
  let division = divisionAtFiling;
  for (const e of moves) {
    const beforeProcedure = procedure;
    const beforeDivision = division;
    if (e.kind === "procedureChange") procedure = e.newProcedure;
    else division = e.newDivision ?? division;
    if (trackOf(procedure, division, fast) !== null) continue;
    const days = parseIsoDate(e.from) - parseIsoDate(c.filedOn);
    const inferred = e.kind === "divisionChange" && e.reason === INFERRED_DIVISION_CHANGE_REASON;
    const transfer: TransferBack = {
      kind: e.kind === "procedureChange" ? "procedureChange" : "divisionChange",
      on: e.from,
      daysInFastTrack: days,
      fromProcedure: beforeProcedure,
      toProcedure: procedure,
      fromDivision: e.kind === "divisionChange" ? (e.priorDivision ?? beforeDivision) : beforeDivision,
      toDivision: division,
      reason: reasonOf(e, beforeProcedure, procedure, beforeDivision, division, inferred),
      basis: basisOf(e, beforeProcedure),
      inferred,
      late: inferred ? null : days > s.transferBackDays,
      limitDays: s.transferBackDays,
    };
    return { track, procedureAtFiling, divisionAtFiling, transfer };
  }
  return { track, procedureAtFiling, divisionAtFiling, transfer: null };
}

function basisOf(e: StoredEvent, fromProcedure: string | null): string {
  if (e.kind === "divisionChange") return TRANSFER_RULES_TITLE;
  return fromProcedure === SMALL ? `${CPL}第一百六十九条` : `${CPL}第一百七十条`;
}

function reasonOf(
  e: StoredEvent,
  fromProcedure: string | null,
  toProcedure: string | null,
  fromDivision: string | null,
  toDivision: string | null,
  inferred: boolean,
): string {
  if (inferred)
    return `导入时发现承办部门由“${fromDivision ?? "（未知）"}”变为“${toDivision ?? "（未知）"}”，变更日期按导入日期记录，并非实际变更日期`;
  const recorded = [e.reason, e.note].filter((t): t is string => !!t?.trim()).join("；");
  if (recorded) return recorded;
  if (e.kind === "divisionChange")
    return `由“${fromDivision ?? "（未知）"}”变更承办部门至“${toDivision ?? "（未知）"}”（未注明原因）`;
  if (fromProcedure === SMALL)
    return toProcedure === ORDINARY
      ? "不宜适用小额诉讼的程序，裁定转为普通程序（未注明原因）"
      : "不宜适用小额诉讼的程序，适用简易程序的其他规定审理（未注明原因）";
  return "不宜适用简易程序，裁定转为普通程序（未注明原因）";
}

/** The day number of a transfer's date, for case_facts.transfer_day. */
export function transferDay(t: TransferBack | null): number | null {
  return t ? parseIsoDate(t.on) : null;
}
