/**
 * The 判后 tasks as the application serves them (docs/aftercare.md): the reader's scope and
 * filters as a query, the rows with what was recorded, the effective day (recorded or estimated
 * on the legal calendar) and whether the reader may record on them now.
 */
import {
  type ContactRow,
  type ExplanationTaskRow,
  type PerformanceTaskRow,
  readContacts,
  readExplanationTasks,
  readPerformanceCandidates,
  type TaskFilter,
} from "../../db/aftercare/read-tasks.js";
import type { Db } from "../../db/connect.js";
import {
  AFTERCARE_DEFAULTS,
  effectiveDate,
  moneyCauseNames,
  type PerformanceOutcome,
} from "../../domain/aftercare/index.js";
import { type Actor, authorize, dataScope } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { InvalidInputError } from "../shared/errors.js";

export const SETTINGS = AFTERCARE_DEFAULTS;
let moneyNames: string[] | undefined;
export function moneyCauses(): string[] {
  moneyNames ??= moneyCauseNames(SETTINGS.moneyCauses);
  return moneyNames;
}

export interface AftercareQuery {
  from?: string;
  to?: string;
  division?: string;
  judge?: string;
  caseNumber?: string;
  state?: "pending" | "done" | "enforced";
  page?: number;
  pageSize?: number;
}

/** The reader's scope and filters as one filter; null when they exclude each other (nothing to show). */
export function taskFilter(actor: Actor, q: AftercareQuery, types: readonly string[]): TaskFilter | null {
  for (const [field, v] of [
    ["from", q.from],
    ["to", q.to],
  ] as const)
    if (v !== undefined && tryParseIsoDate(v) === undefined)
      throw new InvalidInputError(
        field,
        `${field === "from" ? "起始日期" : "截止日期"}“${v}”不是有效日期`,
        v,
      );
  if (q.from && q.to && q.from > q.to)
    throw new InvalidInputError("to", `截止日期 ${q.to} 早于起始日期 ${q.from}`, q.to);
  const f: TaskFilter = { types, from: q.from, to: q.to, caseNumber: q.caseNumber?.trim() || undefined };
  const s = dataScope(actor);
  if (s.courts) f.courts = s.courts;
  if (s.kind === "division" || s.kind === "judge") {
    if (q.division && q.division !== s.division) return null;
    f.division = s.division;
  } else if (q.division) f.division = q.division;
  if (s.kind === "judge") {
    if (q.judge && q.judge !== s.judge) return null;
    f.judge = s.judge;
  } else if (q.judge) f.judge = q.judge;
  return f;
}

export interface ExplanationRecordView {
  explainedOn: string;
  way: string;
  riskPoints: string[];
  riskNote: string;
  guidance: string;
  recordedBy: string;
  recordedAt: string;
}

export interface ExplanationTask {
  caseId: number;
  caseNumber: string;
  typeCode: string;
  cause: string | null;
  division: string;
  judge: string;
  closedOn: string;
  appealed: boolean;
  state: "pending" | "done";
  explanation: ExplanationRecordView | null;
  canRecord: boolean;
}

export function explanationTask(actor: Actor, r: ExplanationTaskRow): ExplanationTask {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    typeCode: r.type_code,
    cause: r.cause,
    division: r.division,
    judge: r.judge,
    closedOn: r.closed_on,
    appealed: r.appealed === 1,
    state: r.explained_on ? "done" : "pending",
    explanation: r.explained_on
      ? {
          explainedOn: r.explained_on,
          way: r.way ?? "",
          riskPoints: JSON.parse(r.risk_points_json ?? "[]") as string[],
          riskNote: r.risk_note ?? "",
          guidance: r.guidance ?? "",
          recordedBy: r.recorded_by ?? "",
          recordedAt: r.recorded_at ?? "",
        }
      : null,
    canRecord: authorize(actor, "record-aftercare", {
      courtCode: r.court_code,
      division: r.division,
      judge: r.judge,
      closedByEnforcement: false,
    }).allowed,
  };
}

export async function explanationTasks(
  actor: Actor,
  handle: Db,
  q: AftercareQuery,
  paging: { limit: number; offset: number } | null,
): Promise<{ rows: ExplanationTask[]; total: number }> {
  const f = taskFilter(actor, q, SETTINGS.explanationTypes);
  if (!f) return { rows: [], total: 0 };
  const state = q.state === "enforced" ? undefined : q.state;
  const r = await readExplanationTasks(handle, { ...f, state, ...(paging ?? {}) });
  return { rows: r.rows.map((x) => explanationTask(actor, x)), total: r.total };
}

