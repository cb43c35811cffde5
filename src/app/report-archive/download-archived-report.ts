/**
 * Downloading an archived report: whoever may see its scope. The file is read back and its SHA-256
 * checked against the one recorded when it was archived; it is sent as an attachment.
 */
import type { Db } from "../../db/connect.js";
import { findArchivedReport } from "../../db/jobs/find-archived-report.js";
import type { Actor } from "../../domain/auth/index.js";
import { hashStoredFile, openStoredFile } from "../../io/draft-file.js";
import { AppError, NotFoundError } from "../shared/errors.js";
import type { StreamedFile } from "../shared/file.js";
import { mustAuthorize } from "../shared/policy.js";
import { filesDirOf } from "../sign-off/sign-off-settings.js";

export async function downloadArchivedReport(
  actor: Actor,
  handle: Db,
  id: number,
): Promise<StreamedFile & { sha256: string }> {
  mustAuthorize(actor, "view-report-archive");
  const report = await findArchivedReport(handle, id);
  if (!report) throw new NotFoundError(`未找到编号为 ${id} 的归档报表`);
  mustAuthorize(actor, "download-report", { scope: report.scope });
  const root = filesDirOf(handle);
  const sha256 = await hashStoredFile(root, report.storedPath).catch(() => undefined);
  if (sha256 === undefined) throw new NotFoundError(`归档报表“${report.fileName}”已不在存储目录中`);
  if (sha256 !== report.sha256)
    throw new AppError(
      500,
      "file-changed",
      `归档报表“${report.fileName}”与归档时的校验值（SHA-256）不符，可能已被改动`,
    );
  return {
    fileName: report.fileName,
    mediaType: report.mediaType,
    size: report.size,
    content: openStoredFile(root, report.storedPath),
    sha256,
  };
}
