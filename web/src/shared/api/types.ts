/**
 * The shapes of the JSON API (docs/api.md), requests and responses, all in this one file. Dates are
 * `YYYY-MM-DD` strings; shares are fractions. What the server already declares is imported from it
 * (types only: nothing of the server is bundled); declared here are the HTTP query shapes and the
 * envelopes only the API adds.
 */
import type { Permission, Role } from "../../../../src/app/actor.js";
import type { AlertRow as StoredAlertRow } from "../../../../src/app/alerts.js";
import type { CaseDetail, CasePage, EventRow } from "../../../../src/app/cases.js";
import type { IndicatorPanel, PanelFigure } from "../../../../src/app/compute-indicators.js";
import type { DrillRow } from "../../../../src/app/drill-down.js";
import type { ImportReport } from "../../../../src/app/import-cases.js";
import type { DemoAccount } from "../../../../src/app/seed-demo.js";
import type { UserInfo as User } from "../../../../src/app/users.js";
import type { Grouping } from "../../../../src/db/indicator-sql.js";
import type {
  AlertFamily,
  AlertRule,
  AlertSeverity,
  AlertState,
} from "../../../../src/domain/alerts/types.js";
import type { PeriodLength } from "../../../../src/domain/calendar/period.js";
import type { ImportIssue } from "../../../../src/domain/import/validate.js";
import type { IndicatorKind, IndicatorUnit } from "../../../../src/domain/indicators/catalogue.js";
import type { Assessment, Figure, Period } from "../../../../src/domain/indicators/evaluate.js";
import type {
  ExcludedInterval,
  TimeLimitResult,
  TimeLimitStatus,
} from "../../../../src/domain/time-limit/clock.js";

export type {
  AlertFamily,
  AlertRule,
  AlertSeverity,
  AlertState,
  Assessment,
  CaseDetail,
  DemoAccount,
  DrillRow,
  EventRow,
  ExcludedInterval,
  Figure,
  Grouping,
  ImportIssue,
  ImportReport,
  IndicatorKind,
  IndicatorPanel,
  IndicatorUnit,
  PanelFigure,
  Period,
  PeriodLength,
  Permission,
  Role,
  TimeLimitResult,
  TimeLimitStatus,
  User,
};

/**
 * An alert as /api/alerts and /api/cases/:id list it: the stored row plus what the signed-in user
 * may do to it now. The web app offers a button only for an action listed here (today only
 * "acknowledge"); it never decides that from the user's role.
 */
export interface AlertRow extends StoredAlertRow {
  actions: string[];
}

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
  dashboard: { tableIds: string[]; trendIds: string[] };
  catalogueVersion: string;
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

/** GET /api/cases/:id: the case page and the case's open alerts. */
export interface CaseResponse extends CasePage {
  alerts: AlertRow[];
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

/** GET /api/auth/me, POST /api/auth/login. */
export interface UserResponse {
  user: User;
}

export interface LoginRequest {
  username: string;
  password: string;
}

/** GET /api/auth/demo-accounts. */
export interface DemoAccountsResponse {
  accounts: DemoAccount[];
}

/** GET /api/alerts/rules. */
export interface AlertRulesResponse {
  rules: AlertRule[];
}

/** POST /api/alerts/:id/ack. */
export interface AckRequest {
  note: string;
}

export interface AckResponse {
  alert: AlertRow;
}

/** POST /api/imports/validate: a dry run; the token commits exactly what was checked. */
export interface ValidateImportResponse {
  token: string | null;
  report: ImportReport;
}

/** GET /api/imports. */
export interface ImportHistoryQuery {
  page: number;
  pageSize: number;
}
