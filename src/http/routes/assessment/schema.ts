/** The assessment API (考核): schemes (考核办法) and the scores of a period. */

import { z } from "zod";
import type { AssessmentResult } from "../../../app/assessment/assess-units.js";
import type { SchemeList } from "../../../app/assessment/list-schemes.js";
import type { SchemeRow as AppSchemeRow } from "../../../app/assessment/scheme-row.js";
import { SCORING_METHODS } from "../../../domain/assessment/scheme.js";
import { isoDate, schemaMatches } from "../../schema/common.js";
import { indicatorInfo } from "../meta/schema.js";

export const schemeItem = z.object({
  indicator: z.string().describe("指标 id（指标目录）"),
  weight: z.number().describe("权重（满分），大于 0"),
  method: z
    .enum(SCORING_METHODS)
    .describe("计分方法：range 区间达标、target 线性得分、relative 比例得分、deduct 扣分"),
  min: z.number().optional().describe("range：下限"),
  max: z.number().optional().describe("range：上限"),
  step: z.number().optional().describe("range：扣分档距"),
  penalty: z.number().optional().describe("range：每档扣分"),
  target: z.number().optional().describe("target：满分值"),
  floor: z.number().optional().describe("target：零分线"),
  points: z.number().optional().describe("deduct：每件扣分"),
  note: z.string().optional().describe("说明"),
});

export const schemeRow = z.object({
  id: z.number().int(),
  name: z.string(),
  version: z.string(),
  effectiveFrom: isoDate.describe("施行日期"),
  effectiveTo: isoDate.nullable().describe("截止日期；空：施行至新办法生效"),
  items: z.array(schemeItem),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.enum(["edit"])).describe("当前用户可对该办法执行的操作"),
});
schemaMatches<z.infer<typeof schemeRow>, AppSchemeRow>(true);

export const schemeList = z.object({
  schemes: z.array(schemeRow),
  inForceId: z.number().int().nullable().describe("今天施行的办法"),
  canCreate: z.boolean().describe("当前用户可以制定考核办法"),
  registerIndicators: z
    .array(
      indicatorInfo.omit({ reference: true }).extend({
        group: z.literal("出口"),
        dimension: z.literal("质量"),
        kind: z.enum(["count", "ratio"]),
        inSpcSet: z.literal(false),
      }),
    )
    .describe("指标目录之外可计分的台账指标（如发改案件差错数）"),
});
schemaMatches<z.infer<typeof schemeList>, SchemeList>(true);

/** A scheme as written: the items are checked by the use case, which names every faulty item. */
export const schemeBody = z.object({
  name: z.string().max(200),
  version: z.string().max(50),
  effectiveFrom: z.string().max(10),
  effectiveTo: z.string().max(10).nullable().optional(),
  items: z
    .array(z.record(z.string(), z.unknown()))
    .max(100)
    .describe("考核项目（格式见 docs/assessment.md）"),
});

export const schemeIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const resultsQuery = z.object({
  schemeId: z.coerce.number().int().min(1).optional().describe("办法 id；省略：期间末日施行的办法"),
  from: isoDate,
  to: isoDate,
  by: z.enum(["division", "judge"]).optional().describe("考核单位：division 部门（默认）、judge 法官"),
});

export const scoredItem = z.object({
  indicator: z.string(),
  value: z.number().nullable(),
  points: z.number().nullable(),
  weight: z.number(),
  scored: z.boolean(),
  explanation: z.string().describe("得分说明（中文，含数字）"),
});

export const assessmentResult = z.object({
  scheme: z.object({ id: z.number().int().nullable(), name: z.string(), version: z.string() }),
  from: isoDate,
  to: isoDate,
  by: z.enum(["division", "judge"]),
  units: z.array(
    z.object({
      key: z.string().describe("部门名称，或“部门 / 承办人”"),
      total: z.number().nullable().describe("0–100；无可计分项目时为空"),
      items: z.array(scoredItem),
    }),
  ),
});
schemaMatches<z.infer<typeof assessmentResult>, AssessmentResult>(true);
