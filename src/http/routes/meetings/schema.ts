/** The meetings API (专业法官会议, 审判委员会): its requests and responses. */
import { z } from "zod";
import type { CaseMeetings as AppCaseMeetings } from "../../../app/meetings/case-meetings.js";
import type { ItemRow as AppItemRow } from "../../../app/meetings/item-row.js";
import type { MeetingStatistics as AppStatistics } from "../../../app/meetings/meeting-statistics.js";
import type { MeetingView as AppMeetingView } from "../../../app/meetings/meeting-view.js";
import { ATTENDEE_ROLES, MEETING_KINDS, STANCES } from "../../../domain/meetings/index.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

// ── requests ─────────────────────────────────────────────────────────────────

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const itemParams = z.object({
  id: z.coerce.number().int().min(1),
  matterId: z.coerce.number().int().min(1),
});

const kind = z.enum(MEETING_KINDS).describe("judges：专业法官会议；committee：审判委员会");

export const meetingListQuery = z.object({
  view: z
    .enum(["upcoming", "past", "all"])
    .default("upcoming")
    .describe("upcoming：待召开；past：已召开；all：全部"),
  kind: kind.optional(),
});

export const itemListQuery = z.object({
  view: z
    .enum(["waiting", "scheduled", "decided"])
    .default("waiting")
    .describe("waiting：待上会；scheduled：已排期；decided：已讨论"),
  kind: kind.optional(),
});

export const statisticsQuery = z.object({
  from: isoDate.optional().describe("提请日期起"),
  to: isoDate.optional().describe("提请日期止"),
});

export const createMeetingBody = z.object({
  kind,
  title: z.string().max(200).describe("会议名称"),
  scheduledOn: isoDate.describe("会议日期"),
  startTime: z.string().max(5).describe("开始时间 HH:MM"),
  place: z.string().max(200).describe("会议地点"),
  chairStaffId: z.number().int().min(1).describe("主持人（人员编号）"),
  secretary: z.string().max(100).describe("记录人账号"),
});

export const attendeesBody = z.object({
  attendees: z
    .array(
      z.object({
        staffId: z.number().int().min(1),
        role: z.enum(ATTENDEE_ROLES).describe("member：委员/成员；observer：列席；recused：回避"),
        reason: z.string().max(500).optional().describe("回避理由"),
        present: z.boolean(),
      }),
    )
    .max(200),
});

export const addItemBody = z.object({ matterId: z.number().int().min(1).describe("上会事项编号") });

export const opinionsBody = z.object({
  opinions: z
    .array(
      z.object({
        staffId: z.number().int().min(1),
        stance: z.enum(STANCES).describe("agree：同意合议庭意见；disagree：不同意；other：其他意见"),
        opinion: z.string().max(4000).describe("发言要点"),
      }),
    )
    .max(200),
});

export const resultBody = z.object({
  decision: z.string().max(4000).optional().describe("审委会决定内容（审委会必填）；专业法官会议为补充说明"),
});

export const referBody = z.object({
  meetingKind: kind,
  summary: z.string().max(4000).describe("案情摘要"),
  issues: z.string().max(2000).describe("争议焦点"),
  panelOpinion: z.string().max(4000).describe("合议庭意见"),
  similarCases: z.string().max(8000).optional().describe("类案检索报告"),
  note: z.string().max(2000).optional().describe("提请理由"),
  fileIds: z
    .array(z.number().int().min(1))
    .max(5)
    .optional()
    .describe("类案检索报告文件（先由 POST /api/sign-off/files 上传得到的编号）"),
});

// ── responses ────────────────────────────────────────────────────────────────

const stance = z.enum(STANCES);

