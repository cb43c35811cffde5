/** The reports API: the query of each download (the answer is the file itself). */
import { z } from "zod";

const division = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .optional()
  .describe("只统计一个部门（部门版）；庭长省略时为本部门");
const format = z.enum(["docx", "xlsx"]).default("docx").describe("docx：Word 报告；xlsx：Excel 数据表");

export const quarterlyReportQuery = z.object({
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/, "应为形如 2024Q4 的季度（年份、字母 Q、季度 1–4）")
    .describe("季度，如 2024Q4"),
  division,
  format,
});

export const monthlyReportQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为形如 2024-11 的月份")
    .describe("月份，如 2024-11"),
  division,
  format,
});
