/**
 * The context every stage receives explicitly: the one random stream all cases draw from, the
 * calendar, the court, the window and as-of days, the draw tables, and the small rolling state
 * that links cases (案号 sequences, refilings and enforcement applications due later, the deadline
 * memo). Built once per run from the plan.
 */
import { type DayNumber, tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { type LegalCalendar, legalCalendar } from "../domain/calendar/legal-calendar.js";
import type { CivilCause } from "./catalog.js";
import type { DemoCourt, DemoDivision } from "./court.js";
import { DateHeap } from "./date-heap.js";
import type { Party } from "./draft.js";
import { createRng, type Rng } from "./rng.js";
import { buildTables, type DemoTables } from "./tables.js";
import type { DemoPlan } from "./types.js";

/** A withdrawn 民初 to be filed again (co:refile). */
export interface RefileEntry {
  date: DayNumber;
  cause: CivilCause;
  plaintiffs: Party[];
  defendants: Party[];
  amountFen: number | null;
  division: DemoDivision;
}

/** An application to enforce a generated 民初 judgment or mediation (from-judgment). */
export interface EnforcementEntry {
  date: DayNumber;
  cause: string;
  plaintiffs: Party[];
  defendants: Party[];
  amountFen: number;
  /** The judgment's 案号 (the enforcement case's 原审案号). */
  origin: string;
}

export interface DemoContext {
  /** Stream 0 of the seed: every draw of every case, in case order. */
  readonly rng: Rng;
  readonly cal: LegalCalendar;
  readonly court: DemoCourt;
  readonly asOf: DayNumber;
  readonly windowStart: DayNumber;
  readonly windowEnd: DayNumber;
  readonly fromYear: number;
  readonly tables: DemoTables;
  /** The last 案号 sequence per `${typeCode}|${year}`. */
  readonly sequences: Map<string, number>;
  /** Withdrawn 民初 cases due to be refiled, by refiling day. */
  readonly refiles: DateHeap<RefileEntry>;
  /** Enforcement applications on generated judgments, by application day. */
  readonly applications: DateHeap<EnforcementEntry>;
  /** Deadlines of event-free cases by `${typeCode}|${procedure}|${filed}` (see deadline.ts). */
  readonly deadlineMemo: Map<string, number | null>;
  /** Stream 19 of the seed: 繁简分流's touches (triage.ts), apart so the other draws stay as they were. */
  readonly triageRng: Rng;
}

export function createContext(plan: DemoPlan): DemoContext {
  return {
    rng: createRng(plan.seed, 0),
    cal: legalCalendar(),
    court: plan.court,
    asOf: tryParseIsoDate(plan.asOf)!,
    windowStart: tryParseIsoDate(plan.firstFilingDay)!,
    windowEnd: tryParseIsoDate(plan.lastFilingDay)!,
    fromYear: plan.fromYear,
    tables: buildTables(),
    sequences: new Map(),
    refiles: new DateHeap<RefileEntry>(),
    applications: new DateHeap<EnforcementEntry>(),
    deadlineMemo: new Map(),
    triageRng: createRng(plan.seed, 19),
  };
}
