/** The chain of a case's dispute (关联案件): request and response. */
import { z } from "zod";
import type { CaseChainView } from "../../../app/chains/get-case-chain.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const chainParams = z.object({ id: z.coerce.number().int().min(1) });

export const chainCase = z.object({
  id: z.number().int(),
  caseNumber: z.string(),
  typeCode: z.string(),
  typeName: z.string().nullable(),
  filedOn: isoDate,
  closedOn: isoDate.nullable(),
  closureMode: z.string().nullable(),
  appealOutcome: z.string().nullable().describe("二审结果"),
  originCaseNumber: z.string().nullable().describe("原审案号"),
  parentId: z.number().int().nullable().describe("本链中的原审案件；源头案件为空"),
  depth: z.number().int().describe("源头案件为 0，由其派生的案件为 1，依此类推"),
  originNote: z.string().nullable().describe("源头案件的原审案号无法继续追溯的原因"),
  current: z.boolean().describe("是否为所查询的案件"),
  canView: z.boolean().describe("当前用户能否打开该案件"),
});

export const caseChain = z.object({
  caseId: z.number().int(),
  rootId: z.number().int().describe("源头案件（案）"),
  caseCount: z.number().int().describe("本纠纷在本院的案件数（件）"),
  cases: z.array(chainCase).describe("源头案件在前，按层级、立案日期排列"),
});
export type CaseChain = z.infer<typeof caseChain>;
schemaMatches<CaseChain, CaseChainView>(true);
