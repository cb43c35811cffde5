/**
 * The shapes of the JSON API (docs/api.md), requests and responses, all in this one file. Dates are
 * `YYYY-MM-DD` strings; shares are fractions.
 * Responses are the server's HTTP schemas (a schema.ts beside each route module in src/http/routes), imported as types only:
 * nothing of the server is bundled. Declared here are the query shapes the screens build.
 */

import type {
  AlertCounts,
  AlertFamily,
  AlertRow,
  AlertRule,
  AlertSeverity,
  AlertState,
} from "../../../../src/http/routes/alerts/schema.js";
import type { DemoAccount, Permission, Role, User } from "../../../../src/http/routes/auth/schema.js";
import type { BulletinMonths, BulletinSummary } from "../../../../src/http/routes/bulletins/schema.js";
import type {
  CaseDetail,
  CaseListRow,
  CaseResponse,
  CaseSearchRow,
  EventRow,
  ExcludedInterval,
  TimeLimitResult,
  TimeLimitStatus,
} from "../../../../src/http/routes/cases/schema.js";
import type {
  ImportHistoryRow,
  ImportIssue,
  ImportReport,
} from "../../../../src/http/routes/imports/schema.js";
import type {
  Figure,
  Grouping,
  IndicatorPanel,
  PanelFigure,
  Period,
} from "../../../../src/http/routes/indicators/schema.js";
import type { IndicatorInfo, Meta } from "../../../../src/http/routes/meta/schema.js";

export type {
  AlertCounts,
  AlertFamily,
  AlertRow,
  AlertRule,
  AlertSeverity,
  AlertState,
  BulletinMonths,
  BulletinSummary,
  CaseDetail,
  CaseListRow,
  CaseResponse,
  CaseSearchRow,
  DemoAccount,
  EventRow,
  ExcludedInterval,
  Figure,
  Grouping,
  ImportHistoryRow,
  ImportIssue,
  ImportReport,
  IndicatorInfo,
  IndicatorPanel,
  Meta,
  PanelFigure,
  Period,
  Permission,
  Role,
  TimeLimitResult,
  TimeLimitStatus,
  User,
};

/** A row of a case list (a figure's drill-down, the case search). */
export type DrillRow = CaseListRow;
export type Assessment = PanelFigure["assessment"];
export type IndicatorKind = IndicatorInfo["kind"];
export type IndicatorUnit = IndicatorInfo["unit"];
export type Direction = IndicatorInfo["direction"];
/** A length of months and days (an extension). */
export type PeriodLength = TimeLimitResult["extensions"]["items"][number]["length"];

export interface IndicatorQuery {
  from: string;
  to: string;
  by?: Grouping;
  ids?: string[];
  division?: string;
  judge?: string;
  category?: string;
  /** 法院代字: one court of those the account sees (multi-court databases). */
  court?: string;
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
  court?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
  order?: "asc" | "desc";
}

/** GET /api/cases: the case search (and 我的在办案件: status=pending). */
export interface CaseListQuery {
  q?: string;
  division?: string;
  judge?: string;
  status?: "running" | "overdue" | "closed-on-time" | "closed-late" | "no-limit" | "pending";
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
  /** 本期新发现: first found within these days (China time). */
  foundFrom?: string;
  foundTo?: string;
  page?: number;
  pageSize?: number;
  sort?: "severity" | "case_number" | "division" | "judge" | "rule";
  order?: "asc" | "desc";
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
