/** The staff register API (人员): its requests and responses. */
import { z } from "zod";
import type { importStaff } from "../../../app/people/import-staff.js";
import type { listStaff } from "../../../app/people/list-staff.js";
import type { StaffRow as AppStaffRow } from "../../../app/people/staff-row.js";
import { RECORD_ACTIONS } from "../../../domain/auth/index.js";
import { POSITIONS } from "../../../domain/people/positions.js";
import { pageOf, schemaMatches } from "../../schema/common.js";

export const staffRow = z.object({
  id: z.number().int(),
  staffNo: z.string().describe("工号"),
  name: z.string().describe("姓名（与案件数据中的承办人一致）"),
  division: z.string().describe("部门"),
  positions: z.array(z.enum(POSITIONS)).describe("职务代码"),
  positionNames: z.array(z.string()).describe("职务（中文）"),
  committeeMember: z.boolean().describe("审判委员会委员"),
  active: z.boolean().describe("在岗"),
  courtCode: z.string().nullable().describe("所属法院（法院代字）；null 表示不属于特定法院（各院通用）"),
  accounts: z.array(z.string()).describe("关联的账号"),
  actions: z.array(z.enum(RECORD_ACTIONS.staff)).describe("当前用户此刻可对该人员执行的操作"),
});
export type StaffRow = z.infer<typeof staffRow>;
schemaMatches<StaffRow, AppStaffRow>(true);

export const staffPage = pageOf(staffRow);
schemaMatches<z.infer<typeof staffPage>, Awaited<ReturnType<typeof listStaff>>>(true);

const flag = z.enum(["true", "false"]);

export const staffListQuery = z.object({
  division: z.string().max(80).optional(),
  q: z.string().max(80).optional().describe("姓名或工号中的文字"),
  active: flag.optional().describe("只看在岗（true）或不在岗（false）"),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

const text = z.string().max(200);

export const newStaffBody = z.object({
  staffNo: text.describe("工号"),
  name: text.describe("姓名"),
  division: text.describe("部门"),
  positions: z.array(z.enum(POSITIONS)).default([]),
  committeeMember: z.boolean().default(false),
  active: z.boolean().default(true),
  courtCode: z
    .string()
    .max(20)
    .nullable()
    .optional()
    .describe("所属法院（法院代字）；不填则为当前账号所在法院"),
});

export const staffChangeBody = z.object({
  staffNo: text.optional(),
  name: text.optional(),
  division: text.optional(),
  positions: z.array(z.enum(POSITIONS)).optional(),
  committeeMember: z.boolean().optional(),
  active: z.boolean().optional().describe("false：停用（不再在岗）；true：恢复在岗"),
  courtCode: z.string().max(20).nullable().optional().describe("所属法院（法院代字）；不填则不变"),
});

export const staffIdParams = z.object({ id: z.coerce.number().int().min(1) });

export const staffImportQuery = z.object({
  dryRun: flag.optional().describe("只校验，不写入"),
});

export const staffImportIssue = z.object({
  sheet: z.string(),
  row: z.number().int().describe("行号（表头为第 1 行）；0 表示整个文件的问题"),
  column: z.string().describe("列的中文表头"),
  value: z.string(),
  message: z.string(),
});

export const staffImportReport = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  sheet: z.string(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  errors: z.array(staffImportIssue).describe("有任何错误时不写入任何一行"),
  warnings: z.array(z.string()),
  unknownJudgeAlerts: z.number().int().describe("导入后承办人不在名册中的案件数（数据质量预警）"),
});
schemaMatches<z.infer<typeof staffImportReport>, Awaited<ReturnType<typeof importStaff>>>(true);
