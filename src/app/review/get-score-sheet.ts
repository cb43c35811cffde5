/** 评查表: the version a plan uses (or the current one), with its total and the class names in force. */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { CLASS_LABELS, type ScoreSheet, sheetTotal } from "../../domain/review/score-sheet.js";
import { mustAuthorize } from "../shared/policy.js";
import { currentSheet, sheetOfVersion } from "./review-common.js";
import { readReviewSettings } from "./review-settings.js";

export async function getScoreSheet(
  actor: Actor,
  handle: Db,
  version?: number,
): Promise<ScoreSheet & { total: number; classes: string[] }> {
  mustAuthorize(actor, "view-review");
  const sheet = version ? await sheetOfVersion(handle, version) : await currentSheet(handle, actor.username);
  const settings = await readReviewSettings(handle);
  return { ...sheet, total: sheetTotal(sheet), classes: [...CLASS_LABELS[settings.classScheme.kind]] };
}
