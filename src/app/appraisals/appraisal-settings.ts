/** The 鉴定 settings (setting "appraisal_settings", JSON), over the defaults (docs/appraisals.md). */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import { APPRAISAL_SETTINGS_DEFAULTS, type AppraisalSettings } from "../../domain/appraisals/appraisal.js";
import { InvalidInputError } from "../shared/errors.js";

export const APPRAISAL_SETTINGS_NAME = "appraisal_settings";

export async function readAppraisalSettings(handle: Db): Promise<AppraisalSettings> {
  const raw = await readSetting(handle, APPRAISAL_SETTINGS_NAME);
  if (raw === undefined) return { ...APPRAISAL_SETTINGS_DEFAULTS };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    throw InvalidInputError.of(APPRAISAL_SETTINGS_NAME, raw, "鉴定设置不是有效的 JSON");
  }
  const out = { ...APPRAISAL_SETTINGS_DEFAULTS };
  for (const k of Object.keys(out) as (keyof AppraisalSettings)[]) {
    const v = parsed[k];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
      throw InvalidInputError.of(APPRAISAL_SETTINGS_NAME, raw, `鉴定设置 ${k} 应为非负整数`);
    out[k] = v;
  }
  return out;
}
