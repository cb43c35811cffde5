/** The indicators API: its requests and responses. */
import { z } from "zod";
import { type DrillResult as AppDrillResult, DRILL_SORT_FIELDS } from "../../../app/indicators/drill-down.js";
import { type IndicatorPanel as DomainPanel, GROUPINGS } from "../../../domain/indicators/index.js";
import { isoDate, schemaMatches } from "../../schema/common.js";
import { caseListRow } from "../cases/schema.js";

// ── requests ─────────────────────────────────────────────────────────────────

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "应为形如 2024-06-30 的日期");

const filterFields = {
  division: z.string().min(1).optional(),
  judge: z.string().min(1).optional(),
  category: z.string().min(1).optional(),
  court: z.string().min(1).optional().describe("法院代字：只统计该法院（须在本账号可见范围内）"),
};

export const panelQuery = z.object({
  from: date,
  to: date,
  by: z.enum(GROUPINGS).optional(),
  ids: z.string().optional().describe("指标编号，逗号分隔；默认核心指标"),
  compare: z.enum(["0", "1", "true", "false"]).optional().describe("同时计算同比、环比"),
  ...filterFields,
});

export const drillQuery = z.object({
  indicator: z.string().min(1),
  part: z.enum(["numerator", "denominator"]),
  from: date,
  to: date,
  by: z.enum(GROUPINGS).optional(),
  group: z.string().optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
  sort: z.enum(DRILL_SORT_FIELDS).optional(),
  order: z.enum(["asc", "desc"]).optional(),
  all: z.enum(["0", "1"]).optional(),
  ...filterFields,
});

// ── responses ────────────────────────────────────────────────────────────────

export const figure = z.object({
  value: z.number().nullable().describe("分母为 0 时为 null"),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
});
export type Figure = z.infer<typeof figure>;

export const panelFigure = figure.extend({
  assessment: z.enum(["ok", "weak", "none"]),
  yoy: figure.optional().describe("同比"),
  mom: figure.optional().describe("环比"),
  fromCases: z.string().optional().describe("按案件明细计算的说明（口径依赖按月汇总不含的日期时）"),
});
export type PanelFigure = z.infer<typeof panelFigure>;

export const period = z.object({ from: isoDate, to: isoDate });
export type Period = z.infer<typeof period>;

export const indicatorPanel = z.object({
  from: isoDate,
  to: isoDate,
  by: z.enum(GROUPINGS),
  catalogueVersion: z.string(),
  indicators: z.array(z.string()),
  groups: z.array(
    z.object({
      key: z.string(),
      name: z.string().optional().describe("按法院分组时为法院名称（分组键为法院代字）"),
      indicators: z.record(z.string(), panelFigure),
    }),
  ),
  comparedWith: z.object({ yoy: period, mom: period }).optional(),
  missingMembers: z.array(z.object({ name: z.string(), courts: z.array(z.string()) })).optional(),
  answeredFrom: z.enum(["rollup", "facts", "mixed"]).optional().describe("由按月汇总或案件明细计算"),
  factsReason: z.string().optional().describe("按案件明细计算的原因"),
});
export type IndicatorPanel = z.infer<typeof indicatorPanel>;
schemaMatches<IndicatorPanel, DomainPanel>(true);

export const drillResult = z.object({
  indicator: z.string(),
  part: z.enum(["numerator", "denominator"]),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(caseListRow),
  missingMembers: z.array(z.object({ name: z.string(), courts: z.array(z.string()) })).optional(),
});
export type DrillResult = z.infer<typeof drillResult>;
schemaMatches<DrillResult, AppDrillResult>(true);

export type { Grouping } from "../../../domain/indicators/index.js";
