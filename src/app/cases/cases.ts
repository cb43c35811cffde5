/**
 * Reading cases: one case with its events, its 审限 clock as of today and its alerts (the case
 * page), and searching cases within the actor's scope.
 */
import { audit } from "../../db/audit/append-audit.js";
import { caseFromRow } from "../../db/cases/case-store.js";
import type { Db } from "../../db/connect.js";
import {
  compileFilters,
  type Filter,
  POSTGRES_PLACEHOLDER,
  SQLITE_PLACEHOLDER,
} from "../../db/indicators/compile.js";
import { readRowsQ } from "../../db/read.js";
import { CATEGORY_NAMES } from "../../domain/case/category.js";
import { caseTimeline, type StoredEvent, toTimelineEvents } from "../../domain/case/derive-facts.js";
import { lookupCourt, lookupTypeCode } from "../../domain/case-number/index.js";
import { formatYuan } from "../../domain/import/values.js";
import { computeTimeLimit, explainTimeLimit, type TimeLimitResult } from "../../domain/time-limit/index.js";
import { CASE_ROW_COLUMNS, caseRowOf, type DrillRow } from "../indicators/drill-down.js";
import { type Actor, assertCan, PermissionError } from "../shared/actor.js";
import { inScope, scopeFilters } from "../shared/scope.js";
import { todayInChina } from "../shared/today.js";

export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

export interface CaseDetail {
  id: number;
  caseNumber: string;
  courtCode: string;
  courtName: string | null;
  typeCode: string;
  typeName: string | null;
  category: string;
  categoryName: string;
  cause: string | null;
  filedOn: string;
  procedure: string | null;
  division: string;
  judge: string;
  closedOn: string | null;
  closureMode: string | null;
  amount: string | null;
  plaintiffs: string | null;
  defendants: string | null;
  enterprise: boolean | null;
  appealed: boolean | null;
  appealOutcome: string | null;
  appealClosedOn: string | null;
  enforcementApplied: boolean | null;
  recoveredAmount: string | null;
  archivedOn: string | null;
}

/** A stored event as the case page shows it: who recorded it, and when. */
export interface EventRow extends StoredEvent {
  recordedAt: string;
  recordedBy: string | null;
}

export interface CasePage {
  case: CaseDetail;
  events: EventRow[];
  clock: TimeLimitResult;
  explanation: string[];
}

async function recordForbidden(handle: Db, actor: Actor, what: string): Promise<void> {
  await audit(handle.db, {
    user: actor.username,
    action: "forbidden",
    entity: "cases",
    entityId: what,
    detail: { role: actor.role },
  });
}

