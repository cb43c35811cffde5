/** The archiving settings (setting "archiving_settings", JSON), over the defaults (docs/archiving.md). */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { ARCHIVING_SETTINGS_DEFAULTS, type ArchivingSettings } from "../../domain/archiving/archiving.js";
import { InvalidInputError } from "../shared/errors.js";

export const ARCHIVING_SETTINGS_NAME = "archiving_settings";

export async function readArchivingSettings(handle: Db): Promise<ArchivingSettings> {
  const raw = await readSetting(handle, ARCHIVING_SETTINGS_NAME);
  if (raw === undefined) return { ...ARCHIVING_SETTINGS_DEFAULTS };
  let parsed: { archiveOverdueDays?: unknown };
  try {
    parsed = JSON.parse(raw) as { archiveOverdueDays?: unknown };
  } catch {
    throw InvalidInputError.of(ARCHIVING_SETTINGS_NAME, raw, "归档设置不是有效的 JSON");
  }
  const d = parsed.archiveOverdueDays;
  if (d === undefined) return { ...ARCHIVING_SETTINGS_DEFAULTS };
  if (typeof d !== "number" || !Number.isInteger(d) || d < 1)
    throw InvalidInputError.of(ARCHIVING_SETTINGS_NAME, raw, "归档期限天数 archiveOverdueDays 应为正整数");
  return { archiveOverdueDays: d };
}
