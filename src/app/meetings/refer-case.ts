/**
 * 提交专业法官会议 / 提请审委会 from the case page: the judge in charge (for the panel), the
 * division's chief, the office or a 院领导 refers a case with its materials (案情摘要, 争议焦点,
 * 合议庭意见 and, where made, the 类案检索报告). A case already waiting for or on the agenda of the
 * same kind of meeting is not referred twice (409).
 */
import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { itemMatters } from "../../db/meetings/item-matters.js";
import { attachMatterFile } from "../../db/sign-off/attach-matter-file.js";
import { findMatterFile } from "../../db/sign-off/find-matter-file.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  MEETING_ITEM_KIND_ID,
  MEETING_KIND_NAMES,
  MEETING_KINDS,
  type MeetingKind,
} from "../../domain/meetings/index.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { MatterView } from "../workflow/matter-view.js";
import { meetingKindOf } from "./meeting-view.js";
import { openMeetingItem } from "./open-item.js";

export interface ReferCaseInput {
  meetingKind: string;
  summary: string;
  issues: string;
  panelOpinion: string;
  similarCases?: string;
  note?: string;
  /**
   * 类案检索报告 as files (.docx or .pdf), uploaded first by POST /api/sign-off/files (the judge's
   * file store): each unattached and uploaded by the referrer.
   */
  fileIds?: readonly number[];
}

const REQUIRED: [keyof ReferCaseInput, string][] = [
  ["summary", "案情摘要"],
  ["issues", "争议焦点"],
  ["panelOpinion", "合议庭意见"],
];

export async function referCase(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: ReferCaseInput,
  today: string,
): Promise<MatterView> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "refer-to-meeting", ref);
  if (!(MEETING_KINDS as readonly string[]).includes(input.meetingKind))
    throw new InvalidInputError("meetingKind", `会议类型“${input.meetingKind}”不正确`, input.meetingKind);
  const meetingKind = input.meetingKind as MeetingKind;
  for (const [k, label] of REQUIRED) {
    const v = String(input[k] ?? "").trim();
    if (v.length < 2)
      throw new InvalidInputError(
        k,
        `请填写${label}（不少于 2 个字，现为 ${v.length} 个字）`,
        input[k] ?? "",
      );
  }
  const fileIds = [...new Set(input.fileIds ?? [])];
  for (const [i, id] of fileIds.entries()) {
    const f = await findMatterFile(handle, id);
    if (!f || f.matterId !== null || f.uploadedBy !== actor.username)
      throw new InvalidInputError(
        `fileIds[${i}]`,
        `第 ${i + 1} 个类案检索报告文件（编号 ${id}）不存在、不是您上传的或已被使用`,
        id,
      );
  }
  const open = (await itemMatters(handle, MEETING_ITEM_KIND_ID, { states: ["waiting", "scheduled"] })).find(
    (m) => m.caseId === caseId && meetingKindOf(m) === meetingKind,
  );
  if (open)
    throw new ConflictError(
      `${ref.caseNumber}已提请${MEETING_KIND_NAMES[meetingKind]}，尚待上会，不必重复提请`,
    );
  const view = await openMeetingItem(
    actor,
    handle,
    {
      meetingKind,
      source: "panel",
      caseId,
      caseNumber: ref.caseNumber,
      division: ref.division,
      judge: ref.judge,
      originMatterId: null,
      materials: {
        summary: input.summary.trim(),
        issues: input.issues.trim(),
        panelOpinion: input.panelOpinion.trim(),
        similarCases: input.similarCases?.trim(),
      },
      note: input.note?.trim() ?? "",
    },
    today,
  );
  for (const id of fileIds) await attachMatterFile(handle.db, id, view.id, actor.username);
  return view;
}
