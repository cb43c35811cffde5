/**
 * The court's 繁简分流 settings (setting `triage-settings`, JSON; absent: the defaults). The one
 * place the suggestions, the settings screen and the fast-track facts pass read them from; the
 * settings screen stores them under this name with an audit entry per change.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { TRIAGE_SETTINGS_NAME } from "../../db/triage/triage-settings.js";
import { parseTriageSettings } from "../../domain/triage/parse-settings.js";
import { TRIAGE_DEFAULTS, type TriageSettings } from "../../domain/triage/settings.js";
import { AppError } from "../shared/errors.js";

export { TRIAGE_SETTINGS_NAME };

export async function readTriageSettings(handle: Db): Promise<{ settings: TriageSettings; stored: boolean }> {
  const text = await readSetting(handle, TRIAGE_SETTINGS_NAME);
  if (text === undefined || text.trim() === "") return { settings: TRIAGE_DEFAULTS, stored: false };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError(500, "bad-setting", "繁简分流设置不是有效的数据，请审管办重新保存设置");
  }
  const parsed = parseTriageSettings(json);
  if ("settings" in parsed) return { settings: parsed.settings, stored: true };
  const first = parsed.issues[0];
  throw new AppError(500, "bad-setting", `繁简分流设置有误：${first?.message ?? ""}`, {
    field: first?.field,
  });
}

/** The settings in force (the fast-track facts pass reads them through this). */
export async function loadTriageSettings(handle: Db): Promise<TriageSettings> {
  return (await readTriageSettings(handle)).settings;
}
