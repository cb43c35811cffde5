/** The 阅核 API: its requests and responses. */
import { z } from "zod";
import type { CaseSignOff as AppCaseSignOff } from "../../../app/sign-off/get-case-sign-off.js";
import type { DraftList as AppDraftList } from "../../../app/sign-off/list-sign-off-drafts.js";
import type { SignOffStatistics as AppStatistics } from "../../../app/sign-off/sign-off-statistics.js";
import type { DraftFileInfo as AppDraftFileInfo } from "../../../app/sign-off/upload-draft-file.js";
import { SIGN_OFF_DOCUMENT_TYPES } from "../../../domain/sign-off/index.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

// ── requests ─────────────────────────────────────────────────────────────────

export const idParams = z.object({ id: z.coerce.number().int().min(1) });

export const submitDraftBody = z.object({
  caseId: z.number().int().min(1),
  documentType: z.enum(SIGN_OFF_DOCUMENT_TYPES).describe("文书类型"),
  documentTitle: z.string().max(200).describe("文书标题"),
  conclusion: z.string().max(4000).describe("裁判结论摘要（只有承办法官可以填写或修改）"),
  fileId: z.number().int().min(1).describe("先由 POST /api/sign-off/files 上传得到的文件编号"),
  remandRetrial: z.boolean().optional().describe("发回重审案件"),
  discussedByCommittee: z.boolean().optional().describe("经审判委员会讨论决定"),
  discussedByMeeting: z.boolean().optional().describe("经专业法官会议讨论"),
});

export const resubmitDraftBody = z.object({
  version: z.number().int().min(1).describe("阅核事项的版本号（并发控制：过期版本返回 409）"),
  note: z.string().max(4000).describe("复议答复"),
  conclusion: z.string().max(4000).describe("裁判结论摘要"),
  fileId: z.number().int().min(1).nullable().optional().describe("修改后的文书文件编号"),
});

export const draftListQuery = z.object({
  view: z
    .enum(["queue", "mine", "all"])
    .default("queue")
    .describe("queue：待我阅核；mine：我提交的；all：数据范围内全部"),
});

export const statisticsQuery = z.object({
  from: isoDate.optional().describe("提交日期起"),
  to: isoDate.optional().describe("提交日期止"),
});

// ── responses ────────────────────────────────────────────────────────────────

export const draftFileInfo = z.object({
  id: z.number().int(),
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});
schemaMatches<z.infer<typeof draftFileInfo>, AppDraftFileInfo>(true);

export const draftRow = z.object({
  id: z.number().int(),
  version: z.number().int(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  documentType: z.string(),
  documentTitle: z.string(),
  conclusion: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  terminal: z.boolean(),
  reviewer: z.string(),
  reviewerName: z.string(),
  submittedOn: isoDate,
  waitingSince: isoDate.nullable(),
  waitedDays: z.number().int().nullable().describe("已等待的工作日数"),
  overdue: z.boolean().describe("超期待阅核（超过设置的工作日数）"),
  returns: z.number().int(),
  escalated: z.boolean(),
  signedOffOn: isoDate.nullable(),
  daysToSignOff: z.number().int().nullable(),
  reasons: z.array(z.string()),
  file: draftFileInfo.nullable(),
});
export type DraftRow = z.infer<typeof draftRow>;

export const draftList = z.object({
  view: z.enum(["queue", "mine", "all"]),
  rows: z.array(draftRow),
  waitWorkingDays: z.number().int(),
  overdue: z.number().int(),
});
export type DraftList = z.infer<typeof draftList>;
schemaMatches<DraftList, AppDraftList>(true);

export const signOffReason = z.object({ code: z.string(), text: z.string(), basis: z.string() });

export const caseSignOff = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  needed: z.boolean().describe("须阅核"),
  reasons: z.array(signOffReason),
  canSubmit: z.boolean(),
  openDraft: z.number().int().nullable(),
  drafts: z.array(draftRow),
});
export type CaseSignOff = z.infer<typeof caseSignOff>;
schemaMatches<CaseSignOff, AppCaseSignOff>(true);

const counts = {
  drafts: z.number().int(),
  signedOff: z.number().int(),
  returned: z.number().int(),
  escalated: z.number().int(),
  waiting: z.number().int(),
  overdue: z.number().int(),
  averageDaysToSignOff: z.number().nullable(),
};

export const signOffStatistics = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  waitWorkingDays: z.number().int(),
  total: z.object(counts),
  byReviewer: z.array(z.object({ reviewer: z.string(), reviewerName: z.string(), ...counts })),
  byDivision: z.array(z.object({ division: z.string(), ...counts })),
});
export type SignOffStatistics = z.infer<typeof signOffStatistics>;
schemaMatches<SignOffStatistics, AppStatistics>(true);

export type SubmitDraftBody = z.infer<typeof submitDraftBody>;
export type ResubmitDraftBody = z.infer<typeof resubmitDraftBody>;
export type DraftFileInfo = z.infer<typeof draftFileInfo>;
