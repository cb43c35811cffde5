/**
 * The shapes of the JSON API (docs/api.md). Dates are `YYYY-MM-DD` strings; shares are fractions.
 */

export type Permission =
  | "import"
  | "refresh"
  | "view-indicators"
  | "view-cases"
  | "view-alerts"
  | "acknowledge-alerts"
  | "manage-users"
  | "bulletins";

export type Role = "admin" | "office" | "president" | "chief" | "judge" | "clerk";

export interface User {
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  division: string | null;
  judgeName: string | null;
  isDemo: boolean;
  permissions: Permission[];
}

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  roleName: string;
  displayName: string;
  division: string | null;
  judgeName: string | null;
}

export type IndicatorUnit = "件" | "%" | "天" | "元";
export type IndicatorKind = "count" | "ratio" | "mean" | "median" | "p90" | "period-days";
export type Direction = "higher" | "lower" | "neutral";

export interface IndicatorInfo {
  id: string;
  name: string;
  group: string;
  dimension: string;
  unit: IndicatorUnit;
  kind: IndicatorKind;
  direction: Direction;
  reference?: { min?: number; max?: number; source: string };
  definition: string;
  scope: string;
  source: string;
  inSpcSet: boolean;
}

export interface Meta {
  court: { code: string; name: string };
  today: string;
  factsAsOf: string | null;
  dataRange: { firstFiled: string | null; lastFiled: string | null };
  divisions: { name: string; judges: string[] }[];
  catalogue: IndicatorInfo[];
  core: string[];
  /** The dashboard's default table and trend indicators (the server warms exactly these). */
  dashboard?: { tableIds: string[]; trendIds: string[] };
  catalogueVersion: string;
}

export type Grouping = "court" | "division" | "judge" | "category" | "type" | "procedure" | "month" | "all";

export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export type Assessment = "ok" | "weak" | "none";

export interface PanelFigure extends Figure {
  assessment: Assessment;
  yoy?: Figure;
  mom?: Figure;
}

export interface Period {
  from: string;
  to: string;
}

export interface IndicatorPanel {
  from: string;
  to: string;
  by: Grouping;
  catalogueVersion: string;
  indicators: string[];
  groups: { key: string; indicators: Record<string, PanelFigure> }[];
  comparedWith?: { yoy: Period; mom: Period };
}

export interface IndicatorQuery {
  from: string;
  to: string;
  by?: Grouping;
  ids?: string[];
  division?: string;
  judge?: string;
  category?: string;
  compare?: boolean;
}

export type DrillPart = "numerator" | "denominator";

export interface DrillQuery {
  indicator: string;
  part: DrillPart;
  from: string;
  to: string;
  by?: Grouping;
  group?: string;
  division?: string;
  judge?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  order?: "asc" | "desc";
}

