/** One case with its events and its 审限 clock as of today, explained in words (the case page). */
import { appendAudit } from "../../db/audit/append-audit.js";
import { caseEventRows, findCaseRow } from "../../db/cases/find-case.js";
import { caseFromRow, eventFromRow } from "../../db/cases/mapper.js";
import type { Db } from "../../db/connect.js";
import { type Actor, authorize } from "../../domain/auth/index.js";
import { CATEGORY_NAMES } from "../../domain/case/category.js";
import { caseTimeline, type StoredEvent, toTimelineEvents } from "../../domain/case/derive-facts.js";
import { lookupCourt, lookupTypeCode } from "../../domain/case-number/index.js";
import { formatYuan } from "../../domain/import/values.js";
import { computeTimeLimit, explainTimeLimit, type TimeLimitResult } from "../../domain/time-limit/index.js";
import { ForbiddenError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";

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
  originCaseNumber: string | null;
  effectiveOn: string | null;
  foreignRelated: boolean | null;
  counterclaim: boolean | null;
  smallClaimsConsent: boolean | null;
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
  await appendAudit(handle.db, {
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
  mustAuthorize(actor, "view-cases");
  const row = await findCaseRow(handle, id);
  if (!row) throw new NotFoundError(`案件 ${id} 不存在`);
  const decision = authorize(actor, "view-case", { ...row, courtCode: row.court_code });
  if (!decision.allowed) {
    await recordForbidden(handle, actor, row.case_number);
    throw new ForbiddenError(actor, "view-case", decision.reason);
  }
  const events = await caseEventRows(handle, id);
  const record = caseFromRow(row);
  const stored = events.map(eventFromRow);
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
      originCaseNumber: row.origin_case_number,
      effectiveOn: row.effective_on,
      foreignRelated: record.foreignRelated,
      counterclaim: record.counterclaim,
      smallClaimsConsent: record.smallClaimsConsent,
    },
    events: events.map((e, i) => ({
      ...(stored[i] as StoredEvent),
      recordedAt: e.recorded_at,
      recordedBy: e.recorded_by,
    })),
    clock,
    explanation: explainTimeLimit(clock),
  };
}
