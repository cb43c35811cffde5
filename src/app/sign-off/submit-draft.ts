/**
 * Submitting a draft for 阅核: the judge of the case, with the file uploaded before. The reviewer,
 * the 分管院领导 and the way a second 复议 escalates are set in the matter's data here, from the
 * settings; the reasons the case needs 阅核 are kept with it.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import { findCaseRow } from "../../db/cases/find-case.js";
import type { Db } from "../../db/connect.js";
import { attachMatterFile } from "../../db/sign-off/attach-matter-file.js";
import { findMatterFile } from "../../db/sign-off/find-matter-file.js";
import type { Actor } from "../../domain/auth/index.js";
import { escalationField, SIGN_OFF_KIND_ID } from "../../domain/sign-off/index.js";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { MatterView } from "../workflow/matter-view.js";
import { openMatter } from "../workflow/open-matter.js";
import { caseReasons } from "./case-reasons.js";
import { chooseReviewers } from "./choose-reviewer.js";
import { getCaseSignOff, isCaseJudge } from "./get-case-sign-off.js";
import { readSignOffSettings } from "./sign-off-settings.js";

export interface SubmitDraftRequest {
  caseId: number;
  documentType: string;
  documentTitle: string;
  conclusion: string;
  fileId: number;
  /** 发回重审案件 */
  remandRetrial?: boolean;
  /** 经审委会讨论 */
  discussedByCommittee?: boolean;
  /** 经专业法官会议讨论 */
  discussedByMeeting?: boolean;
}

/** A file uploaded by `actor` and not yet attached to any draft; else a 400 naming the field. */
export async function ownUnattachedFile(handle: Db, actor: Actor, fileId: number, field: string) {
  const file = await findMatterFile(handle, fileId);
  if (!file || file.uploadedBy !== actor.username)
    throw new InvalidInputError(field, `文书文件（编号 ${fileId}）不存在或不是您上传的，请重新上传`, fileId);
  if (file.matterId !== null)
    throw new InvalidInputError(field, `文书文件“${file.name}”已用于另一次阅核，请重新上传`, fileId);
  return file;
}

export async function submitDraft(
  actor: Actor,
  handle: Db,
  req: SubmitDraftRequest,
  today: string,
): Promise<MatterView> {
  const row = await findCaseRow(handle, req.caseId);
  if (!row) throw new NotFoundError(`未找到编号为 ${req.caseId} 的案件`);
  mustAuthorize(actor, "view-case", { courtCode: row.court_code, division: row.division, judge: row.judge });
  if (!isCaseJudge(actor, row)) throw new ForbiddenError(actor, "view-case", "只有本案承办法官可以提交阅核");
  const current = await getCaseSignOff(actor, handle, row.id, today);
  if (current.openDraft !== null)
    throw new ConflictError(`本案已有文书在阅核中（阅核编号 ${current.openDraft}），请在其办结后再提交`);
  const file = await ownUnattachedFile(handle, actor, req.fileId, "fileId");
  const settings = await readSignOffSettings(handle);
  const declared = {
    remandRetrial: req.remandRetrial === true,
    discussedByCommittee: req.discussedByCommittee === true,
    discussedByMeeting: req.discussedByMeeting === true,
  };
  const reasons = await caseReasons(handle, row, declared, settings, today);
  const supervised = reasons.some((r) => r.code === "supervised");
  const { reviewer, leader, escalation } = await chooseReviewers(
    handle,
    row.division,
    supervised,
    actor.username,
    settings,
  );
  const view = await openMatter(
    actor,
    handle,
    {
      kind: SIGN_OFF_KIND_ID,
      title: `阅核：${row.case_number} ${req.documentTitle.trim()}`,
      division: row.division,
      judge: row.judge,
      caseId: row.id,
      caseNumber: row.case_number,
      links: [{ entity: "case", id: row.id }],
      input: {
        documentType: req.documentType,
        documentTitle: req.documentTitle,
        conclusion: req.conclusion,
        fileId: file.id,
      },
      data: {
        reviewer: reviewer.username,
        reviewerName: reviewer.name,
        leader: leader?.username ?? null,
        leaderName: leader?.name ?? null,
        escalation,
        [escalationField(escalation)]: reviewer.username,
        reasons,
        declared,
      },
    },
    today,
  );
  if (!(await attachMatterFile(handle.db, file.id, view.id, actor.username)))
    throw new ConflictError(`文书文件“${file.name}”已用于另一次阅核，请重新上传`);
  await appendAudit(handle.db, {
    user: actor.username,
    action: "attach-sign-off-file",
    entity: "matter",
    entityId: String(view.id),
    after: { fileId: file.id, name: file.name, sha256: file.sha256 },
  });
  return view;
}