export interface DrillRow {
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

export interface ListResult<T> {
  total: number;
  page: number;
  pageSize: number;
  rows: T[];
}

export interface DrillResult extends ListResult<DrillRow> {
  indicator: string;
  part: DrillPart;
}

export type AlertFamily = "time-limit" | "long-pending" | "concealed-overrun" | "data-quality";
export type AlertSeverity = "info" | "warning" | "serious" | "critical";
export type AlertState = "new" | "acknowledged" | "resolved";

export interface AlertRow {
  id: number;
  key: string;
  ruleId: string;
  family: AlertFamily;
  title: string;
  severity: AlertSeverity;
  caseId: number | null;
  caseNumber: string;
  division: string;
  judge: string;
  asOf: string;
  reason: string;
  facts: Record<string, string | number | boolean | null>;
  state: AlertState;
  note: string | null;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  firstSeen: string;
  lastSeen: string;
}

export interface AlertQuery {
  family?: AlertFamily;
  rule?: string;
  division?: string;
  judge?: string;
  severity?: AlertSeverity;
  state?: AlertState;
  page?: number;
  pageSize?: number;
  sort?: "severity" | "case_number" | "division" | "judge" | "rule";
  order?: "asc" | "desc";
}

export interface AlertCounts {
  byRule: { ruleId: string; title: string; family: AlertFamily; count: number }[];
  byDivision: { division: string; count: number }[];
  bySeverity: { severity: AlertSeverity; count: number }[];
}

export interface AlertRule {
  id: string;
  family: AlertFamily;
  title: string;
  explanation: string;
  basis: string;
  defaultSeverity: AlertSeverity;
  settings: Record<string, number | string | boolean>;
}

export interface CaseDetail {
  id: number;
  caseNumber: string;
  courtCode: string;
  courtName: string;
  typeCode: string;
  typeName: string;
  category: string;
  categoryName: string;
  cause: string | null;
  filedOn: string;
  procedure: string | null;
  division: string;
  judge: string;
  closedOn: string | null;
  closureMode: string | null;
  /** Yuan, formatted by the server ("12,345.67") or a number. */
  amount: string | number | null;
  plaintiffs: string | string[] | null;
  defendants: string | string[] | null;
  enterprise: boolean | null;
  appealed: boolean | null;
  appealOutcome: string | null;
  appealClosedOn: string | null;
  enforcementApplied: boolean | null;
  recoveredAmount: string | number | null;
  archivedOn: string | null;
}

/**
 * One stored time-limit event. docs/api.md names it without fields; this mirrors the import
 * format's 审限变更 columns (docs/import-format.md) and tolerates the database's spellings.
 */
export interface EventRow {
  id?: number;
  kind: string;
  reason?: string | null;
  from?: string | null;
  to?: string | null;
  length?: string | null;
  lengthMonths?: number | null;
  lengthDays?: number | null;
  newProcedure?: string | null;
  approvedBy?: string | null;
  note?: string | null;
  recordedAt?: string | null;
  recordedBy?: string | null;
}

export interface ExcludedInterval {
  kind: "exclusion" | "suspension";
  reason?: string;
  from: string;
  to: string;
  open: boolean;
  days: number;
}

export interface PeriodLength {
  months?: number;
  days?: number;
}

export type TimeLimitStatus = "running" | "overdue" | "closed-on-time" | "closed-late" | "no-limit";

/** The 审限 clock's result (docs/time-limits.md §4). */
export interface TimeLimitResult {
  caseNumber: string;
  typeCode: string;
  category: string;
  procedure: string;
  originalProcedure: string;
  procedureInferred: boolean;
  rule: { key: string; name: string; unconfirmed: boolean };
  baseLimit: { months: number; days: number; text: string } | null;
  start: string;
  restart?: { on: string; reason: "conversion" | "supplementary-investigation" };
  rawEnd: string | null;
  deadline: string | null;
  rolledDays: number;
  excludedDays: number;
  excludedIntervals: ExcludedInterval[];
  extensions: {
    count: number;
    months: number;
    days: number;
    items: { from: string; length: PeriodLength; approvedBy?: string }[];
  };
  conversions: { on: string; from: string; to: string }[];
  status: TimeLimitStatus;
  daysLeft?: number;
  naturalDays: number;
  periodDays: number;
  usedDays: number;
  closed: boolean;
  closedOn: string | null;
  asOf: string;
  provisional: boolean;
  basis: string[];
  warnings: string[];
}

export interface CaseResponse {
  case: CaseDetail;
  events: EventRow[];
  clock: TimeLimitResult;
  explanation: string[];
  alerts: AlertRow[];
}

export interface ImportIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  value: unknown;
  message: string;
  severity: "error" | "warning";
}

export interface ImportReport {
  /** Alerts recomputed after a real import (not in docs/api.md; may be absent). */
  alerts?: unknown;
  ok: boolean;
  dryRun: boolean;
  status: string;
  importId: number | null;
  files: string[] | { name: string; [k: string]: unknown }[];
  cases: { total: number; inserted: number; updated: number; unchanged: number };
  events: { total: number; inserted: number; alreadyStored: number };
  errorCount: number;
  warningCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  factsRefreshed: number | boolean | null;
  summary: string;
  ms: number;
}

export interface ImportHistoryRow {
  id: number;
  fileNames: string | string[];
  status: string;
  dryRun: boolean;
  casesTotal: number;
  casesInserted: number;
  casesUpdated: number;
  casesUnchanged: number;
  eventsTotal: number;
  eventsInserted: number;
  warnings: number;
  errors: number;
  userName: string;
  startedAt: string;
  finishedAt: string | null;
}

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; value?: unknown; details?: unknown };
}
