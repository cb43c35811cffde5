/**
 * Reading and writing cases, their events and their facts. Rows map to the domain's CaseRecord,
 * StoredEvent and CaseFacts; the bulk paths compile each statement once (./bulk.ts).
 */
import type { Kysely } from "kysely";
import type { CaseRecord } from "../domain/case/case.js";
import type { CaseCategory, Instance } from "../domain/case/category.js";
import type { CaseFacts, StoredEvent } from "../domain/case/derive-facts.js";
import type { Procedure } from "../domain/case/procedure.js";
import { BulkInserter } from "./bulk.js";
import type { CaseRowDb, Database } from "./schema.js";

const b = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
const nb = (v: number | null): boolean | null => (v === null ? null : v !== 0);

/** Attribute columns of `cases` in the order CASE_VALUES writes them. */
export const CASE_ATTRIBUTE_COLUMNS = [
  "court_code",
  "year",
  "type_code",
  "category",
  "instance",
  "cause",
  "procedure",
  "division",
  "judge",
  "filed_on",
  "closed_on",
  "closure_mode",
  "amount_fen",
  "plaintiffs",
  "defendants",
  "enterprise",
  "appealed",
  "appeal_outcome",
  "appeal_closed_on",
  "enforcement_applied",
  "recovered_amount_fen",
  "archived_on",
] as const;

export function caseAttributeValues(c: CaseRecord): unknown[] {
  return [
    c.courtCode,
    c.year,
    c.typeCode,
    c.category,
    c.instance,
    c.cause,
    c.procedure,
    c.division,
    c.judge,
    c.filedOn,
    c.closedOn,
    c.closureMode,
    c.amountFen,
    c.plaintiffs,
    c.defendants,
    b(c.enterprise),
    b(c.appealed),
    c.appealOutcome,
    c.appealClosedOn,
    b(c.enforcementApplied),
    c.recoveredAmountFen,
    c.archivedOn,
  ];
}

export function caseFromRow(r: CaseRowDb): CaseRecord {
  return {
    caseNumber: r.case_number,
    courtCode: r.court_code,
    year: r.year,
    typeCode: r.type_code,
    category: r.category as CaseCategory,
    instance: r.instance as Instance,
    cause: r.cause,
    procedure: r.procedure as Procedure | null,
    division: r.division,
    judge: r.judge,
    filedOn: r.filed_on,
    closedOn: r.closed_on,
    closureMode: r.closure_mode as CaseRecord["closureMode"],
    amountFen: r.amount_fen,
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
    enterprise: nb(r.enterprise),
    appealed: nb(r.appealed),
    appealOutcome: r.appeal_outcome as CaseRecord["appealOutcome"],
    appealClosedOn: r.appeal_closed_on,
    enforcementApplied: nb(r.enforcement_applied),
    recoveredAmountFen: r.recovered_amount_fen,
    archivedOn: r.archived_on,
  };
}

/** Which attributes differ between the stored and the incoming case (for updates and the audit log). */
export function changedAttributes(stored: CaseRecord, incoming: CaseRecord): string[] {
  const a = caseAttributeValues(stored);
  const c = caseAttributeValues(incoming);
  const out: string[] = [];
  CASE_ATTRIBUTE_COLUMNS.forEach((col, i) => {
    if ((a[i] ?? null) !== (c[i] ?? null)) out.push(col);
  });
  return out;
}

export const FACT_COLUMNS = [
  "case_id",
  "as_of",
  "rules_version",
  "court_code",
  "division",
  "judge",
  "category",
  "instance",
  "type_code",
  "procedure",
  "procedure_inferred",
  "cause",
  "filed_on",
  "filed_day",
  "filed_month",
  "closed_on",
  "closed_day",
  "closed_month",
  "closure_mode",
  "duration_days",
  "limit_rule",
  "has_limit",
  "deadline",
  "deadline_day",
  "status",
  "days_left",
  "provisional",
  "excluded_days",
  "open_intervals",
  "extension_count",
  "extension_months",
  "extension_days",
  "conversion_count",
  "natural_days",
  "used_days",
  "period_days",
  "overdue_from_day",
  "overdue_to_day",
  "age_6m_day",
  "age_12m_day",
  "age_18m_day",
  "age_24m_day",
  "age_36m_day",
  "long_pending_months",
  "first_instance",
  "appealed",
  "appeal_outcome",
  "reversed",
  "remanded",
  "enterprise",
  "enforcement_applied",
  "amount_fen",
  "recovered_amount_fen",
  "archived",
] as const;

