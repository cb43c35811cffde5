/**
 * deriveFacts — one case_facts row per case, computed from the case and its events by pure code
 * (DESIGN.md §3). The row holds what the indicators and alerts need, including the values that let
 * SQL answer "as of any date T" questions without recomputing the clock:
 * - pending at T: filed_day ≤ T and (closed_day is null or closed_day > T);
 * - overdue at T (deadline computed as of T is before T): overdue_from_day ≤ T ≤ overdue_to_day;
 * - older than N months at T: age_Nm_day < T (filing date + N months, 民法典 art. 202).
 */
import { addMonths, type DayNumber, formatIsoDate, parseIsoDate } from "../calendar/civil-date.js";
import { addPeriod } from "../calendar/period.js";
import {
  type CaseIdentity,
  computeTimeLimit,
  type ExclusionReason,
  TIME_LIMIT_RULES_VERSION,
  type TimeLimitEvent,
  type TimeLimitResult,
  type TimeLimitSettings,
  type TimeLimitStatus,
  type Timeline,
} from "../time-limit/index.js";
import type { CaseRecord } from "./case.js";
import type { CaseCategory, Instance } from "./category.js";
import type { Procedure } from "./procedure.js";

/** An event as stored (case_events), before corrections are applied. */
export interface StoredEvent {
  id: number;
  kind: string;
  reason: string | null;
  from: string;
  to: string | null;
  lengthMonths: number | null;
  lengthDays: number | null;
  newProcedure: string | null;
  approvedBy: string | null;
  note: string | null;
  /** divisionChange (变更承办部门): the division before and after; absent on other kinds. */
  priorDivision?: string | null;
  newDivision?: string | null;
}

/**
 * The timeline events of a case from its stored events. Events are append-only; a later event of
 * the same kind, start date (and reason) corrects an earlier one — e.g. an open 中止诉讼 re-imported
 * with its end date — so the latest recorded wins.
 */
export function toTimelineEvents(stored: readonly StoredEvent[]): TimeLimitEvent[] {
  const latest = new Map<string, StoredEvent>();
  for (const e of stored) {
    const key = `${e.kind}|${e.from}|${e.kind === "exclusion" ? (e.reason ?? "") : ""}`;
    const prev = latest.get(key);
    if (!prev || prev.id < e.id) latest.set(key, e);
  }
  const out: TimeLimitEvent[] = [];
  for (const e of [...latest.values()].sort((a, b) => a.id - b.id)) {
    const note = e.note ?? undefined;
    switch (e.kind) {
      case "extension":
        out.push({
          kind: "extension",
          from: e.from,
          length: { months: e.lengthMonths ?? 0, days: e.lengthDays ?? 0 },
          approvedBy: e.approvedBy ?? undefined,
          note,
        });
        break;
      case "exclusion":
        out.push({
          kind: "exclusion",
          reason: (e.reason ?? "其他") as ExclusionReason,
          from: e.from,
          to: e.to,
          note,
        });
        break;
      case "suspension":
        out.push({ kind: "suspension", from: e.from, to: e.to, note });
        break;
      case "resumption":
        out.push({ kind: "resumption", from: e.from, note });
        break;
      case "procedureChange":
        if (e.newProcedure)
          out.push({
            kind: "procedureChange",
            from: e.from,
            newProcedure: e.newProcedure as Procedure,
            note,
          });
        break;
    }
  }
  return out;
}

export interface FactsRules {
  settings?: Partial<TimeLimitSettings>;
  /** Version recorded with the facts; defaults to the time-limit rules version. */
  version?: string;
}

/** The rules version recorded with facts derived under these rules. */
/**
 * The version of the facts derivation itself (which columns, how computed), beside the 审限
 * rules' version: facts derived by an older one are recomputed at start-up. 2: base_end_day.
 * 3: the chain columns of linked cases (chain_root, chain_cases, enforced_by_case), written by the
 * chain pass after every refresh — a database migrated to them gets them at the next start.
 * 4: the fast-track columns (fast_track, small_claims_eligible, transferred_back, transfer_day),
 * written by the triage pass after every refresh.
 */
export const FACTS_DERIVATION = 4;

export function rulesVersionOf(rules: FactsRules = {}): string {
  return `${rules.version ?? TIME_LIMIT_RULES_VERSION}+f${FACTS_DERIVATION}`;
}

export const LONG_PENDING_MONTHS = [6, 12, 18, 24, 36] as const;

