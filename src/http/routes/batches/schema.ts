/** The 并案审理 API: the groups, one group, the proposal to the division's chief, the settings. */
import { z } from "zod";
import type { BatchView } from "../../../app/batches/batch-view.js";
import type { BatchSettingsView } from "../../../app/batches/get-batch-settings.js";
import type { BatchList } from "../../../app/batches/list-batches.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const side = z.enum(["plaintiff", "defendant"]);

export const batchSettings = z.object({
  windowDays: z.number().int().describe("立案时间跨度（天）：同组案件最早与最晚立案日期相差不超过此数"),
  minCases: z.number().int().describe("每组最少案件数"),
  byPlaintiff: z.boolean().describe("按原告归组"),
  byDefendant: z.boolean().describe("按被告归组"),
  includePersons: z.boolean().describe("自然人当事人也归组"),
});

export const batchView = z.object({
  key: z.string().describe("分组标识（类型|当事人归一名称|案由|最早立案日期）"),
  side: side.describe("plaintiff：同一原告诉多名被告；defendant：同一被告被多名原告起诉"),
  sideName: z.enum(["原告", "被告"]),
  party: z.string(),
  cause: z.string(),
  caseCount: z.number().int(),
  cases: z.array(
    z.object({
      id: z.number().int(),
      caseNumber: z.string(),
      division: z.string(),
      judge: z.string(),
      filedOn: z.string(),
      amountFen: z.number().int().nullable(),
      plaintiffs: z.string().nullable(),
      defendants: z.string().nullable(),
    }),
  ),
  judges: z.array(z.object({ division: z.string(), judge: z.string(), cases: z.number().int() })),
  divisions: z.array(z.object({ division: z.string(), cases: z.number().int() })),
  mainDivision: z.string().describe("案件最多的承办部门：建议报该部门庭长审批"),
  totalAmountFen: z.number().int().describe("标的额合计（分）"),
  amountMissing: z.number().int().describe("未录入标的额的案件数"),
  firstFiledOn: z.string(),
  lastFiledOn: z.string(),
  spanDays: z.number().int(),
  proposal: z
    .object({ matterId: z.number().int(), state: z.string(), stateName: z.string(), openedOn: z.string() })
    .nullable(),
  actions: z.array(z.literal("propose-batch")),
});
schemaMatches<z.infer<typeof batchView>, BatchView>(true);

export const batchListBody = z.object({
  asOf: z.string(),
  settings: batchSettings,
  basis: z.array(z.string()),
  rows: z.array(batchView),
  total: z.number().int(),
  cases: z.number().int(),
});
export type BatchListBody = z.infer<typeof batchListBody>;
schemaMatches<BatchListBody, BatchList>(true);

export const batchListQuery = z.object({
  asOf: isoDate.optional().describe("截至日期（默认今天）"),
  cause: z.string().max(80).optional(),
  division: z.string().max(80).optional().describe("含有该部门案件的分组"),
  side: side.optional(),
});

export const batchGroupQuery = z.object({
  key: z.string().min(1).max(400),
  asOf: isoDate.optional(),
});

export const proposeBody = z.object({
  key: z.string().min(1).max(400),
  reason: z.string().max(2000),
});

export const batchSettingsView = z.object({
  settings: batchSettings,
  isDefault: z.boolean(),
  actions: z.array(z.literal("edit-batch-settings")),
});
schemaMatches<z.infer<typeof batchSettingsView>, BatchSettingsView>(true);

export const batchSettingsBody = z.record(z.string(), z.unknown());

export type BatchViewBody = z.infer<typeof batchView>;
export type BatchSettingsViewBody = z.infer<typeof batchSettingsView>;
