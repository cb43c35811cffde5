/**
 * The court's 繁简分流 settings as the 退案流转 and fast-track passes read them: the setting
 * `triage-settings` (JSON), merged over TRIAGE_DEFAULTS (fastTrack and ordinary merged a level
 * deeper). The one place these passes read settings from — the settings screen and its audit trail
 * store them under this name.
 */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import {
  TRIAGE_DEFAULTS,
  type TriageSettings,
  validateTriageSettings,
} from "../../domain/triage/settings.js";
import { InvalidInputError } from "../shared/errors.js";

export const TRIAGE_SETTINGS_NAME = "triage-settings";

/** Stored settings over the defaults. */
export function mergeTriageSettings(stored: Partial<TriageSettings> | undefined): TriageSettings {
  if (!stored) return TRIAGE_DEFAULTS;
  return {
    ...TRIAGE_DEFAULTS,
    ...stored,
    fastTrack: { ...TRIAGE_DEFAULTS.fastTrack, ...(stored.fastTrack ?? {}) },
    ordinary: { ...TRIAGE_DEFAULTS.ordinary, ...(stored.ordinary ?? {}) },
  };
}

export async function loadTriageSettings(handle: Db): Promise<TriageSettings> {
  const raw = await readSetting(handle, TRIAGE_SETTINGS_NAME);
  if (raw === undefined) return TRIAGE_DEFAULTS;
  let parsed: Partial<TriageSettings>;
  try {
    parsed = JSON.parse(raw) as Partial<TriageSettings>;
  } catch {
    throw InvalidInputError.of("繁简分流设置", raw, "不是有效的 JSON");
  }
  const merged = mergeTriageSettings(parsed);
  const problems = validateTriageSettings(merged);
  if (problems.length > 0)
    throw InvalidInputError.of("繁简分流设置", raw, problems.map((p) => p.message).join("；"));
  return merged;
}