export const PERFORMANCE_STATE_LABELS = {
  pending: "待督促",
  done: "已登记结果",
  enforced: "已进入执行（自动结束）",
} as const;

export interface PerformanceTask {
  caseId: number;
  caseNumber: string;
  cause: string | null;
  division: string;
  judge: string;
  closureMode: string;
  closedOn: string;
  amountYuan: number;
  effectiveOn: string;
  effectEstimated: boolean;
  effectBasis: string;
  state: "pending" | "done" | "enforced";
  stateLabel: string;
  /** The 执 case naming this case as origin (the task closed as 未履行 automatically). */
  enforcementCase: string | null;
  /** The outcome in force: the 执 case's 未履行 overrides a recorded one. */
  outcome: PerformanceOutcome | null;
  recorded: {
    outcome: PerformanceOutcome;
    decidedOn: string;
    dueYuan: number | null;
    performedYuan: number | null;
    note: string;
    recordedBy: string;
  } | null;
  contacts: number;
  lastContactOn: string | null;
  canRecord: boolean;
}

const yuan = (fen: number | null) => (fen === null ? null : fen / 100);

/** A candidate as a task, or null when it has not taken effect by `today` (no task yet). */
export function performanceTask(actor: Actor, r: PerformanceTaskRow, today: string): PerformanceTask | null {
  const effect = effectiveDate(
    {
      closureMode: r.closure_mode,
      closedOn: r.closed_on,
      procedure: r.procedure,
      effectiveOn: r.effective_on,
      appealed: r.appealed === 1,
      appealOutcome: r.appeal_outcome,
      appealClosedOn: r.appeal_closed_on,
    },
    SETTINGS.serviceDays,
  );
  if (effect.on === null || effect.on > today) return null;
  const recordedOutcome = (r.outcome as PerformanceOutcome | null) ?? null;
  const state = r.enforcement_case ? "enforced" : recordedOutcome ? "done" : "pending";
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    cause: r.cause,
    division: r.division,
    judge: r.judge,
    closureMode: r.closure_mode,
    closedOn: r.closed_on,
    amountYuan: r.amount_fen / 100,
    effectiveOn: effect.on,
    effectEstimated: effect.estimated,
    effectBasis: effect.basis,
    state,
    stateLabel: PERFORMANCE_STATE_LABELS[state],
    enforcementCase: r.enforcement_case,
    outcome: r.enforcement_case ? "未履行" : recordedOutcome,
    recorded: recordedOutcome
      ? {
          outcome: recordedOutcome,
          decidedOn: r.decided_on ?? "",
          dueYuan: yuan(r.due_fen),
          performedYuan: yuan(r.performed_fen),
          note: r.outcome_note ?? "",
          recordedBy: r.outcome_by ?? "",
        }
      : null,
    contacts: r.contacts,
    lastContactOn: r.last_contact_on,
    canRecord: authorize(actor, "record-aftercare", {
      courtCode: r.court_code,
      division: r.division,
      judge: r.judge,
      closedByEnforcement: r.enforcement_case !== null,
    }).allowed,
  };
}

/** Every 督促 task within the reader's scope and filters (effective by `today`), newest closing first. */
export async function performanceTasks(
  actor: Actor,
  handle: Db,
  q: AftercareQuery,
  today: string,
  extra: { caseId?: number } = {},
): Promise<PerformanceTask[]> {
  const f = taskFilter(actor, q, SETTINGS.performanceTypes);
  if (!f) return [];
  const rows = await readPerformanceCandidates(handle, { ...f, ...extra, causes: moneyCauses() });
  const out: PerformanceTask[] = [];
  for (const r of rows) {
    const t = performanceTask(actor, r, today);
    if (t && (!q.state || q.state === t.state)) out.push(t);
  }
  return out;
}

export interface ContactView {
  id: number;
  contactedOn: string;
  way: string;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export async function contactsOf(handle: Db, caseId: number): Promise<ContactView[]> {
  return (await readContacts(handle, [caseId])).map((c: ContactRow) => ({
    id: c.id,
    contactedOn: c.contacted_on,
    way: c.way,
    note: c.note,
    recordedBy: c.recorded_by,
    recordedAt: c.recorded_at,
  }));
}