export function factValues(caseId: number, f: CaseFacts): unknown[] {
  return [
    caseId,
    f.asOf,
    f.rulesVersion,
    f.courtCode,
    f.division,
    f.judge,
    f.category,
    f.instance,
    f.typeCode,
    f.procedure,
    f.procedureInferred ? 1 : 0,
    f.cause,
    f.filedOn,
    f.filedDay,
    f.filedMonth,
    f.closedOn,
    f.closedDay,
    f.closedMonth,
    f.closureMode,
    f.durationDays,
    f.limitRule,
    f.hasLimit ? 1 : 0,
    f.deadline,
    f.deadlineDay,
    f.status,
    f.daysLeft,
    f.provisional ? 1 : 0,
    f.excludedDays,
    f.openIntervals,
    f.extensionCount,
    f.extensionMonths,
    f.extensionDays,
    f.conversionCount,
    f.naturalDays,
    f.usedDays,
    f.periodDays,
    f.overdueFromDay,
    f.overdueToDay,
    f.age6mDay,
    f.age12mDay,
    f.age18mDay,
    f.age24mDay,
    f.age36mDay,
    f.longPendingMonths,
    f.firstInstance ? 1 : 0,
    f.appealed ? 1 : 0,
    f.appealOutcome,
    f.reversed ? 1 : 0,
    f.remanded ? 1 : 0,
    f.enterprise ? 1 : 0,
    b(f.enforcementApplied),
    f.amountFen,
    f.recoveredAmountFen,
    f.archived ? 1 : 0,
  ];
}

export const EVENT_COLUMNS_DB = [
  "case_id",
  "kind",
  "reason",
  "from_on",
  "to_on",
  "length_months",
  "length_days",
  "new_procedure",
  "approved_by",
  "note",
  "event_key",
  "recorded_at",
  "recorded_by",
  "import_id",
] as const;

export interface CaseWithEvents {
  id: number;
  record: CaseRecord;
  events: StoredEvent[];
}

/**
 * Reads cases with their events in id order, a page at a time (keyset pagination, bounded memory,
 * the same SQL on both databases). `ids` restricts to those cases (sorted ascending).
 */
export async function* readCasesWithEvents(
  db: Kysely<Database>,
  options: { pageSize?: number; ids?: readonly number[] } = {},
): AsyncGenerator<CaseWithEvents[]> {
  const pageSize = options.pageSize ?? 5000;
  const ids = options.ids;
  let after = 0;
  let idx = 0;
  for (;;) {
    let rows: CaseRowDb[];
    if (ids) {
      if (idx >= ids.length) return;
      const slice = ids.slice(idx, idx + Math.min(pageSize, 1000));
      idx += slice.length;
      rows = await db.selectFrom("cases").selectAll().where("id", "in", slice).orderBy("id").execute();
    } else {
      rows = await db
        .selectFrom("cases")
        .selectAll()
        .where("id", ">", after)
        .orderBy("id")
        .limit(pageSize)
        .execute();
      if (rows.length === 0) return;
      after = (rows[rows.length - 1] as CaseRowDb).id;
    }
    if (rows.length === 0) continue;
    const lo = (rows[0] as CaseRowDb).id;
    const hi = (rows[rows.length - 1] as CaseRowDb).id;
    const evs = await db
      .selectFrom("case_events")
      .select([
        "id",
        "case_id",
        "kind",
        "reason",
        "from_on",
        "to_on",
        "length_months",
        "length_days",
        "new_procedure",
        "approved_by",
        "note",
      ])
      .where("case_id", ">=", lo)
      .where("case_id", "<=", hi)
      .orderBy("case_id")
      .orderBy("id")
      .execute();
    const byCase = new Map<number, StoredEvent[]>();
    for (const e of evs) {
      let list = byCase.get(e.case_id);
      if (!list) {
        list = [];
        byCase.set(e.case_id, list);
      }
      list.push({
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
      });
    }
    yield rows.map((r) => ({ id: r.id, record: caseFromRow(r), events: byCase.get(r.id) ?? [] }));
  }
}

export function factsInserter(db: Kysely<Database>): BulkInserter<"case_facts"> {
  return new BulkInserter(db, "case_facts", FACT_COLUMNS, { upsertOn: ["case_id"], batchSize: 400 });
}