export const meetingBody = z.object({
  id: z.number().int(),
  courtCode: z.string().nullable().describe("会议所属法院的法院代字；单一法院安装为 null"),
  kind,
  kindName: z.string(),
  title: z.string(),
  scheduledOn: z.string(),
  startTime: z.string(),
  place: z.string(),
  chairStaffId: z.number().int().nullable(),
  chairName: z.string().nullable(),
  secretary: z.string(),
  status: z.string(),
  statusName: z.string(),
  attendees: z.array(
    z.object({
      staffId: z.number().int(),
      name: z.string(),
      division: z.string(),
      positionNames: z.array(z.string()),
      committeeMember: z.boolean(),
      role: z.enum(ATTENDEE_ROLES),
      roleName: z.string(),
      reason: z.string(),
      present: z.boolean(),
    }),
  ),
  speakingOrder: z.array(z.object({ staffId: z.number().int(), name: z.string() })),
  orderRule: z.string(),
  quorum: z
    .object({
      total: z.number().int(),
      present: z.number().int(),
      recused: z.number().int(),
      required: z.number().int(),
      met: z.boolean(),
      text: z.string(),
    })
    .nullable(),
  agenda: z.array(
    z.object({
      matterId: z.number().int(),
      version: z.number().int(),
      position: z.number().int(),
      title: z.string(),
      caseId: z.number().int().nullable(),
      caseNumber: z.string().nullable(),
      division: z.string(),
      judge: z.string(),
      state: z.string(),
      stateLabel: z.string(),
      source: z.string(),
      summary: z.string(),
      issues: z.string(),
      panelOpinion: z.string(),
      similarCases: z.string(),
      files: z.array(z.object({ id: z.number().int(), name: z.string(), size: z.number().int() })),
      referralNote: z.string(),
      opinions: z.array(
        z.object({
          staffId: z.number().int(),
          name: z.string(),
          orderNo: z.number().int(),
          stance,
          stanceName: z.string(),
          opinion: z.string(),
        }),
      ),
      outcome: z.object({
        stance: stance.nullable(),
        stanceName: z.string().nullable(),
        minority: z.array(z.string()),
        agree: z.number().int(),
        disagree: z.number().int(),
        other: z.number().int(),
        required: z.number().int().nullable(),
        text: z.string(),
      }),
      result: z.string().nullable(),
      adoption: z.string().nullable(),
      actions: z.array(z.enum(["record-opinions", "record-result", "remove"])),
    }),
  ),
  actions: z.array(z.enum(["add-item", "attendees", "minutes"])),
});
schemaMatches<z.infer<typeof meetingBody>, AppMeetingView>(true);

export const meetingList = z.object({ rows: z.array(meetingBody) });

export const itemRow = z.object({
  matterId: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  caseId: z.number().int().nullable(),
  caseNumber: z.string().nullable(),
  division: z.string(),
  judge: z.string(),
  meetingKind: kind,
  meetingKindName: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  source: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  meetingId: z.number().int().nullable(),
  meetingTitle: z.string().nullable(),
  meetingDate: z.string().nullable(),
  result: z.string().nullable(),
  adoption: z.string().nullable(),
});
schemaMatches<z.infer<typeof itemRow>, AppItemRow>(true);

export const itemList = z.object({ rows: z.array(itemRow) });

export const caseMeetings = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  rows: z.array(itemRow),
  actions: z.array(z.enum(["refer-judges", "refer-committee"])),
});
schemaMatches<z.infer<typeof caseMeetings>, AppCaseMeetings>(true);

export const meetingStatistics = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  months: z.array(z.object({ month: z.string(), judges: z.number().int(), committee: z.number().int() })),
  adoption: z.object({
    adopted: z.number().int(),
    notAdopted: z.number().int(),
    waiting: z.number().int(),
    rate: z.number().nullable(),
  }),
  committeeByDivision: z.array(
    z.object({ division: z.string(), referred: z.number().int(), decided: z.number().int() }),
  ),
});
schemaMatches<z.infer<typeof meetingStatistics>, AppStatistics>(true);

export type MeetingBody = z.infer<typeof meetingBody>;
export type ItemRowBody = z.infer<typeof itemRow>;
export type CaseMeetingsBody = z.infer<typeof caseMeetings>;
export type MeetingStatisticsBody = z.infer<typeof meetingStatistics>;
