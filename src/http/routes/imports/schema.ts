/** The imports API: its requests and responses. */
import { z } from "zod";
import type { ImportReport as AppImportReport } from "../../../app/imports/import-cases.js";
import type { ImportHistoryRow as AppHistoryRow } from "../../../app/imports/list-imports.js";
import { pageOf, schemaMatches } from "../../schema/common.js";

export const uploadTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{10,64}$/) });

export const importListQuery = z.object({
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).optional(),
});

export const importIssue = z.object({
  sheet: z.string(),
  row: z.number().int().describe("Excel 行号（表头为第 1 行）；0 表示整个文件的问题"),
  column: z.string().describe("列的中文表头"),
  value: z.string(),
  message: z.string(),
  severity: z.enum(["error", "warning"]),
});
export type ImportIssue = z.infer<typeof importIssue>;

export const fieldChange = z.object({
  field: z.string().describe("列的中文表头；追加的审限变更为“新增审限变更”"),
  before: z.string().describe("已存储的值（按人读的写法：日期、是/否、金额“元”；空值为“（空）”）"),
  after: z.string().describe("文件中的值"),
});

export const caseChange = z.object({
  caseNumber: z.string(),
  row: z.number().int().nullable().describe("该案在“案件”表中的行号；文件只为其追加审限变更时为 null"),
  fields: z.array(fieldChange),
});
export type CaseChange = z.infer<typeof caseChange>;

export const changeList = z.object({
  total: z.number().int().describe("文件将修改（已修改）的已存储案件数"),
  cases: z.array(caseChange).describe("按文件顺序逐项列出的前 limit 件"),
  limit: z.number().int(),
});

export const importReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  status: z.enum(["imported", "unchanged", "rejected", "dry-run"]),
  importId: z.number().int().nullable(),
  files: z.array(z.string()),
  cases: z.object({ total: z.number(), inserted: z.number(), updated: z.number(), unchanged: z.number() }),
  events: z.object({ total: z.number(), inserted: z.number(), alreadyStored: z.number() }),
  appraisals: z
    .object({ total: z.number(), inserted: z.number(), updated: z.number(), unchanged: z.number() })
    .describe("鉴定表：行数、新增、更新、未变"),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  errors: z.array(importIssue),
  warnings: z.array(importIssue),
  changes: changeList.describe("导入将修改（已修改）的已存储案件：逐项列出原值 → 新值"),
  factsRefreshed: z.number().int(),
  alerts: z.object({ total: z.number(), new: z.number(), resolved: z.number() }).nullable(),
  summary: z.string(),
  ms: z.number(),
});
export type ImportReport = z.infer<typeof importReport>;
schemaMatches<ImportReport, AppImportReport>(true);

export const validatedUpload = z.object({
  token: z.string().nullable().describe("校验通过时用于确认导入；有错误时为 null"),
  report: importReport,
});

export const importHistoryRow = z.object({
  id: z.number().int(),
  fileNames: z.string(),
  status: z.string(),
  dryRun: z.boolean(),
  casesTotal: z.number(),
  casesInserted: z.number(),
  casesUpdated: z.number(),
  casesUnchanged: z.number(),
  eventsTotal: z.number(),
  eventsInserted: z.number(),
  warnings: z.number(),
  errors: z.number(),
  userName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportHistoryRow = z.infer<typeof importHistoryRow>;
schemaMatches<ImportHistoryRow, AppHistoryRow>(true);

export const importHistory = pageOf(importHistoryRow);
