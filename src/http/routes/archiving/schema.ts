/** The 归档 API: archive lag by division and judge, the monthly rate, the unarchived list and its export. */
import { z } from "zod";
import type { ArchivingFigures, UnarchivedList } from "../../../app/archiving/archiving.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

export const archivingQuery = z.object({
  from: isoDate.optional().describe("结案日期起（默认结束日期所在年的 1 月 1 日）"),
  to: isoDate.optional().describe("结案日期止（默认今日）"),
  division: z.string().max(100).optional(),
});

const lagRow = z.object({
  division: z.string(),
  judge: z.string().optional(),
  closed: z.number().int(),
  archived: z.number().int(),
  lagDaysSum: z.number(),
  archivedLate: z.number().int().describe("结案后超过归档期限才归档的件数"),
  overdue: z.number().int().describe("结案后超过归档期限仍未归档的件数"),
  archiveRate: z.number().nullable(),
  meanLagDays: z.number().nullable().describe("平均归档天数（归档日期 − 结案日期）"),
});

export const archivingBody = z.object({
  from: isoDate,
  to: isoDate,
  asOf: isoDate,
  archiveOverdueDays: z.number().int(),
  total: lagRow,
  divisions: z.array(lagRow),
  judges: z.array(lagRow),
  months: z.array(
    z.object({
      month: z.string(),
      closed: z.number().int(),
      archived: z.number().int(),
      archiveRate: z.number().nullable(),
      meanLagDays: z.number().nullable(),
    }),
  ),
});
export type ArchivingBody = z.infer<typeof archivingBody>;
schemaMatches<ArchivingBody, ArchivingFigures>(true);

export const unarchivedQuery = z.object({
  division: z.string().max(100).optional(),
  overdueOnly: z.enum(["true", "false"]).optional().describe("只列逾期未归档的（默认 true）"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const unarchivedBody = z.object({
  rows: z.array(
    z.object({
      id: z.number().int(),
      caseNumber: z.string(),
      cause: z.string().nullable(),
      division: z.string(),
      judge: z.string(),
      closedOn: isoDate,
      closureMode: z.string().nullable(),
      daysSinceClosing: z.number().int(),
      overdue: z.boolean(),
    }),
  ),
  total: z.number().int(),
  archiveOverdueDays: z.number().int(),
  asOf: isoDate,
});
export type UnarchivedBody = z.infer<typeof unarchivedBody>;
schemaMatches<UnarchivedBody, UnarchivedList>(true);
