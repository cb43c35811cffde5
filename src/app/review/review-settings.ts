/** The court's 评查 settings (setting "review_settings", JSON), over the defaults. */
import type { Db } from "../../db/connect.js";
import { readSetting } from "../../db/settings/settings.js";
import {
  DEFAULT_REVIEW_SETTINGS,
  type ReviewSettings,
  validateReviewSettings,
} from "../../domain/review/settings.js";
import { InvalidInputError } from "../shared/errors.js";

export const REVIEW_SETTINGS_NAME = "review_settings";

export async function readReviewSettings(handle: Db): Promise<ReviewSettings> {
  const raw = await readSetting(handle, REVIEW_SETTINGS_NAME);
  if (raw === undefined) return DEFAULT_REVIEW_SETTINGS;
  let parsed: Partial<ReviewSettings>;
  try {
    parsed = JSON.parse(raw) as Partial<ReviewSettings>;
  } catch {
    throw InvalidInputError.of(REVIEW_SETTINGS_NAME, raw, "评查设置不是有效的 JSON");
  }
  const merged: ReviewSettings = { ...DEFAULT_REVIEW_SETTINGS, ...parsed };
  const problems = validateReviewSettings(merged);
  if (problems.length > 0)
    throw InvalidInputError.of(REVIEW_SETTINGS_NAME, raw, problems.map((p) => p.message).join("；"));
  return merged;
}
