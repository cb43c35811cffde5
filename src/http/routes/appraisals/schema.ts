/** The 鉴定 API: the register, entry and correction, the 诉前/诉中 comparison and its cases. */
import { z } from "zod";
import type { AppraisalComparison, ComparisonCase } from "../../../app/appraisals/appraisal-comparison.js";
import type { AppraisalList } from "../../../app/appraisals/list-appraisals.js";
import { APPRAISAL_KINDS, APPRAISAL_STAGES } from "../../../domain/appraisals/appraisal.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const flag = z.enum(["true", "false"]);
const stage = z.enum(APPRAISAL_STAGES);
const kind = z.enum(APPRAISAL_KINDS);

export const appraisalListQuery = z.object({
  stage: stage.optional(),
  kind: kind.optional(),
  overdue: flag.optional().describe("只看超过鉴定时限的（true）或未超过的（false）"),
  mismatch: flag.optional().describe("只看与扣除审限记录不一致的诉中鉴定"),
  running: flag.optional().describe("只看尚未完成的"),
  from: isoDate.optional().describe("委托日期起"),
  to: isoDate.optional().describe("委托日期止"),
  q: z.string().max(100).optional().describe("案号（或关联案件案号）的一部分"),
  division: z.string().max(100).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).optional(),
});

export const appraisalRow = z.object({
  id: z.number().int(),
  caseNumber: z.string().describe("案号或诉前调解案号"),
  stage,
  kind,
  commissionedOn: isoDate,
  institution: z.string().nullable(),
  completedOn: z.string().nullable(),
  extensionApproved: z.boolean().describe("经鉴定机构负责人批准延长鉴定时限"),
  note: z.string().nullable(),
  version: z.number().int(),
  workingDays: z.number().int().describe("委托日期次日起至完成日期（未完成的至今日）的工作日数"),
  allowedWorkingDays: z.number().int(),
  dueOn: isoDate.describe("鉴定时限的最后一日"),
  overdue: z.boolean(),
  running: z.boolean(),
  linkedCaseNumber: z.string().nullable().describe("诉中：本案；诉前：原审案号为该诉前调解案号的案件"),
  division: z.string().nullable(),
  judge: z.string().nullable(),
  filedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  mismatch: z.string().nullable().describe("诉中鉴定与扣除审限（原因：鉴定）记录不一致的说明"),
  mismatchProblem: z.enum(["missing", "dates"]).nullable(),
  actions: z.array(z.literal("edit")),
});

export const appraisalListBody = z.object({
  rows: z.array(appraisalRow),
  total: z.number().int(),
  counts: z.object({ total: z.number(), overdue: z.number(), running: z.number(), mismatch: z.number() }),
  limitWorkingDays: z.number().int(),
  extensionWorkingDays: z.number().int(),
  asOf: isoDate,
});
export type AppraisalListBody = z.infer<typeof appraisalListBody>;
schemaMatches<AppraisalListBody, AppraisalList>(true);
export type AppraisalRowBody = z.infer<typeof appraisalRow>;

export const appraisalBody = z.object({
  caseNumber: z.string().min(1).max(100),
  stage: z.string().max(20),
  kind: z.string().max(20),
  commissionedOn: z.string().max(20),
  institution: z.string().max(200).nullable().optional(),
  completedOn: z.string().max(20).nullable().optional(),
  extensionApproved: z.boolean().optional(),
  note: z.string().max(1000).nullable().optional(),
});
export type AppraisalBody = z.infer<typeof appraisalBody>;

export const appraisalUpdateBody = appraisalBody.extend({ version: z.number().int() });
export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const savedBody = z.object({ id: z.number().int() });

export const comparisonQuery = z.object({
  from: isoDate.optional().describe("委托日期起"),
  to: isoDate.optional().describe("委托日期止"),
});

export const comparisonCell = z.object({
  quarter: z.string().describe("委托日期所在季度，如 2024Q3"),
  kind,
  stage,
  cases: z.number().int(),
  closed: z.number().int(),
  meanDaysToClose: z.number().nullable().describe("委托日期至结案日期的平均自然日（已结案件）"),
  meanExcludedDays: z.number().nullable().describe("平均扣除审限天数"),
  longPending: z.number().int(),
  longPendingShare: z.number().nullable(),
});

export const comparisonBody = z.object({
  cells: z.array(comparisonCell),
  longPendingDays: z.number().int(),
  asOf: isoDate,
});
export type ComparisonBody = z.infer<typeof comparisonBody>;
schemaMatches<ComparisonBody, AppraisalComparison>(true);

export const comparisonCasesQuery = comparisonQuery.extend({
  quarter: z.string().regex(/^\d{4}Q[1-4]$/),
  kind,
  stage,
});

export const comparisonCase = z.object({
  caseNumber: z.string(),
  division: z.string(),
  judge: z.string(),
  commissionedOn: isoDate,
  filedOn: isoDate,
  closedOn: z.string().nullable(),
  daysToClose: z.number().int().nullable(),
  excludedDays: z.number(),
  longPending: z.boolean(),
});
export const comparisonCasesBody = z.object({ rows: z.array(comparisonCase) });
export type ComparisonCasesBody = z.infer<typeof comparisonCasesBody>;
schemaMatches<ComparisonCasesBody, { rows: ComparisonCase[] }>(true);
