/**
 * The columns of `case_facts` and the values of a CaseFacts in their order; which columns are case
 * attributes copied as stored, and which are derived per case.
 */
import type { CaseFacts } from "../../domain/case/derive-facts.js";
import { b } from "../cases/mapper.js";

export const FACT_COLUMNS = [
  "case_id",
  "court_code",
  "division",
  "judge",
  "category",
  "instance",
  "type_code",
  "procedure",
  "cause",
  "filed_on",
  "filed_day",
  "closed_on",
  "closed_day",
  "closure_mode",
  "duration_days",
  "has_limit",
  "deadline",
  "deadline_day",
  "status",
  "days_left",
  "provisional",
  "excluded_days",
  "extension_count",
  "extension_months",
  "conversion_count",
  "natural_days",
  "base_end_day",
  "used_days",
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
    f.courtCode,
    f.division,
    f.judge,
    f.category,
    f.instance,
    f.typeCode,
    f.procedure,
    f.cause,
    f.filedOn,
    f.filedDay,
    f.closedOn,
    f.closedDay,
    f.closureMode,
    f.durationDays,
    f.hasLimit ? 1 : 0,
    f.deadline,
    f.deadlineDay,
    f.status,
    f.daysLeft,
    f.provisional ? 1 : 0,
    f.excludedDays,
    f.extensionCount,
    f.extensionMonths,
    f.conversionCount,
    f.naturalDays,
    f.baseEndDay,
    f.usedDays,
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

/**
 * Facts columns that hold a case attribute exactly as stored, under the same name: deriveFacts
 * copies them (test/integration/facts/facts-from-cases.test.ts and refresh-parallel.test.ts compare the
 * rows with those written by binding every column). The parallel full refresh on SQLite lets
 * SQLite copy them from `cases` as it inserts each row (factsFromCasesWriter) rather than reading
 * them in a worker, passing them between threads and binding them again: most of them are text,
 * which is what costs there.
 */
export const FACT_COPIED_COLUMNS = [
  "court_code",
  "division",
  "judge",
  "category",
  "instance",
  "type_code",
  "cause",
  "filed_on",
  "amount_fen",
  "recovered_amount_fen",
  "appeal_outcome",
  "enforcement_applied",
] as const;
const COPIED = new Set<string>(FACT_COPIED_COLUMNS);

/** The other facts columns, with case_id last: the values derived per case (derivedFactValues). */
export const FACT_DERIVED_COLUMNS: readonly string[] = [
  ...FACT_COLUMNS.filter((c) => c !== "case_id" && !COPIED.has(c)),
  "case_id",
];
const DERIVED_AT = FACT_DERIVED_COLUMNS.map((c) => FACT_COLUMNS.indexOf(c as (typeof FACT_COLUMNS)[number]));

/** The values of FACT_DERIVED_COLUMNS for a case's facts, in that order. */
export function derivedFactValues(caseId: number, f: CaseFacts): unknown[] {
  const all = factValues(caseId, f);
  const out = new Array(DERIVED_AT.length);
  for (let i = 0; i < DERIVED_AT.length; i++) out[i] = all[DERIVED_AT[i] as number];
  return out;
}
