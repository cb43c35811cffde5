/** The 四类案件 API: candidates and supervised cases, their counts and indicators, the rule library, a case's status, 提请标注. */
import { z } from "zod";
import type { SupervisionSummary } from "../../../app/supervision/count-supervised-cases.js";
import type { CaseSupervision } from "../../../app/supervision/get-case-supervision.js";
import type { SupervisedList } from "../../../app/supervision/list-supervised-cases.js";
import type { SupervisionRuleView } from "../../../app/supervision/list-supervision-rules.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const supervisionListQuery = z.object({
  tab: z
    .enum(["candidate", "supervised", "ended"])
    .optional()
    .describe("待确认 / 监管中 / 已结束（默认待确认）"),
  division: z.string().max(100).optional(),
  category: z.coerce.number().int().min(1).max(4).optional().describe("四类案件类别 1–4"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

const finding = z.object({
  rule: z.string(),
  ruleTitle: z.string(),
  category: z.number().int(),
  categoryName: z.string(),
  reason: z.string(),
  foundOn: isoDate,
});

export const supervisedCaseRow = z.object({
  matterId: z.number().int(),
  state: z.string(),
  stateLabel: z.string(),
  version: z.number().int(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  initiator: z.string(),
  openedOn: isoDate,
  closedOn: isoDate.nullable(),
  categories: z.array(z.number().int()),
  findings: z.array(finding),
});

export const supervisionListBody = z.object({
  tab: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(supervisedCaseRow),
});
schemaMatches<z.infer<typeof supervisionListBody>, SupervisedList>(true);

const divisionCategory = z.array(
  z.object({ division: z.string(), category: z.number().int(), count: z.number().int() }),
);
export const supervisionSummaryBody = z.object({
  byState: z.array(z.object({ state: z.string(), count: z.number().int() })),
  byTab: z.object({ candidate: divisionCategory, supervised: divisionCategory, ended: divisionCategory }),
  indicators: z.object({
    supervisedCases: z.number().int(),
    supervisedClosed: z.number().int(),
    supervisedClosedOnTime: z.number().int(),
    onTimeShare: z.number().nullable(),
    averageDurationSupervised: z.number().nullable(),
    averageDurationUnsupervised: z.number().nullable(),
  }),
});
schemaMatches<z.infer<typeof supervisionSummaryBody>, SupervisionSummary>(true);

export const supervisionRulesBody = z.object({
  rules: z.array(
    z.object({
      id: z.string(),
      category: z.number().int(),
      categoryName: z.string(),
      title: z.string(),
      situation: z.string(),
      basis: z.string(),
      settings: z.array(z.object({ name: z.string(), label: z.string(), value: z.string() })),
    }),
  ),
});
schemaMatches<z.infer<typeof supervisionRulesBody>["rules"][number], SupervisionRuleView>(true);

export const caseIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const caseSupervisionBody = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  supervised: z.boolean().describe("本案正在四类案件监管中"),
  matters: z.array(supervisedCaseRow),
  canMark: z.boolean().describe("当前用户此刻可以提请标注"),
});
schemaMatches<z.infer<typeof caseSupervisionBody>, CaseSupervision>(true);

export const markBody = z.object({
  category: z
    .union([z.number().int(), z.string().max(50)])
    .describe("类别：1–4 或“第一类（重大疑难复杂敏感）”等"),
  note: z.string().max(1000).describe("理由（不少于 10 个字）"),
});

export type SupervisionListBody = z.infer<typeof supervisionListBody>;
export type SupervisionSummaryBody = z.infer<typeof supervisionSummaryBody>;
export type SupervisionRulesBody = z.infer<typeof supervisionRulesBody>;
export type CaseSupervisionBody = z.infer<typeof caseSupervisionBody>;
