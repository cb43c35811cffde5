/** The meta API: the court, the data's dates, the divisions and judges in scope, the indicator catalogue. */
import { z } from "zod";
import type { Meta as AppMeta } from "../../../app/meta/get-meta.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const indicatorInfo = z.object({
  id: z.string(),
  name: z.string(),
  group: z.enum(["入口", "过程", "出口"]),
  dimension: z.enum(["质量", "效率", "效果"]),
  unit: z.enum(["件", "%", "天", "元", "比"]),
  kind: z.enum(["count", "ratio", "mean", "median", "p90", "period-days"]),
  direction: z.enum(["higher", "lower", "neutral"]),
  reference: z
    .object({ min: z.number().optional(), max: z.number().optional(), source: z.string() })
    .optional()
    .describe("参考区间（比例为小数，天数为天）"),
  definition: z.string().describe("口径"),
  scope: z.string(),
  source: z.string(),
  inSpcSet: z.boolean().describe("是否属于当时最高人民法院质效指标体系"),
});
export type IndicatorInfo = z.infer<typeof indicatorInfo>;

export const meta = z.object({
  court: z.object({ code: z.string(), name: z.string() }),
  today: isoDate,
  factsAsOf: isoDate.nullable(),
  dataRange: z.object({ firstFiled: isoDate.nullable(), lastFiled: isoDate.nullable() }),
  divisions: z
    .array(z.object({ name: z.string(), judges: z.array(z.string()) }))
    .describe("范围内的部门及承办人，按本院部门顺序"),
  divisionOrder: z
    .array(z.string())
    .describe("本院部门顺序（设置 division_order；未列入的部门按拼音排在其后）"),
  catalogueVersion: z.string(),
  core: z.array(z.string()).describe("默认指标（当日适用的指标体系版本）"),
  spcUnsupported: z
    .array(z.object({ name: z.string(), missing: z.string().describe("缺少的数据") }))
    .describe("当时最高人民法院指标体系中本院数据暂不支持的指标"),
  defaultPanels: z
    .array(
      z.object({
        version: z.string(),
        from: isoDate,
        to: isoDate.nullable(),
        ids: z.array(z.string()),
        unsupported: z.array(z.object({ name: z.string(), missing: z.string() })),
      }),
    )
    .describe("各指标体系版本适用期间的默认指标，按统计期间末日选用"),
  dashboard: z.object({ tableIds: z.array(z.string()), trendIds: z.array(z.string()) }),
  catalogue: z.array(indicatorInfo),
});
export type Meta = z.infer<typeof meta>;
schemaMatches<Meta, AppMeta>(true);
