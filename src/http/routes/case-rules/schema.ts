/** The 类案裁判规则 API: the list and search, a case's 类案指导, drafting, adoption and retirement. */
import { z } from "zod";
import type { CaseRuleRow } from "../../../app/case-rules/case-rule-row.js";
import type { CaseGuidance, listCaseRules } from "../../../app/case-rules/list-case-rules.js";
import { RECORD_ACTIONS } from "../../../domain/auth/index.js";
import { RULE_STATUSES } from "../../../domain/case-rules/rule.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const caseRuleRow = z.object({
  id: z.number().int(),
  title: z.string(),
  cause: z.string().describe("案由（案由目录中的名称）"),
  ruleText: z.string(),
  status: z.enum(RULE_STATUSES),
  statusName: z.string(),
  adoptedOn: z.string().nullable().describe("审委会通过日期"),
  adoptionReference: z.string().nullable().describe("审委会决定的出处"),
  retiredOn: z.string().nullable(),
  retirementNote: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  courtCode: z.string().nullable().describe("制定规则的法院的法院代字；单一法院安装为 null"),
  sources: z.array(z.object({ caseId: z.number().int(), caseNumber: z.string() })).describe("来源案件"),
  actions: z.array(z.enum(RECORD_ACTIONS.caseRule)),
});
export type CaseRuleBody = z.infer<typeof caseRuleRow>;
schemaMatches<CaseRuleBody, CaseRuleRow>(true);

export const caseRuleListBody = z.object({ rows: z.array(caseRuleRow), canCreate: z.boolean() });
export type CaseRuleListBody = z.infer<typeof caseRuleListBody>;
schemaMatches<CaseRuleListBody, Awaited<ReturnType<typeof listCaseRules>>>(true);

export const caseRuleListQuery = z.object({
  status: z.enum(RULE_STATUSES).optional(),
  cause: z.string().max(80).optional().describe("案由"),
  q: z.string().max(80).optional().describe("名称或内容中的文字"),
});

export const caseGuidanceBody = z.object({
  caseId: z.number().int(),
  cause: z.string().nullable(),
  pending: z.boolean(),
  rules: z.array(caseRuleRow),
});
export type CaseGuidanceBody = z.infer<typeof caseGuidanceBody>;
schemaMatches<CaseGuidanceBody, CaseGuidance>(true);

export const ruleBody = z.object({
  title: z.string().max(200),
  cause: z.string().max(80),
  ruleText: z.string().max(8000),
  sourceCaseNumbers: z.array(z.string().max(80)).max(100).optional().describe("来源案件的案号"),
});

export const ruleChangeBody = ruleBody.extend({ version: z.number().int().min(0) });

export const adoptBody = z.object({
  adoptedOn: isoDate,
  reference: z.string().max(500),
  version: z.number().int().min(0),
});

export const retireBody = z.object({
  retiredOn: isoDate,
  note: z.string().max(2000),
  version: z.number().int().min(0),
});

export const ruleIdParams = z.object({ id: z.coerce.number().int().min(1) });
export const caseIdParams = z.object({ caseId: z.coerce.number().int().min(1) });
