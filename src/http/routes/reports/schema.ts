/** The reports API: the query of each download (the answer is the file itself). */
import { z } from "zod";

const division = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .optional()
  .describe("只统计一个部门（部门版）；庭长省略时为本部门");
const court = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .optional()
  .describe("法院代字：只统计该法院（多法院数据库；须在本账号可见范围内）");
const level = z
  .enum(["basic", "intermediate", "high"])
  .optional()
  .describe(
    "与 court 同用：该法院辖下该层级的全部法院，每院一行（basic 基层、intermediate 中级、high 高级）",
  );
const format = z.enum(["docx", "xlsx"]).default("docx").describe("docx：Word 报告；xlsx：Excel 数据表");

export const quarterlyReportQuery = z.object({
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/, "应为形如 2024Q4 的季度（年份、字母 Q、季度 1–4）")
    .describe("季度，如 2024Q4"),
  division,
  court,
  level,
  format,
});

export const monthlyReportQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "应为形如 2024-11 的月份")
    .describe("月份，如 2024-11"),
  division,
  court,
  level,
  format,
});