export interface CaseFacts {
  asOf: string;
  rulesVersion: string;
  courtCode: string;
  division: string;
  judge: string;
  category: CaseCategory;
  instance: Instance;
  typeCode: string;
  procedure: Procedure;
  procedureInferred: boolean;
  cause: string | null;
  filedOn: string;
  filedDay: DayNumber;
  filedMonth: string;
  /** Closing date if closed on or before asOf. */
  closedOn: string | null;
  closedDay: DayNumber | null;
  closedMonth: string | null;
  closureMode: string | null;
  durationDays: number | null;
  limitRule: string;
  hasLimit: boolean;
  deadline: string | null;
  deadlineDay: DayNumber | null;
  status: TimeLimitStatus;
  daysLeft: number | null;
  provisional: boolean;
  excludedDays: number;
  openIntervals: number;
  extensionCount: number;
  extensionMonths: number;
  extensionDays: number;
  conversionCount: number;
  naturalDays: number;
  /**
   * The last day of the base statutory period counted from filing — filing plus the limit, with
   * no extension, exclusion or restart and no roll to a working day; null without a limit. A
   * natural duration past it is a real overrun, however the record reads (隐形超审限).
   */
  baseEndDay: DayNumber | null;
  usedDays: number;
  periodDays: number;
  overdueFromDay: DayNumber | null;
  overdueToDay: DayNumber | null;
  age6mDay: DayNumber;
  age12mDay: DayNumber;
  age18mDay: DayNumber;
  age24mDay: DayNumber;
  age36mDay: DayNumber;
  /** Highest of 6/12/18/24/36 months of natural age reached while pending as of asOf; 0 if none. */
  longPendingMonths: number;
  firstInstance: boolean;
  appealed: boolean;
  appealOutcome: string | null;
  reversed: boolean;
  remanded: boolean;
  enterprise: boolean;
  enforcementApplied: boolean | null;
  amountFen: number | null;
  recoveredAmountFen: number | null;
  archived: boolean;
  /** The clock's full result, for callers that need more than the row. */
  clock: TimeLimitResult;
}

const FIRST_INSTANCE = new Set(["民初", "刑初", "行初"]);

/**
 * Filing day plus the base statutory period (no extension, exclusion, restart or roll), counted
 * as the clock counts months (民法典 第二百零二条; criminal cases by the setting); null without a limit.
 */
export function baseLimitEnd(
  filedDay: DayNumber,
  clock: Pick<TimeLimitResult, "baseLimit">,
  category: CaseCategory,
  settings?: Partial<TimeLimitSettings>,
): DayNumber | null {
  const bl = clock.baseLimit;
  if (!bl) return null;
  const rule =
    category === "criminal" ? (settings?.criminalMonthRule ?? "criminal-interpretation") : "civil-code";
  return addPeriod(filedDay, { months: bl.months, days: bl.days }, rule);
}

export function caseTimeline(c: CaseRecord, events: TimeLimitEvent[]): Timeline {
  return {
    caseNumber: c.caseNumber,
    procedure: c.procedure,
    filedOn: c.filedOn,
    closedOn: c.closedOn,
    // 民事诉讼法第二百八十七条: a foreign-related civil case is not bound by the 审限.
    ...(c.foreignRelated === true ? { foreignRelated: true } : {}),
    events,
  };
}

/**
 * The days on which the case was formally overdue while pending, as [first, last] (last = null:
 * still overdue as of asOf). "Overdue on day D" means: pending on D and D is after the deadline
 * computed as of D (events known by then; open intervals running to D). The status can only change
 * at event dates, so the clock is evaluated once per stretch between them. A case overdue, cured by
 * a later event and overdue again is reported by the hull of its overdue days.
 */
export function overdueSpan(
  timeline: Timeline,
  asOf: string,
  settings: Partial<TimeLimitSettings> | undefined,
  identity: CaseIdentity,
  final: TimeLimitResult,
): { from: DayNumber | null; to: DayNumber | null } {
  if (final.deadline === null) return { from: null, to: null };
  const filed = parseIsoDate(timeline.filedOn);
  const asOfDay = parseIsoDate(asOf);
  const closed = final.closedOn ? parseIsoDate(final.closedOn) : undefined;
  // Last day the case is pending within [filed, asOf].
  const lastPending = closed !== undefined ? closed - 1 : asOfDay;
  if (lastPending < filed) return { from: null, to: null };

  if (timeline.events.length === 0) {
    const deadline = parseIsoDate(final.deadline);
    if (deadline + 1 > lastPending) return { from: null, to: null };
    return { from: deadline + 1, to: closed !== undefined ? lastPending : null };
  }

  // Stretches between event dates (an event's start, or an interval's end + 1).
  const cuts = new Set<DayNumber>([filed]);
  for (const e of timeline.events) {
    const f = parseIsoDate(e.from);
    if (f > filed && f <= lastPending) cuts.add(f);
    if ((e.kind === "exclusion" || e.kind === "suspension") && e.to) {
      const t = parseIsoDate(e.to) + 1;
      if (t > filed && t <= lastPending) cuts.add(t);
    }
  }
  const starts = [...cuts].sort((a, b) => a - b);
  let first: DayNumber | null = null;
  let last: DayNumber | null = null;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as DayNumber;
    const e = i + 1 < starts.length ? (starts[i + 1] as DayNumber) - 1 : lastPending;
    const atStart = computeTimeLimit({ ...timeline, closedOn: null }, formatIsoDate(s), settings, identity);
    if (atStart.deadline === null) continue;
    const deadline = parseIsoDate(atStart.deadline);
    const open = atStart.excludedIntervals.some((iv) => iv.open);
    let from: DayNumber | null = null;
    if (open) {
      // The deadline moves with the day while an interval is open: overdue throughout or not at all.
      if (s > deadline) from = s;
    } else if (deadline + 1 <= e) from = Math.max(s, deadline + 1);
    if (from !== null) {
      if (first === null) first = from;
      last = e;
    }
  }
  if (first === null) return { from: null, to: null };
  return { from: first, to: closed === undefined && last === lastPending ? null : last };
}

