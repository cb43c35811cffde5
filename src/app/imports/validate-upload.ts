/**
 * The first half of an import from the browser: the uploaded files are kept in an upload folder
 * and validated (a dry run); a valid upload gets a token for the commit. A rejected upload — files
 * past the limits (import-limits.ts), files that are no workbook or CSV, invalid rows — is removed
 * from the folder, whatever went wrong, and said in the server's log.
 */
import type { Readable } from "node:stream";
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
import { AppError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type ImportReport, importCases } from "./import-cases.js";
import { type ImportLimits, importLimits, MAX_UPLOAD_FILES } from "./import-limits.js";

export interface UploadedPart {
  filename: string;
  file: Readable & { truncated?: boolean };
}

/** Where a rejected upload is told (the server's logger: Fastify's req.log). */
export interface UploadLog {
  warn(details: Record<string, unknown>, message: string): void;
}

export async function validateUpload(
  actor: Actor,
  handle: Db,
  input: {
    uploadRoot: string;
    files: AsyncIterable<UploadedPart>;
    today: string;
    log?: UploadLog;
    /** The upload's room and each file's size (default: the settings in force). */
    limits?: ImportLimits;
  },
): Promise<{ token: string | null; report: ImportReport }> {
  mustAuthorize(actor, "import");
  const limits = input.limits ?? importLimits();
  await sweepUploads(input.uploadRoot);
  const { token, dir } = await newUploadFolder(input.uploadRoot, actor.username);
  const files: string[] = [];
  const received: { name: string; bytes: number }[] = [];
  const budget = { left: limits.maxUploadBytes };
  let keep = false;
  try {
    await receive();
    if (files.length === 0)
      throw new InvalidInputError("files", "请上传 .xlsx 文件，或 cases.csv 与 events.csv");
    const report = await importCases(actor, handle, files, { dryRun: true, today: input.today });
    keep = report.ok;
    if (!report.ok) {
      input.log?.warn(
        {
          user: actor.username,
          files: received,
          errors: report.errorCount,
          first: report.errors
            .slice(0, 3)
            .map(
              (e) =>
                `${e.sheet}${e.row ? ` 第 ${e.row} 行` : ""}${e.column ? ` ${e.column}` : ""}：${e.message}`,
            ),
        },
        "上传的导入文件未通过校验，已删除",
      );
    }
    return { token: report.ok ? token : null, report };
  } finally {
    // Whatever went wrong — a limit, a broken file, a failure of the server — nothing is left.
    if (!keep) await removeUpload(input.uploadRoot, token);
  }

  /**
   * Saves the files. The request is always read to its end, whatever goes wrong on the way (a
   * multipart stream left unread stalls the connection, and the next request on it); the first
   * failure is thrown after — a limit passed as a refusal, said in the log.
   */
  async function receive(): Promise<void> {
    const parts = input.files[Symbol.asyncIterator]();
    let failure: unknown;
    let name = "";
    for (;;) {
      let next: IteratorResult<UploadedPart>;
      try {
        next = await parts.next();
      } catch (err) {
        failure ??= err; // the transport's own limits end the parts
        break;
      }
      if (next.done) break;
      const part = next.value;
      if (failure !== undefined) {
        part.file.resume();
        await finished(part.file).catch(() => undefined);
        continue;
      }
      name = safeFileName(part.filename, `upload-${files.length}`);
      try {
        const saved = await saveUploadedFile(dir, name, part.file, budget);
        files.push(saved.path);
        received.push({ name, bytes: saved.bytes });
        if (part.file.truncated) failure = fileTooLarge(name, limits);
      } catch (err) {
        failure = err;
      }
    }
    if (failure === undefined) return;
    const refused = failure instanceof AppError ? failure : uploadRefusal(failure, name, limits);
    if (!refused) throw failure;
    input.log?.warn(
      { user: actor.username, files: received, refused: name, reason: refused.message },
      "上传的导入文件超过上限，已拒绝并删除",
    );
    throw refused;
  }
}

function fileTooLarge(name: string, limits: ImportLimits): AppError {
  return new AppError(
    413,
    "too-large",
    `文件 ${name} 超过单个文件 ${formatSize(limits.maxFileBytes)} 的上限`,
    {
      limit: limits.maxFileBytes,
    },
  );
}

/**
 * The refusal to answer for an upload that passed a limit while arriving (this upload's room, one
 * file's size, the number of files) or that was no file upload, or undefined for other errors.
 * The transport's errors are told by their codes (@fastify/multipart's).
 */
function uploadRefusal(err: unknown, name: string, limits: ImportLimits): AppError | undefined {
  if (err instanceof UploadTooLargeError) {
    return new AppError(
      413,
      "too-large",
      `本次上传的文件合计超过 ${formatSize(limits.maxUploadBytes)} 的上限，未导入任何数据`,
      { limit: limits.maxUploadBytes },
    );
  }
  const code = (err as { code?: unknown } | undefined)?.code;
  if (code === "FST_REQ_FILE_TOO_LARGE") return fileTooLarge(name, limits);
  if (code === "FST_FILES_LIMIT")
    return new AppError(413, "too-large", `一次最多上传 ${MAX_UPLOAD_FILES} 个文件`, {
      limit: MAX_UPLOAD_FILES,
    });
  if (code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT")
    return new AppError(413, "too-large", "上传的内容项过多，请只上传导入文件");
  if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE")
    return new InvalidInputError("files", "请以表单文件（multipart/form-data）上传 .xlsx 或 .csv 文件");
  return undefined;
}
