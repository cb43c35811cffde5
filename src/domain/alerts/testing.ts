/**
 * Test support (used by the alert tests and the speed check; pure, no I/O): a CaseRecord with
 * sensible defaults, and a detectCaseAlerts input built with the real deriveFacts.
 */
import type { CaseRecord } from "../case/case.js";
import { deriveFacts } from "../case/derive-facts.js";
import { lookupTypeCode } from "../case-number/type-codes.js";
import type { TimeLimitSettings } from "../time-limit/settings.js";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import type { CaseAlertInput } from "./detect.js";

export interface RecordSpec extends Partial<CaseRecord> {
  /** Serial of the generated case number (default 1). */
  seq?: number;
}

/**
 * A clean record: 民初 普通程序 of 内0602 filed 2024-03-01, pending, judge and division set; the case
 * number, year, category and instance follow from the type code and filing date unless given.
 */
export function caseRecord(spec: RecordSpec = {}): CaseRecord {
  const { seq = 1, ...over } = spec;
  const typeCode = over.typeCode ?? "民初";
  const filedOn = over.filedOn ?? "2024-03-01";
  const year = over.year ?? Number(filedOn.slice(0, 4));
  const courtCode = over.courtCode ?? "内0602";
  const info = lookupTypeCode(typeCode);
  if (!info) throw new Error(`unknown type code ${typeCode}`);
  return {
    caseNumber: `（${year}）${courtCode}${typeCode}${seq}号`,
    courtCode,
    year,
    typeCode,
    category: info.category,
    instance: info.instance,
    cause: "民间借贷纠纷",
    procedure:
      info.defaultProcedure ??
      (typeCode === "民初" || typeCode === "刑初" || typeCode === "行初" ? "普通程序" : null),
    division: "民事审判第一庭",
    judge: "张三",
    filedOn,
    closedOn: null,
    closureMode: null,
    amountFen: null,
    plaintiffs: "王某",
    defendants: "李某",
    enterprise: null,
    appealed: null,
    appealOutcome: null,
    appealClosedOn: null,
    enforcementApplied: null,
    recoveredAmountFen: null,
    archivedOn: null,
    originCaseNumber: null,
    effectiveOn: null,
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
    ...over,
  };
}

/** The detectCaseAlerts input for a record and its events, with facts from the real deriveFacts. */
export function alertInput(
  record: CaseRecord,
  events: TimeLimitEvent[],
  asOf: string,
  timeLimitSettings?: Partial<TimeLimitSettings>,
): CaseAlertInput {
  return {
    record,
    events,
    facts: deriveFacts(record, events, asOf, { settings: timeLimitSettings }),
    timeLimitSettings,
  };
}
