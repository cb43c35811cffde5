/**
 * Rows of `cases` and `case_events` as the domain's CaseRecord: the attribute columns in the order
 * the importer writes them, and the conversions both ways.
 */
import type { CaseRecord } from "../../domain/case/case.js";
import type { CaseCategory, Instance } from "../../domain/case/category.js";
import type { StoredEvent } from "../../domain/case/derive-facts.js";
import type { Procedure } from "../../domain/case/procedure.js";
import type { CaseEventRowDb, CaseRowDb } from "../schema.js";

export const b = (v: boolean | null): number | null => (v === null ? null : v ? 1 : 0);
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
  "origin_case_number",
  "effective_on",
  "foreign_related",
  "counterclaim",
  "small_claims_consent",
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
    c.originCaseNumber,
    c.effectiveOn,
    b(c.foreignRelated),
    b(c.counterclaim),
    b(c.smallClaimsConsent),
  ];
}

/** The inverse of caseAttributeValues (with the case number beside the values). */
export function caseFromAttributeValues(caseNumber: string, values: readonly unknown[]): CaseRecord {
  const row: Record<string, unknown> = { case_number: caseNumber };
  for (let i = 0; i < CASE_ATTRIBUTE_COLUMNS.length; i++)
    row[CASE_ATTRIBUTE_COLUMNS[i] as string] = values[i];
  return caseFromRow(row as unknown as CaseRowDb);
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
    originCaseNumber: r.origin_case_number,
    effectiveOn: r.effective_on,
    foreignRelated: nb(r.foreign_related),
    counterclaim: nb(r.counterclaim),
    smallClaimsConsent: nb(r.small_claims_consent),
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
  "prior_division",
  "new_division",
  "event_key",
  "recorded_at",
  "recorded_by",
  "import_id",
] as const;

/** A `case_events` row as the domain's StoredEvent. */
export function eventFromRow(e: CaseEventRowDb): StoredEvent {
  return {
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
    ...(e.kind === "divisionChange" ? { priorDivision: e.prior_division, newDivision: e.new_division } : {}),
  };
}
