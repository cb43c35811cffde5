/** 退案流转 and 快审统计 (繁简分流): requests and responses. */
import { z } from "zod";
import type { FastTrackStats } from "../../../app/triage/fast-track-stats.js";
import type { TransfersPage } from "../../../app/triage/list-transfers-back.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const transfersQuery = z.object({
  division: z.string().optional().describe("现承办部门"),
  lateOnly: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("只列逾期退案"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const transferRow = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  cause: z.string().nullable(),
  track: z.string().describe("立案时的分流方式：速裁 或 小额诉讼"),
  filedOn: isoDate,
  kindLabel: z.string().describe("退出方式：程序转换 或 变更承办部门"),
  transferredOn: isoDate.describe("退出日期（导入时发现的部门变更为导入日期）"),
  daysInFastTrack: z.number().int().describe("立案至退出的天数"),
  fromProcedure: z.string().nullable(),
  toProcedure: z.string().nullable(),
  fromDivision: z.string().nullable(),
  toDivision: z.string().nullable(),
  division: z.string().describe("现承办部门"),
  judge: z.string().describe("现承办人"),
  closedOn: isoDate.nullable(),
  reason: z.string(),
  basis: z.string().describe("依据"),
  inferred: z.boolean().describe("导入时发现的部门变更（日期不是实际变更日期）"),
  late: z.boolean().nullable().describe("是否超过退案期限；日期不详时为空"),
  limitDays: z.number().int().describe("退案期限（立案后天数）"),
  lateLabel: z.string(),
});

export const transfersPage = z.object({
  total: z.number().int(),
  late: z.number().int().describe("其中逾期退案数"),
  limitDays: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(transferRow),
});
export type TransfersPageBody = z.infer<typeof transfersPage>;
schemaMatches<TransfersPageBody, TransfersPage>(true);

export const statsQuery = z.object({
  from: isoDate,
  to: isoDate,
  by: z.enum(["division", "month", "all"]).optional().describe("按部门、按月或全院"),
});

export const statsRow = z.object({
  key: z.string().describe("部门名称、月份（YYYY-MM）或 全院"),
  filed: z.number().describe("民初新收"),
  entered: z.number().describe("其中立案时进入速裁快审"),
  share: z.number().nullable().describe("速裁快审分流率"),
  closedInTrack: z.number().describe("未退出而结案的速裁快审案件"),
  avgDays: z.number().nullable(),
  medianDays: z.number().nullable(),
  transferredBack: z.number().describe("其中已退出"),
  backRate: z.number().nullable().describe("速裁快审退案率"),
  eligibleClosed: z.number().describe("符合小额诉讼条件的民初结案"),
  smallClaimsClosed: z.number().describe("其中以小额诉讼程序结案"),
  eligibleRate: z.number().nullable().describe("符合条件案件小额诉讼适用率"),
});

export const fastTrackStatsBody = z.object({
  from: isoDate,
  to: isoDate,
  by: z.enum(["division", "month", "all"]),
  rows: z.array(statsRow),
});
export type FastTrackStatsBody = z.infer<typeof fastTrackStatsBody>;
schemaMatches<FastTrackStatsBody, FastTrackStats>(true);
