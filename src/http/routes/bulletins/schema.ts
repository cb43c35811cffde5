/** The bulletins API: its requests and responses. */
import { z } from "zod";
import type { BulletinSummary as AppBulletinSummary } from "../../../app/bulletins/get-bulletin-summary.js";
import type { listBulletinMonths } from "../../../app/bulletins/list-bulletin-months.js";
import { HEADLINES } from "../../../domain/bulletin/model.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const bulletinQuery = z.object({
  court: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .optional()
    .describe("法院代字：只通报该法院（多法院数据库；须在本账号可见范围内）"),
});

export const bulletinParams = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为形如 2024-06 的月份"),
});

const month = z.string().describe("YYYY-MM");
const headlineId = z.enum(HEADLINES.map((h) => h.id) as [HeadlineIds, ...HeadlineIds[]]);
type HeadlineIds = (typeof HEADLINES)[number]["id"];

const headlineFigure = z.object({
  id: headlineId,
  thisMonth: z.number().int().describe("本月（截至统计基准日）"),
  lastMonth: z.number().int().describe("上月（截至上月末）"),
});

const orderCounts = z.object({
  issued: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
  closed: z.number().int(),
});

export const bulletinSummaryBody = z.object({
  court: z.object({ code: z.string(), name: z.string() }),
  month,
  from: isoDate,
  to: isoDate,
  asOf: isoDate.describe("统计基准日：月末，当月为今天"),
  previous: z.object({ month, asOf: isoDate }),
  newlyFound: z
    .object({ total: z.number().int(), byFamily: z.record(z.string(), z.number().int()) })
    .describe("本月新发现（尚未消除）：与预警列表“本期新发现”筛选同一口径"),
  orders: z
    .object({
      total: orderCounts,
      byDivision: z.array(z.object({ division: z.string(), counts: orderCounts })),
    })
    .describe("本月督办单：发起、答复、逾期未答复（报庭长）、销号，按部门"),
  headlines: z.array(
    headlineFigure.extend({ name: z.string(), change: z.string().describe("如：较上月增加 3 件") }),
  ),
  divisions: z
    .array(z.object({ division: z.string(), headlines: z.array(headlineFigure) }))
    .describe("按本院部门顺序"),
});
export type BulletinSummary = z.infer<typeof bulletinSummaryBody>;
schemaMatches<BulletinSummary, AppBulletinSummary>(true);

export const bulletinMonthsBody = z.object({
  today: isoDate,
  months: z
    .array(z.object({ month, inProgress: z.boolean().describe("本月，统计至今天") }))
    .describe("有数据的月份，由近及远"),
});
export type BulletinMonths = z.infer<typeof bulletinMonthsBody>;
schemaMatches<BulletinMonths, Awaited<ReturnType<typeof listBulletinMonths>>>(true);
