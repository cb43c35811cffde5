/** The alerts API: its requests and responses. */
import { z } from "zod";
import type { AlertRow as AppAlertRow } from "../../../app/alerts/alert-row.js";
import type { alertCounts } from "../../../app/alerts/count-alerts.js";
import { ALERT_SORT } from "../../../app/alerts/list-alerts.js";
import {
  ALERT_FAMILIES,
  ALERT_SEVERITIES,
  ALERT_STATES,
  type AlertRule as DomainAlertRule,
} from "../../../domain/alerts/index.js";
import { RECORD_ACTIONS } from "../../../domain/auth/index.js";
import { isoDate, pageOf, schemaMatches } from "../../schema/common.js";

// ── requests ─────────────────────────────────────────────────────────────────

export const alertFilters = {
  family: z.enum(ALERT_FAMILIES).optional(),
  rule: z.string().optional(),
  division: z.string().optional(),
  judge: z.string().optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  state: z.enum(ALERT_STATES).optional(),
  foundFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "应为形如 2024-06-30 的日期")
    .optional()
    .describe("首次发现日不早于（本期新发现）"),
  foundTo: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "应为形如 2024-06-30 的日期")
    .optional()
    .describe("首次发现日不晚于"),
};

export const alertListQuery = z.object({
  ...alertFilters,
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z
    .enum(Object.keys(ALERT_SORT) as [keyof typeof ALERT_SORT, ...(keyof typeof ALERT_SORT)[]])
    .optional(),
  order: z.enum(["asc", "desc"]).optional(),
});

export const alertCountsQuery = z.object(alertFilters);

export const alertIdParams = z.object({ id: z.coerce.number().int().min(1) });
export const acknowledgeBody = z.object({ note: z.string().max(500).default("") });

// ── responses ────────────────────────────────────────────────────────────────

export const alertFactValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const alertRow = z.object({
  id: z.number().int(),
  key: z.string().describe("同一案件的同一发现在每次重算中相同"),
  ruleId: z.string(),
  family: z.enum(ALERT_FAMILIES),
  title: z.string(),
  severity: z.enum(ALERT_SEVERITIES),
  caseId: z.number().int().nullable(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  asOf: isoDate,
  reason: z.string(),
  facts: z.record(z.string(), alertFactValue),
  state: z.enum(ALERT_STATES),
  note: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  order: z
    .object({ id: z.number().int(), state: z.string(), stateLabel: z.string(), open: z.boolean() })
    .nullable()
    .describe("该预警最近一份督办单及其状态；open 为真时须通过督办单销号，不能直接确认"),
  canIssueOrder: z.boolean().describe("当前用户此刻可对该预警发起督办"),
  actions: z.array(z.enum(RECORD_ACTIONS.alert)).describe("当前用户此刻可对该预警执行的操作"),
});
export type AlertRow = z.infer<typeof alertRow>;
schemaMatches<AlertRow, AppAlertRow>(true);

export const alertPage = pageOf(alertRow);

export const alertCountsBody = z.object({
  byRule: z.array(z.object({ ruleId: z.string(), title: z.string(), family: z.string(), count: z.number() })),
  byDivision: z.array(z.object({ division: z.string(), count: z.number() })),
  bySeverity: z.array(z.object({ severity: z.string(), count: z.number() })),
});
export type AlertCounts = z.infer<typeof alertCountsBody>;
schemaMatches<AlertCounts, Awaited<ReturnType<typeof alertCounts>>>(true);

export const alertRule = z.object({
  id: z.string(),
  family: z.enum(ALERT_FAMILIES),
  title: z.string(),
  explanation: z.string(),
  basis: z.string(),
  defaultSeverity: z.enum(ALERT_SEVERITIES),
  settings: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
});
export type AlertRule = z.infer<typeof alertRule>;
schemaMatches<AlertRule, DomainAlertRule>(true);

export const alertRulesBody = z.object({ rules: z.array(alertRule) });
export const acknowledgedBody = z.object({ alert: alertRow });

export type { AlertFamily, AlertSeverity, AlertState } from "../../../domain/alerts/index.js";