/** The days on which a case filed on `filedDay` turns 6, 12, 18, 24 and 36 months old. */
const AGES = new Map<DayNumber, readonly DayNumber[]>();
function agesOf(filedDay: DayNumber): readonly DayNumber[] {
  let ages = AGES.get(filedDay);
  if (!ages) {
    ages = Object.freeze(LONG_PENDING_MONTHS.map((m) => addMonths(filedDay, m)));
    AGES.set(filedDay, ages);
  }
  return ages;
}

function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

/** Derives the facts row of one case as of a date. Pure. */
export function deriveFacts(
  c: CaseRecord,
  events: TimeLimitEvent[],
  asOf: string,
  rules: FactsRules = {},
): CaseFacts {
  const identity: CaseIdentity = { typeCode: c.typeCode, category: c.category };
  const timeline = caseTimeline(c, events);
  const clock = computeTimeLimit(timeline, asOf, rules.settings, identity);
  const filedDay = parseIsoDate(c.filedOn);
  const asOfDay = parseIsoDate(asOf);
  const closedDay = clock.closedOn ? parseIsoDate(clock.closedOn) : null;
  const ages = agesOf(filedDay);
  let longPendingMonths = 0;
  if (closedDay === null) {
    LONG_PENDING_MONTHS.forEach((m, i) => {
      if (asOfDay >= (ages[i] as number)) longPendingMonths = m;
    });
  }
  const span = overdueSpan(timeline, asOf, rules.settings, identity, clock);
  const firstInstance = FIRST_INSTANCE.has(c.typeCode);
  const closedNow = closedDay !== null;
  return {
    asOf,
    rulesVersion: rulesVersionOf(rules),
    courtCode: c.courtCode,
    division: c.division,
    judge: c.judge,
    category: c.category,
    instance: c.instance,
    typeCode: c.typeCode,
    procedure: clock.procedure,
    procedureInferred: clock.procedureInferred,
    cause: c.cause,
    filedOn: c.filedOn,
    filedDay,
    filedMonth: monthOf(c.filedOn),
    closedOn: clock.closedOn,
    closedDay,
    closedMonth: clock.closedOn ? monthOf(clock.closedOn) : null,
    closureMode: closedNow ? c.closureMode : null,
    durationDays: closedDay !== null ? closedDay - filedDay : null,
    limitRule: clock.rule.key,
    hasLimit: clock.deadline !== null,
    deadline: clock.deadline,
    deadlineDay: clock.deadline ? parseIsoDate(clock.deadline) : null,
    status: clock.status,
    daysLeft: clock.daysLeft ?? null,
    provisional: clock.provisional,
    excludedDays: clock.excludedDays,
    openIntervals: clock.excludedIntervals.filter((iv) => iv.open).length,
    extensionCount: clock.extensions.count,
    extensionMonths: clock.extensions.months,
    extensionDays: clock.extensions.days,
    conversionCount: clock.conversions.length,
    naturalDays: clock.naturalDays,
    baseEndDay: baseLimitEnd(filedDay, clock, c.category, rules.settings),
    usedDays: clock.usedDays,
    periodDays: clock.periodDays,
    overdueFromDay: span.from,
    overdueToDay: span.to,
    age6mDay: ages[0] as number,
    age12mDay: ages[1] as number,
    age18mDay: ages[2] as number,
    age24mDay: ages[3] as number,
    age36mDay: ages[4] as number,
    longPendingMonths,
    firstInstance,
    appealed: c.appealed === true,
    appealOutcome: c.appealOutcome,
    reversed: c.appealOutcome === "改判",
    remanded: c.appealOutcome === "发回重审",
    enterprise: c.enterprise === true,
    enforcementApplied: c.enforcementApplied,
    amountFen: c.amountFen,
    recoveredAmountFen: c.recoveredAmountFen,
    archived: c.archivedOn !== null,
    clock,
  };
}
