/** The second half of an import from the browser: the validated upload is imported, then removed. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { removeUpload, uploadedFiles } from "../../io/upload-store.js";
import { NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { type ImportReport, importCases } from "./import-cases.js";

export async function commitUpload(
  actor: Actor,
  handle: Db,
  input: { uploadRoot: string; token: string; today: string },
): Promise<ImportReport> {
  mustAuthorize(actor, "import");
  const files = await uploadedFiles(input.uploadRoot, input.token, actor.username);
  // Another user's token is as good as none (and their upload stays theirs).
  if (!files) throw new NotFoundError("上传的文件已过期或不存在，请重新上传");
  try {
    return await importCases(actor, handle, files, { today: input.today });
  } finally {
    await removeUpload(input.uploadRoot, input.token);
  }
}
