/**
 * Downloading a draft: whoever may see its matter (an unattached file: only its uploader). The
 * file is read back and its SHA-256 checked against the one recorded at upload; it is sent as an
 * attachment of its sniffed type, never shown inline.
 */
import type { Db } from "../../db/connect.js";
import { findMatterFile } from "../../db/sign-off/find-matter-file.js";
import type { Actor } from "../../domain/auth/index.js";
import { hashStoredFile, openStoredFile } from "../../io/draft-file.js";
import { AppError, ForbiddenError, NotFoundError } from "../shared/errors.js";
import type { StreamedFile } from "../shared/file.js";
import { getMatter } from "../workflow/get-matter.js";
import { filesDirOf } from "./sign-off-settings.js";

export async function downloadDraftFile(
  actor: Actor,
  handle: Db,
  fileId: number,
  today: string,
): Promise<StreamedFile & { sha256: string }> {
  const file = await findMatterFile(handle, fileId);
  if (!file) throw new NotFoundError(`未找到编号为 ${fileId} 的文书文件`);
  if (file.matterId === null) {
    if (file.uploadedBy !== actor.username) throw new ForbiddenError(actor, "scope", "无权下载该文书文件");
  } else await getMatter(actor, handle, file.matterId, today);
  const root = filesDirOf(handle);
  const sha256 = await hashStoredFile(root, file.storedPath).catch(() => undefined);
  if (sha256 === undefined) throw new NotFoundError(`文书文件“${file.name}”已不在存储目录中`);
  if (sha256 !== file.sha256)
    throw new AppError(
      500,
      "file-changed",
      `文书文件“${file.name}”与上传时的校验值（SHA-256）不符，可能已被改动`,
    );
  return {
    fileName: file.name,
    mediaType: file.mediaType,
    size: file.size,
    content: openStoredFile(root, file.storedPath),
    sha256,
  };
}
