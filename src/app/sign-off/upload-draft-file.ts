/**
 * Uploading a draft for 阅核: the file is stored by its content type (.docx or .pdf), within the
 * size setting, with its SHA-256; it waits unattached until the draft is submitted.
 */
import type { Readable } from "node:stream";
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { insertMatterFile } from "../../db/sign-off/insert-matter-file.js";
import type { Actor } from "../../domain/auth/index.js";
import { DraftFileError, storeDraftFile } from "../../io/draft-file.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { filesDirOf, readSignOffSettings } from "./sign-off-settings.js";

export interface DraftFileInfo {
  id: number;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** The name a draft keeps: the uploader's, without folders, with the extension of its real type. */
function draftName(given: string, extension: string): string {
  const base = (given.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f<>:"|?*]/g, "_").trim();
  const stem = base.replace(/\.[^.]*$/, "").slice(0, 100) || "文书";
  return `${stem}${extension}`;
}

export async function uploadDraftFile(
  actor: Actor,
  handle: Db,
  upload: { fileName: string; content: Readable } | undefined,
  today: string,
): Promise<DraftFileInfo> {
  mustAuthorize(actor, "upload-sign-off-file");
  if (!upload) throw new InvalidInputError("file", "请选择要提交阅核的文书文件（.docx 或 .pdf）");
  const settings = await readSignOffSettings(handle);
  const root = filesDirOf(handle);
  let stored: Awaited<ReturnType<typeof storeDraftFile>>;
  try {
    stored = await storeDraftFile(root, upload.content, { maxBytes: settings.maxFileBytes, day: today });
  } catch (err) {
    if (err instanceof DraftFileError)
      throw new InvalidInputError(
        "file",
        `文书文件“${upload.fileName}”不能接受：${err.message}`,
        upload.fileName,
      );
    throw err;
  }
  const name = draftName(upload.fileName, stored.kind.extension);
  const at = new Date().toISOString();
  const id = await insertMatterFile(handle, {
    matter_id: null,
    name,
    media_type: stored.kind.mediaType,
    size: stored.size,
    sha256: stored.sha256,
    stored_path: stored.storedPath,
    uploaded_by: actor.username,
    uploaded_at: at,
  });
  await appendAudit(handle.db, {
    user: actor.username,
    action: "upload-sign-off-file",
    entity: "matter_file",
    entityId: String(id),
    after: { name, mediaType: stored.kind.mediaType, size: stored.size, sha256: stored.sha256 },
    at,
  });
  return { id, name, mediaType: stored.kind.mediaType, size: stored.size, sha256: stored.sha256 };
}
