/** The court's 阅核 settings (setting "sign_off_settings"), and where draft files are kept. */
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { parseSignOffSettings, type SignOffSettings } from "../../domain/sign-off/index.js";
import { AppError } from "../shared/errors.js";
import { readWorkflowSettings } from "../workflow/settings.js";

export const SIGN_OFF_SETTING = "sign_off_settings";

export async function readSignOffSettings(handle: Db): Promise<SignOffSettings> {
  const parsed = parseSignOffSettings(await readSetting(handle, SIGN_OFF_SETTING));
  if ("settings" in parsed) {
    const wait = (await readWorkflowSettings(handle)).numbers.signOffWaitWorkingDays;
    return { ...parsed.settings, waitWorkingDays: wait ?? parsed.settings.waitWorkingDays };
  }
  throw new AppError(500, "bad-setting", `阅核设置有误（${parsed.field}）：${parsed.message}`, {
    field: parsed.field,
  });
}

/**
 * The files directory: SHENGUAN_FILES_DIR when set; else `files` beside the SQLite database;
 * else (PostgreSQL) ./data/files.
 */
export function filesDirOf(handle: Db, env: Record<string, string | undefined> = process.env): string {
  const set = env.SHENGUAN_FILES_DIR?.trim();
  if (set) return resolve(set);
  if (handle.dialect === "sqlite")
    return handle.location === ":memory:"
      ? join(tmpdir(), "shenguan-files")
      : join(dirname(handle.location), "files");
  return resolve("./data/files");
}
