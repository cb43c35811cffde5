/** The cases API: its requests and responses. */
import { z } from "zod";
import type { CasePage as AppCasePage } from "../../../app/cases/get-case.js";
import type {
  CaseListRow as AppCaseListRow,
  CaseSearchRow as AppCaseSearchRow,
} from "../../../app/cases/list-cases.js";
import { CASE_SORT, CASE_STATUSES } from "../../../app/cases/list-cases.js";
import { ALERT_SEVERITIES } from "../../../domain/alerts/index.js";
import { CATEGORIES } from "../../../domain/case/category.js";
import { PROCEDURES } from "../../../domain/case/procedure.js";
import { type TimeLimitResult as DomainClock, EXCLUSION_REASONS } from "../../../domain/time-limit/index.js";
import { isoDate, pageOf, schemaMatches } from "../../schema/common.js";
import { alertRow } from "../alerts/schema.js";

// ── requests ─────────────────────────────────────────────────────────────────

export const caseListQuery = z.object({
  q: z.string().max(100).optional().describe("案号、当事人名称或承办人姓名的一部分"),
  division: z.string().optional(),
  judge: z.string().optional(),
  status: z.enum(CASE_STATUSES).optional().describe("审限状态；pending：全部未结案件"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z
    .enum(Object.keys(CASE_SORT) as [keyof typeof CASE_SORT, ...(keyof typeof CASE_SORT)[]])
    .optional()
    .describe("默认 urgency：超期天数最多的在前，其次剩余天数最少的"),
  order: z.enum(["asc", "desc"]).optional(),
});

export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });

// ── responses ────────────────────────────────────────────────────────────────

export const caseListRow = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  typeCode: z.string(),
  cause: z.string().nullable(),
  procedure: z.string(),
  filedOn: isoDate,
  closedOn: isoDate.nullable(),
  closureMode: z.string().nullable(),
  deadline: isoDate.nullable(),
  status: z.string(),
  daysLeft: z.number().nullable(),
  durationDays: z.number().nullable(),
  naturalDays: z.number(),
  extensionCount: z.number(),
  excludedDays: z.number(),
  appealOutcome: z.string().nullable(),
});
export type CaseListRow = z.infer<typeof caseListRow>;
schemaMatches<CaseListRow, AppCaseListRow>(true);

/** The open alerts of a listed case. */
export const caseAlertSummary = z.object({
  open: z.number().int().describe("未消除的预警数"),
  unacknowledged: z.number().int().describe("其中未处理（未确认）的"),
  bySeverity: z.object(
    Object.fromEntries(ALERT_SEVERITIES.map((s) => [s, z.number().int()])) as Record<
      (typeof ALERT_SEVERITIES)[number],
      z.ZodNumber
    >,
  ),
});

export const caseSearchRow = caseListRow.extend({ alerts: caseAlertSummary });
export type CaseSearchRow = z.infer<typeof caseSearchRow>;
schemaMatches<CaseSearchRow, AppCaseSearchRow>(true);

export const casePageOfRows = pageOf(caseSearchRow);

const procedure = z.enum(PROCEDURES);
const status = z.enum(["running", "overdue", "closed-on-time", "closed-late", "no-limit"]);

export const excludedInterval = z.object({
  kind: z.enum(["exclusion", "suspension"]),
  reason: z.enum(EXCLUSION_REASONS).optional(),
  from: isoDate,
  to: isoDate,
  open: z.boolean(),
  days: z.number(),
});
export type ExcludedInterval = z.infer<typeof excludedInterval>;

const periodLength = z.object({ months: z.number().optional(), days: z.number().optional() });

/** The 审限 clock of a case as of a date, with every step of the arithmetic. */
export const timeLimitResult = z.object({
  caseNumber: z.string(),
  typeCode: z.string(),
  category: z.enum(CATEGORIES),
  procedure,
  originalProcedure: procedure,
  procedureInferred: z.boolean(),
  rule: z.object({ key: z.string(), name: z.string(), unconfirmed: z.boolean() }),
  baseLimit: z.object({ months: z.number(), days: z.number(), text: z.string() }).nullable(),
  start: isoDate,
  restart: z
    .object({ on: isoDate, reason: z.enum(["conversion", "supplementary-investigation"]) })
    .optional(),
  rawEnd: isoDate.nullable(),
  deadline: isoDate.nullable(),
  rolledDays: z.number(),
  excludedDays: z.number(),
  excludedIntervals: z.array(excludedInterval),
  extensions: z.object({
    count: z.number(),
    months: z.number(),
    days: z.number(),
    items: z.array(z.object({ from: isoDate, length: periodLength, approvedBy: z.string().optional() })),
  }),
  conversions: z.array(z.object({ on: isoDate, from: procedure, to: procedure })),
  status,
  daysLeft: z.number().optional(),
  naturalDays: z.number(),
  periodDays: z.number(),
  usedDays: z.number(),
  closed: z.boolean(),
  closedOn: isoDate.nullable(),
  asOf: isoDate,
  provisional: z.boolean(),
  basis: z.array(z.string()).describe("所适用的法律条文"),
  warnings: z.array(z.string()),
});
export type TimeLimitResult = z.infer<typeof timeLimitResult>;
export type TimeLimitStatus = z.infer<typeof status>;
schemaMatches<TimeLimitResult, DomainClock>(true);

export const caseDetail = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  courtCode: z.string(),
  courtName: z.string().nullable(),
  typeCode: z.string(),
  typeName: z.string().nullable(),
  category: z.string(),
  categoryName: z.string(),
  cause: z.string().nullable(),
  filedOn: isoDate,
  procedure: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  closedOn: isoDate.nullable(),
  closureMode: z.string().nullable(),
  amount: z.string().nullable().describe("元"),
  plaintiffs: z.string().nullable(),
  defendants: z.string().nullable(),
  enterprise: z.boolean().nullable(),
  appealed: z.boolean().nullable(),
  appealOutcome: z.string().nullable(),
  appealClosedOn: isoDate.nullable(),
  enforcementApplied: z.boolean().nullable(),
  recoveredAmount: z.string().nullable(),
  archivedOn: isoDate.nullable(),
  originCaseNumber: z.string().nullable().describe("原审案号"),
  effectiveOn: isoDate.nullable().describe("生效日期"),
  foreignRelated: z.boolean().nullable().describe("涉外"),
  counterclaim: z.boolean().nullable().describe("反诉"),
  smallClaimsConsent: z.boolean().nullable().describe("约定适用小额诉讼"),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const eventRow = z.object({
  id: z.number().int(),
  kind: z.string(),
  reason: z.string().nullable(),
  from: isoDate,
  to: isoDate.nullable(),
  lengthMonths: z.number().nullable(),
  lengthDays: z.number().nullable(),
  newProcedure: z.string().nullable(),
  approvedBy: z.string().nullable(),
  note: z.string().nullable(),
  priorDivision: z.string().nullable().optional().describe("变更承办部门：原部门"),
  newDivision: z.string().nullable().optional().describe("变更承办部门：新部门"),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});
export type EventRow = z.infer<typeof eventRow>;

export const casePage = z.object({
  case: caseDetail,
  events: z.array(eventRow),
  clock: timeLimitResult,
  explanation: z.array(z.string()).describe("审限计算过程的文字说明"),
});
schemaMatches<z.infer<typeof casePage>, AppCasePage>(true);

export const caseResponse = casePage.extend({ alerts: z.array(alertRow) });
export type CaseResponse = z.infer<typeof caseResponse>;
