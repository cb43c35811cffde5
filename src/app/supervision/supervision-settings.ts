/** The court's 四类案件 settings (setting "supervision_settings", JSON), over the defaults. */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import {
  resolveSupervisionSettings,
  type SupervisionSettings,
  supervisionSettingsProblems,
} from "../../domain/supervision/supervised-rules.js";
import { InvalidInputError } from "../shared/errors.js";

export const SUPERVISION_SETTINGS_NAME = "supervision_settings";

export async function readSupervisionSettings(handle: Db): Promise<SupervisionSettings> {
  const raw = await readSetting(handle, SUPERVISION_SETTINGS_NAME);
  if (raw === undefined) return resolveSupervisionSettings();
  let parsed: Partial<SupervisionSettings>;
  try {
    parsed = JSON.parse(raw) as Partial<SupervisionSettings>;
  } catch {
    throw InvalidInputError.of(SUPERVISION_SETTINGS_NAME, raw, "四类案件识别设置不是有效的 JSON");
  }
  const problems = supervisionSettingsProblems(parsed);
  if (problems.length > 0) throw InvalidInputError.of(SUPERVISION_SETTINGS_NAME, raw, problems.join("；"));
  return resolveSupervisionSettings(parsed);
}
