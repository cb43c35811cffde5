/** The 评析会 API: meetings, their cases with 自评 / 讲评 / 点评, and the minutes. */
import { z } from "zod";
import type { listReviewMeetings } from "../../../app/review-meetings/list-review-meetings.js";
import type { ReviewMeetingRow } from "../../../app/review-meetings/review-meeting-row.js";
import { REVIEW_PARTS } from "../../../domain/reversals/review.js";
import { isoDate, schemaMatches } from "../../schema/common.js";

const part = z.enum(REVIEW_PARTS);

export const reviewEntryRow = z.object({
  caseId: z.number().int(),
  caseNumber: z.string(),
  courtCode: z.string().describe("案件所属法院的法院代字"),
  division: z.string(),
  judge: z.string(),
  cause: z.string().nullable(),
  outcome: z.enum(["改判", "发回重审"]).nullable(),
  decidedOn: z.string().nullable(),
  reason: z.string().nullable(),
  responsibility: z.string().nullable(),
  selfText: z.string().nullable().describe("原承办人自评"),
  selfBy: z.string().nullable(),
  selfAt: z.string().nullable(),
  chiefText: z.string().nullable().describe("庭长讲评"),
  chiefBy: z.string().nullable(),
  chiefAt: z.string().nullable(),
  leaderText: z.string().nullable().describe("分管领导点评"),
  leaderBy: z.string().nullable(),
  leaderAt: z.string().nullable(),
  complete: z.boolean().describe("评析完毕：自评、讲评、点评均已记录"),
  missing: z.array(part),
  canRecord: z.array(part).describe("当前用户此刻可以填写的部分"),
});

export const reviewMeetingRow = z.object({
  id: z.number().int(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  host: z.string(),
  attendees: z.string(),
  problems: z.string().describe("发现的共性问题"),
  followUps: z.string().describe("整改措施和后续工作"),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  entryCount: z.number().int(),
  completeCount: z.number().int(),
  entries: z.array(reviewEntryRow),
  canEdit: z.boolean(),
});
export type ReviewMeetingBody = z.infer<typeof reviewMeetingRow>;
schemaMatches<ReviewMeetingBody, ReviewMeetingRow>(true);

export const reviewMeetingListBody = z.object({ rows: z.array(reviewMeetingRow), canCreate: z.boolean() });
export type ReviewMeetingListBody = z.infer<typeof reviewMeetingListBody>;
schemaMatches<ReviewMeetingListBody, Awaited<ReturnType<typeof listReviewMeetings>>>(true);

const text = z.string().max(4000);

export const newMeetingBody = z.object({
  title: z.string().max(200),
  heldOn: isoDate,
  place: z.string().max(200).optional(),
  host: z.string().max(200).optional(),
  attendees: text.optional(),
  problems: text.optional(),
  followUps: text.optional(),
  caseIds: z.array(z.number().int().min(1)).max(200).describe("发改案件（一审案件 id）"),
});

export const meetingChangeBody = z.object({
  title: z.string().max(200).optional(),
  heldOn: isoDate.optional(),
  place: z.string().max(200).optional(),
  host: z.string().max(200).optional(),
  attendees: text.optional(),
  problems: text.optional(),
  followUps: text.optional(),
  addCaseIds: z.array(z.number().int().min(1)).max(200).optional(),
  version: z.number().int().min(0),
});

export const meetingIdParams = z.object({ id: z.coerce.number().int().min(1) });
export const meetingEntryParams = z.object({
  id: z.coerce.number().int().min(1),
  caseId: z.coerce.number().int().min(1),
});

export const reviewBody = z.object({
  part: part.describe("self 原承办人自评、chief 庭长讲评、leader 分管领导点评"),
  text,
});
