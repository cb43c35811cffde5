/** One row of any case list (c = cases, f = case_facts): drill-down lists, case search, exports. */

export interface CaseListRow {
  id: number;
  caseNumber: string;
  division: string;
  judge: string;
  typeCode: string;
  cause: string | null;
  procedure: string;
  filedOn: string;
  closedOn: string | null;
  closureMode: string | null;
  deadline: string | null;
  status: string;
  daysLeft: number | null;
  durationDays: number | null;
  naturalDays: number;
  extensionCount: number;
  excludedDays: number;
  appealOutcome: string | null;
}

/** The select list of a case list row. */
export const CASE_ROW_COLUMNS = `c.id AS id, c.case_number AS case_number, f.division AS division, f.judge AS judge,
  f.type_code AS type_code, f.cause AS cause, f.procedure AS procedure, f.filed_on AS filed_on,
  f.closed_on AS closed_on, f.closure_mode AS closure_mode, f.deadline AS deadline, f.status AS status,
  f.days_left AS days_left, f.duration_days AS duration_days, f.natural_days AS natural_days,
  f.extension_count AS extension_count, f.excluded_days AS excluded_days, f.appeal_outcome AS appeal_outcome`;

const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const textOrNull = (v: unknown): string | null => (v as string | null | undefined) ?? null;

/** A row selected with CASE_ROW_COLUMNS. */
export function caseListRowOf(r: Record<string, unknown>): CaseListRow {
  return {
    id: Number(r.id),
    caseNumber: String(r.case_number),
    division: String(r.division),
    judge: String(r.judge),
    typeCode: String(r.type_code),
    cause: textOrNull(r.cause),
    procedure: String(r.procedure),
    filedOn: String(r.filed_on),
    closedOn: textOrNull(r.closed_on),
    closureMode: textOrNull(r.closure_mode),
    deadline: textOrNull(r.deadline),
    status: String(r.status),
    daysLeft: numOrNull(r.days_left),
    durationDays: numOrNull(r.duration_days),
    naturalDays: Number(r.natural_days),
    extensionCount: Number(r.extension_count),
    excludedDays: Number(r.excluded_days),
    appealOutcome: textOrNull(r.appeal_outcome),
  };
}
