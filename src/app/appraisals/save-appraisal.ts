/**
 * Entering or correcting an appraisal on the 鉴定 page: the same checks as the import's 鉴定 sheet
 * (a 诉中 appraisal's case must be stored and filed by its 委托日期), then the row, an audit entry,
 * and this rule's alerts merged again.
 */

import { caseForAppraisal } from "../../db/appraisals/read-appraisals.js";
import { appraisalExists, insertAppraisal, updateAppraisal } from "../../db/appraisals/write-appraisals.js";
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { APPRAISAL_SHEET } from "../../domain/import/columns.js";
import { appraisalBeforeFilingIssue, validateAppraisalRow } from "../../domain/import/validate.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { todayInChina } from "../shared/today.js";
import { recomputeAppraisalAlerts } from "./appraisal-alerts.js";

export interface AppraisalInput {
  caseNumber: string;
  stage: string;
  kind: string;
  commissionedOn: string;
  institution?: string | null;
  completedOn?: string | null;
  extensionApproved?: boolean;
  note?: string | null;
}

const FIELD: Record<string, keyof AppraisalInput> = {
  案号: "caseNumber",
  阶段: "stage",
  鉴定类型: "kind",
  委托日期: "commissionedOn",
  鉴定机构: "institution",
  完成日期: "completedOn",
  延长鉴定时限: "extensionApproved",
};

async function checked(handle: Db, input: AppraisalInput, today: string) {
  const res = validateAppraisalRow(
    {
      caseNumber: input.caseNumber,
      stage: input.stage,
      kind: input.kind,
      commissionedOn: input.commissionedOn,
      institution: input.institution ?? null,
      completedOn: input.completedOn ?? null,
      extensionApproved: input.extensionApproved ?? false,
    },
    { sheet: APPRAISAL_SHEET, row: 0, today },
  );
  const err = res.issues.find((i) => i.severity === "error");
  if (err || !res.record)
    throw new InvalidInputError(
      FIELD[err?.column ?? ""] ?? "caseNumber",
      `${err?.column ?? "案号"}：${err?.message ?? "无效"}（${err?.value ?? ""}）`,
      err?.value,
    );
  const r = res.record;
  if (r.stage === "诉中") {
    const c = await caseForAppraisal(handle, r.caseNumber);
    if (!c)
      throw new InvalidInputError(
        "caseNumber",
        `案号：找不到该案号的案件，诉中鉴定的案件必须已导入（${r.caseNumber}）`,
        r.caseNumber,
      );
    const early = appraisalBeforeFilingIssue({ sheet: APPRAISAL_SHEET, row: 0, record: r }, c.filedOn);
    if (early) throw new InvalidInputError("commissionedOn", `委托日期：${early.message}`, r.commissionedOn);
  }
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > 500) throw new InvalidInputError("note", "备注：不能超过 500 字", note.length);
  return { ...r, note };
}

export async function createAppraisal(
  actor: Actor,
  handle: Db,
  input: AppraisalInput,
  options: { today?: string } = {},
): Promise<{ id: number }> {
  mustAuthorize(actor, "edit-appraisals");
  const today = options.today ?? todayInChina();
  const r = await checked(handle, input, today);
  const now = new Date().toISOString();
  const id = await handle.db.transaction().execute(async (trx) => {
    const id = await insertAppraisal(trx, r, { user: actor.username, now, importId: null });
    if (id === undefined)
      throw new ConflictError(
        `该案号已登记同一类型、同一委托日期的鉴定：${r.caseNumber} ${r.kind} ${r.commissionedOn}`,
      );
    await appendAudit(trx, {
      user: actor.username,
      action: "create-appraisal",
      entity: "appraisals",
      entityId: String(id),
      detail: r,
    });
    return id;
  });
  await recomputeAppraisalAlerts(handle, today);
  return { id };
}

export async function updateAppraisalEntry(
  actor: Actor,
  handle: Db,
  id: number,
  version: number,
  input: AppraisalInput,
  options: { today?: string } = {},
): Promise<{ id: number }> {
  mustAuthorize(actor, "edit-appraisals");
  const today = options.today ?? todayInChina();
  const r = await checked(handle, input, today);
  const now = new Date().toISOString();
  await handle.db.transaction().execute(async (trx) => {
    if (!(await appraisalExists(trx, id))) throw new NotFoundError(`没有编号为 ${id} 的鉴定登记`);
    const done = await updateAppraisal(trx, id, version, r, { user: actor.username, now, importId: null });
    if (done === "stale") throw new ConflictError("该鉴定登记已被他人修改，请刷新后重试");
    if (done === "taken")
      throw new ConflictError(
        `该案号已登记同一类型、同一委托日期的鉴定：${r.caseNumber} ${r.kind} ${r.commissionedOn}`,
      );
    await appendAudit(trx, {
      user: actor.username,
      action: "update-appraisal",
      entity: "appraisals",
      entityId: String(id),
      detail: r,
    });
  });
  await recomputeAppraisalAlerts(handle, today);
  return { id };
}
