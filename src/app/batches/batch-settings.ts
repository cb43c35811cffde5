/** The court's 并案审理 settings (setting `batch-settings`, JSON; absent: the defaults). */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { type BatchSettings, parseBatchSettings } from "../../domain/batches/index.js";
import { AppError } from "../shared/errors.js";

export const BATCH_SETTINGS_SETTING = "batch-settings";

export async function readBatchSettings(handle: Db): Promise<{ settings: BatchSettings; stored: boolean }> {
  const text = await readSetting(handle, BATCH_SETTINGS_SETTING);
  const parsed = parseBatchSettings(text);
  if ("settings" in parsed)
    return { settings: parsed.settings, stored: text !== undefined && text.trim() !== "" };
  throw new AppError(500, "bad-setting", `并案审理设置有误（${parsed.field}）：${parsed.message}`, {
    field: parsed.field,
  });
}
