/**
 * The 发改案件 register as the application serves it: the entries derived from the cases
 * (src/domain/reversals/register.ts) joined with their stored classifications, each row with the
 * actions its reader may take now; filtered to the reader's scope and a period.
 */
import type { Db } from "../../db/connect.js";
import { type Classification, readClassifications } from "../../db/reversals/classifications.js";
import { readRegisterRows } from "../../db/reversals/read-register-rows.js";
import { readMeetingEntries } from "../../db/review-meetings/review-meetings.js";
import {
  type Actor,
  dataScope,
  type ReversalAction,
  reversalActions,
  withinScope,
} from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/index.js";
import {
  CLASSIFICATION_STATE_NAMES,
  type ClassificationState,
  classificationState,
} from "../../domain/reversals/classification.js";
import { buildRegister, type Register, type ReversalEntry } from "../../domain/reversals/register.js";
import { reviewComplete } from "../../domain/reversals/review.js";
import { InvalidInputError } from "../shared/errors.js";

export interface ReversalObjection {
  text: string;
  by: string;
  at: string;
  decision: string | null;
  decider: string | null;
  reference: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  originalReason: string | null;
  originalResponsibility: string | null;
}

export interface ReversalRow extends ReversalEntry {
  state: ClassificationState;
  stateName: string;
  reason: string | null;
  responsibility: string | null;
  note: string | null;
  classifiedBy: string | null;
  classifiedAt: string | null;
  objection: ReversalObjection | null;
  /** The 评析会 that reviewed the entry, and whether it is 评析完毕 there. */
  reviews: { meetingId: number; complete: boolean }[];
  /** The classification's version (0 when unclassified), to send back with a change. */
  version: number;
  actions: ReversalAction[];
}

export function reversalRow(
  actor: Actor,
  e: ReversalEntry,
  c: Classification | undefined,
  reviews: { meetingId: number; complete: boolean }[] = [],
): ReversalRow {
  const state = classificationState(c ?? null);
  return {
    ...e,
    state,
    stateName: CLASSIFICATION_STATE_NAMES[state],
    reason: c?.reason ?? null,
    responsibility: c?.responsibility ?? null,
    note: c?.note ?? null,
    classifiedBy: c?.classifiedBy ?? null,
    classifiedAt: c?.classifiedAt ?? null,
    objection:
      c?.objectionText && c.objectionBy && c.objectionAt
        ? {
            text: c.objectionText,
            by: c.objectionBy,
            at: c.objectionAt,
            decision: c.objectionDecision,
            decider: c.objectionDecider,
            reference: c.objectionReference,
            decidedBy: c.objectionDecidedBy,
            decidedAt: c.objectionDecidedAt,
            originalReason: c.originalReason,
            originalResponsibility: c.originalResponsibility,
          }
        : null,
    reviews,
    version: c?.version ?? 0,
    actions: reversalActions(actor, {
      courtCode: e.courtCode ?? null,
      division: e.division,
      judge: e.judge,
      state,
      responsibility: c?.responsibility ?? null,
    }),
  };
}

/** The whole register of the court (no scope): entries and the unmatched appellate cases. */
export async function loadRegister(handle: Db): Promise<Register> {
  return buildRegister(await readRegisterRows(handle));
}

/** The reader's rows of the register, with their classifications. */
export async function registerRows(
  actor: Actor,
  handle: Db,
): Promise<{ rows: ReversalRow[]; register: Register }> {
  const register = await loadRegister(handle);
  const scope = dataScope(actor);
  const mine = register.entries.filter((e) => withinScope(scope, e));
  const classes = await readClassifications(
    handle,
    mine.map((e) => e.caseId),
  );
  const reviews = await reviewsOf(handle);
  return {
    rows: mine.map((e) => reversalRow(actor, e, classes.get(e.caseId), reviews.get(e.caseId))),
    register,
  };
}

/** Each case's 评析会 entries: the meeting and whether the entry is 评析完毕. */
export async function reviewsOf(
  handle: Db,
): Promise<Map<number, { meetingId: number; complete: boolean }[]>> {
  const out = new Map<number, { meetingId: number; complete: boolean }[]>();
  for (const e of await readMeetingEntries(handle)) {
    const list = out.get(e.caseId) ?? [];
    list.push({ meetingId: e.meetingId, complete: reviewComplete(e) });
    out.set(e.caseId, list);
  }
  return out;
}

/** A period's bounds checked: both `YYYY-MM-DD`, from ≤ to. */
export function checkPeriod(
  from: string | undefined,
  to: string | undefined,
): { from?: string; to?: string } {
  for (const [field, v] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (v === undefined) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || tryParseIsoDate(v) === undefined)
      throw InvalidInputError.of(field, v, "日期应为形如 2025-06-30 的有效日期");
  }
  if (from && to && from > to) throw InvalidInputError.of("from", from, `起始日期晚于截止日期 ${to}`);
  return { from, to };
}

/** Rows whose appellate result falls in the period (an open end is unbounded; undated rows only without a period). */
export function inPeriodRows<T extends { decidedOn: string | null }>(
  rows: readonly T[],
  from?: string,
  to?: string,
): T[] {
  if (!from && !to) return [...rows];
  return rows.filter(
    (r) => r.decidedOn !== null && (!from || r.decidedOn >= from) && (!to || r.decidedOn <= to),
  );
}
