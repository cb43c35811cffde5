/** The 涉企与营商环境 API: the enterprise panel, the pack, its files and its definitions. */
import { z } from "zod";
import type { DefinitionsView } from "../../../app/business-environment/definitions.js";
import type { EnterprisePanel } from "../../../app/business-environment/enterprise-panel.js";
import type { Pack } from "../../../domain/business-environment/index.js";
import { isoDate, schemaMatches } from "../../schema/common.js";
import { indicatorPanel } from "../indicators/schema.js";

export const periodQuery = z.object({
  from: isoDate.describe("统计期间首日"),
  to: isoDate.describe("统计期间末日"),
});

export const panelQuery = periodQuery.extend({
  by: z.enum(["division", "cause", "court"]).optional().describe("按部门、案由或全院"),
});

export const enterprisePanelBody = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(["division", "cause", "court"]),
  enterprise: indicatorPanel.describe("涉企案件"),
  other: indicatorPanel.describe("非涉企案件"),
});
export type EnterprisePanelBody = z.infer<typeof enterprisePanelBody>;
schemaMatches<EnterprisePanelBody, EnterprisePanel>(true);

export const definitions = z.object({
  manualYear: z.number().int().describe("评价手册年度"),
  firstInstanceTypeCodes: z.array(z.string()).describe("一审案件类型代字"),
  enterpriseOnly: z.boolean().describe("仅统计涉企案件"),
  causes: z.array(z.string()).describe("商事案由（空：全部案由）"),
  enforcementTypeCodes: z.array(z.string()).describe("执行案件类型代字"),
  completionModes: z.array(z.string()).describe("执行完毕结案方式"),
  mediationModes: z.array(z.string()),
  withdrawalModes: z.array(z.string()),
  timeLimitDays: z.number().int().nullable().describe("审限内结案：空为法定审限，否则立案后若干日内"),
  typicalCount: z.number().int(),
  note: z.string(),
});

export const definitionsBody = z.object({
  definitions,
  defaults: definitions,
  stored: z.boolean(),
  basis: z.string(),
  canEdit: z.boolean(),
});
export type DefinitionsBody = z.infer<typeof definitionsBody>;
schemaMatches<DefinitionsBody, DefinitionsView>(true);

/** The body of a change: checked by the use case (every field named in its error). */
export const definitionsInput = z.record(z.string(), z.unknown());

const typical = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  cause: z.string().nullable(),
  parties: z.string(),
  filedOn: z.string(),
  closedOn: z.string(),
  days: z.number().int(),
  closureMode: z.string().nullable(),
  amountFen: z.number().int().nullable(),
});

export const packBody = z.object({
  from: z.string(),
  to: z.string(),
  definitions,
  figures: z.object({
    closed: z.number().int(),
    averageDays: z.number().nullable(),
    medianDays: z.number().nullable(),
    enforcementCompleted: z.number().int(),
    averageDaysToCompletion: z.number().nullable(),
    limitCases: z.number().int(),
    withinLimit: z.number().int(),
    withinLimitShare: z.number().nullable(),
    mediated: z.number().int(),
    mediationShare: z.number().nullable(),
    withdrawn: z.number().int(),
    withdrawalShare: z.number().nullable(),
    enforcementCases: z.number().int(),
    enforcementCompletedCases: z.number().int(),
    completionShare: z.number().nullable(),
    enforcementAmountFen: z.number(),
    recoveredFen: z.number(),
    recoveryRate: z.number().nullable(),
  }),
  largest: z.array(typical),
  fastest: z.array(typical),
  mediatedCases: z.array(typical),
});
export type PackBody = z.infer<typeof packBody>;
schemaMatches<PackBody, Pack>(true);

export const downloadQuery = periodQuery.extend({ format: z.enum(["xlsx", "docx"]) });
