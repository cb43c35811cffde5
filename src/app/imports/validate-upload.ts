/**
 * The first half of an import from the browser: the uploaded files are kept in an upload folder
 * and validated (a dry run); a valid upload gets a token for the commit, a rejected one is removed.
 */
import type { Readable } from "node:stream";
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  newUploadFolder,
  removeUpload,
  safeFileName,
  saveUploadedFile,
  sweepUploads,
} from "../../io/upload-store.js";
import { AppError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type ImportReport, importCases } from "./import-cases.js";

export interface UploadedPart {
  filename: string;
  file: Readable & { truncated?: boolean };
}

export async function validateUpload(
  actor: Actor,
  handle: Db,
  input: { uploadRoot: string; files: AsyncIterable<UploadedPart>; today: string },
): Promise<{ token: string | null; report: ImportReport }> {
  mustAuthorize(actor, "import");
  await sweepUploads(input.uploadRoot);
  const { token, dir } = await newUploadFolder(input.uploadRoot, actor.username);
  const files: string[] = [];
  try {
    for await (const part of input.files) {
      const name = safeFileName(part.filename, `upload-${files.length}`);
      files.push(await saveUploadedFile(dir, name, part.file));
      if (part.file.truncated) throw new AppError(413, "too-large", `文件 ${name} 超过大小上限`);
    }
    if (files.length === 0)
      throw new InvalidInputError("files", "请上传 .xlsx 文件，或 cases.csv 与 events.csv");
  } catch (err) {
    await removeUpload(input.uploadRoot, token);
    throw err;
  }
  const report = await importCases(actor, handle, files, { dryRun: true, today: input.today });
  if (!report.ok) await removeUpload(input.uploadRoot, token);
  return { token: report.ok ? token : null, report };
}
