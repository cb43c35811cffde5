/**
 * The staff sheet uploaded from the browser: the file is kept in an upload folder only while it
 * is imported (all rows or none), then removed, whatever happened.
 */
import { finished } from "node:stream/promises";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatSize } from "../../io/format-error.js";
import {
  newUploadFolder,
  removeUpload,
  safeFileName,
  saveUploadedFile,
  sweepUploads,
  UploadTooLargeError,
} from "../../io/upload-store.js";
import { importLimits } from "../imports/import-limits.js";
import type { UploadedPart } from "../imports/validate-upload.js";
import { AppError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { importStaff, type StaffImportReport } from "./import-staff.js";

export async function importStaffUpload(
  actor: Actor,
  handle: Db,
  input: { uploadRoot: string; files: AsyncIterable<UploadedPart>; today: string; dryRun?: boolean },
): Promise<StaffImportReport> {
  mustAuthorize(actor, "manage-staff");
  const limits = importLimits();
  await sweepUploads(input.uploadRoot);
  const { token, dir } = await newUploadFolder(input.uploadRoot, actor.username);
  try {
    let saved: { path: string; name: string } | undefined;
    let failure: unknown;
    const budget = { left: limits.maxUploadBytes };
    for await (const part of input.files) {
      if (saved || failure !== undefined) {
        // One file only; the rest of the request is read and dropped.
        part.file.resume();
        await finished(part.file).catch(() => undefined);
        failure ??= new InvalidInputError("file", "一次只能导入一个人员表文件");
        continue;
      }
      const name = safeFileName(part.filename, "staff.csv");
      try {
        const s = await saveUploadedFile(dir, name, part.file, budget);
        if (part.file.truncated)
          failure = new AppError(
            413,
            "too-large",
            `文件 ${name} 超过 ${formatSize(limits.maxFileBytes)} 的上限`,
          );
        saved = { path: s.path, name };
      } catch (err) {
        failure =
          err instanceof UploadTooLargeError
            ? new AppError(
                413,
                "too-large",
                `文件超过 ${formatSize(limits.maxUploadBytes)} 的上限，未导入任何人员`,
              )
            : err;
      }
    }
    if (failure !== undefined) throw failure;
    if (!saved) throw new InvalidInputError("file", "请上传含“人员”工作表的 .xlsx 文件，或 人员.csv");
    return await importStaff(actor, handle, saved.path, {
      dryRun: input.dryRun,
      today: input.today,
      limits,
      displayName: saved.name,
    });
  } finally {
    await removeUpload(input.uploadRoot, token);
  }
}
