/**
 * The judge answers a 复议 and resubmits: the answer, the conclusion (the judge's to change, no one
 * else's), and a revised file if there is one. A stale version is a 409.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { attachMatterFile } from "../../db/sign-off/attach-matter-file.js";
import type { Actor } from "../../domain/auth/index.js";
import { ConflictError } from "../shared/errors.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import type { MatterView } from "../workflow/matter-view.js";
import { ownUnattachedFile } from "./submit-draft.js";

export interface ResubmitDraftRequest {
  version: number;
  note: string;
  conclusion: string;
  fileId?: number | null;
}

export async function resubmitDraft(
  actor: Actor,
  handle: Db,
  id: number,
  req: ResubmitDraftRequest,
  today: string,
): Promise<MatterView> {
  const file = req.fileId == null ? undefined : await ownUnattachedFile(handle, actor, req.fileId, "fileId");
  const view = await actOnMatter(
    actor,
    handle,
    id,
    "resubmit",
    req.version,
    { note: req.note, conclusion: req.conclusion, ...(file ? { fileId: file.id } : {}) },
    today,
  );
  if (file) {
    if (!(await attachMatterFile(handle.db, file.id, id, actor.username)))
      throw new ConflictError(`文书文件“${file.name}”已用于另一次阅核，请重新上传`);
    await appendAudit(handle.db, {
      user: actor.username,
      action: "attach-sign-off-file",
      entity: "matter",
      entityId: String(id),
      after: { fileId: file.id, name: file.name, sha256: file.sha256 },
    });
  }
  return view;
}