export async function getCase(
  actor: Actor,
  handle: Db,
  id: number,
  asOf = todayInChina(),
): Promise<CasePage> {
  assertCan(actor, "view-cases");
  const row = await handle.db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError(`案件 ${id} 不存在`);
  if (!inScope(actor, row)) {
    await recordForbidden(handle, actor, row.case_number);
    throw new PermissionError(actor, "scope", "无权查看该案件：不在您的数据范围内");
  }
  const events = await handle.db
    .selectFrom("case_events")
    .selectAll()
    .where("case_id", "=", id)
    .orderBy("id")
    .execute();
  const record = caseFromRow(row);
  const stored = events.map((e) => ({
    id: e.id,
    kind: e.kind,
    reason: e.reason,
    from: e.from_on,
    to: e.to_on,
    lengthMonths: e.length_months,
    lengthDays: e.length_days,
    newProcedure: e.new_procedure,
    approvedBy: e.approved_by,
    note: e.note,
  }));
  const clock = computeTimeLimit(caseTimeline(record, toTimelineEvents(stored)), asOf, undefined, {
    typeCode: record.typeCode,
    category: record.category,
  });
  return {
    case: {
      id: row.id,
      caseNumber: row.case_number,
      courtCode: row.court_code,
      courtName: lookupCourt(row.court_code)?.name ?? null,
      typeCode: row.type_code,
      typeName: lookupTypeCode(row.type_code)?.name ?? null,
      category: row.category,
      categoryName: CATEGORY_NAMES[record.category] ?? row.category,
      cause: row.cause,
      filedOn: row.filed_on,
      procedure: row.procedure,
      division: row.division,
      judge: row.judge,
      closedOn: row.closed_on,
      closureMode: row.closure_mode,
      amount: row.amount_fen === null ? null : formatYuan(row.amount_fen),
      plaintiffs: row.plaintiffs,
      defendants: row.defendants,
      enterprise: record.enterprise,
      appealed: record.appealed,
      appealOutcome: row.appeal_outcome,
      appealClosedOn: row.appeal_closed_on,
      enforcementApplied: record.enforcementApplied,
      recoveredAmount: row.recovered_amount_fen === null ? null : formatYuan(row.recovered_amount_fen),
      archivedOn: row.archived_on,
    },
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      reason: e.reason,
      from: e.from_on,
      to: e.to_on,
      lengthMonths: e.length_months,
      lengthDays: e.length_days,
      newProcedure: e.new_procedure,
      approvedBy: e.approved_by,
      note: e.note,
      recordedAt: e.recorded_at,
      recordedBy: e.recorded_by,
    })),
    clock,
    explanation: explainTimeLimit(clock),
  };
}

export const CASE_SORT = {
  case_number: "c.case_number",
  filed_on: "f.filed_day",
  closed_on: "f.closed_day",
  deadline: "f.deadline_day",
  days_left: "f.days_left",
  natural_days: "f.natural_days",
  division: "f.division",
  judge: "f.judge",
} as const;

export interface CaseListQuery {
  q?: string;
  filters?: Filter[];
  status?: string;
  page?: number;
  pageSize?: number;
  sort?: keyof typeof CASE_SORT;
  order?: "asc" | "desc";
}

export async function listCases(
  actor: Actor,
  handle: Db,
  query: CaseListQuery,
): Promise<{ total: number; page: number; pageSize: number; rows: DrillRow[] }> {
  assertCan(actor, "view-cases");
  const placeholder = handle.dialect === "postgres" ? POSTGRES_PLACEHOLDER : SQLITE_PLACEHOLDER;
  const params: unknown[] = [];
  let where = compileFilters([...scopeFilters(actor), ...(query.filters ?? [])], placeholder, params);
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    params.push(like, like, like);
    const n = params.length;
    where += ` AND (c.case_number LIKE ${placeholder(n - 2)} ESCAPE '\\' OR c.plaintiffs LIKE ${placeholder(n - 1)} ESCAPE '\\' OR c.defendants LIKE ${placeholder(n)} ESCAPE '\\')`;
  }
  if (query.status) {
    params.push(query.status);
    where += ` AND f.status = ${placeholder(params.length)}`;
  }
  const from = `FROM case_facts f JOIN cases c ON c.id = f.case_id WHERE ${where}`;
  const count = await readRowsQ<{ n: number }>(handle, `SELECT COUNT(*) AS n ${from}`, params);
  const total = Number(count.rows[0]?.n ?? 0);
  const pageSize = Math.min(Math.max(query.pageSize ?? 50, 1), 1000);
  const page = Math.max(query.page ?? 1, 1);
  const sort = CASE_SORT[query.sort ?? "filed_on"] ?? CASE_SORT.filed_on;
  const order = query.order === "asc" ? "ASC" : "DESC";
  const list = await readRowsQ<Record<string, unknown>>(
    handle,
    `SELECT ${CASE_ROW_COLUMNS}
${from} ORDER BY ${sort} ${order}, c.id ${order} LIMIT ${placeholder(params.length + 1)} OFFSET ${placeholder(params.length + 2)}`,
    [...params, pageSize, (page - 1) * pageSize],
  );
  return {
    total,
    page,
    pageSize,
    rows: list.rows.map(caseRowOf),
  };
}
