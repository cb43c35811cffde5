/**
 * 保存评查表 (审管办): a court defines its own sheet by saving a new version (the next number);
 * plans made afterwards use it, and results keep the version they were scored with. The sheet is
 * checked first (validateSheet): codes unique, points whole and positive, no deduction above its
 * item — each problem named; nothing is saved then.
 */
import type { Db } from "../../db/connect.js";
import { insertScoreSheet } from "../../db/review/score-sheets.js";
import type { Actor } from "../../domain/auth/index.js";
import { type ScoreSheetContent, sheetTotal, validateSheet } from "../../domain/review/score-sheet.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { currentSheet } from "./review-common.js";

export async function saveScoreSheet(
  actor: Actor,
  handle: Db,
  sheet: ScoreSheetContent,
): Promise<{ version: number; total: number }> {
  mustAuthorize(actor, "manage-review");
  const problems = validateSheet(sheet);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new InvalidInputError(first.field, problems.map((p) => p.message).join("；"));
  }
  const current = await currentSheet(handle, actor.username);
  const version = current.version + 1;
  try {
    await insertScoreSheet(handle.db, { ...sheet, version }, actor.username, new Date().toISOString());
  } catch {
    throw new ConflictError("评查表已被他人更新，请刷新后重试");
  }
  return { version, total: sheetTotal(sheet) };
}
