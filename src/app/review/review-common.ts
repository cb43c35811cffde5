/** Shared by the review use cases: the sheet a plan uses, a drawn case, due dates, labels. */
import type { Db } from "../../db/connect.js";
import { findSample, type SampleRow } from "../../db/review/review-samples.js";
import { findScoreSheet, insertScoreSheet, latestScoreSheet } from "../../db/review/score-sheets.js";
import type { Actor } from "../../domain/auth/index.js";
import { formatIsoDate, parseIsoDate } from "../../domain/calendar/civil-date.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { CASE_REVIEW_KIND, RECTIFICATION_KIND } from "../../domain/review/kinds.js";
import { DEFAULT_SHEET, type ScoreSheet } from "../../domain/review/score-sheet.js";
import { addWorkingDays } from "../../domain/workflow/index.js";
import { NotFoundError } from "../shared/errors.js";

/** The latest sheet; the office's default is saved as version 1 the first time one is needed. */
export async function currentSheet(handle: Db, by: string): Promise<ScoreSheet> {
  const latest = await latestScoreSheet(handle);
  if (latest) return latest;
  try {
    await insertScoreSheet(handle.db, DEFAULT_SHEET, by, new Date().toISOString());
  } catch {
    // Saved meanwhile by another request: read it back below.
  }
  return (await findScoreSheet(handle, DEFAULT_SHEET.version)) ?? DEFAULT_SHEET;
}

export async function sheetOfVersion(handle: Db, version: number): Promise<ScoreSheet> {
  const sheet = await findScoreSheet(handle, version);
  if (sheet) return sheet;
  if (version === DEFAULT_SHEET.version) return DEFAULT_SHEET;
  throw new NotFoundError(`评查表第 ${version} 版不存在`);
}

export async function sampleOrThrow(handle: Db, id: number): Promise<SampleRow> {
  const s = await findSample(handle, id);
  if (!s) throw new NotFoundError(`评查案件 ${id} 不存在`);
  return s;
}

export function workingDaysAfter(today: string, n: number): string {
  return formatIsoDate(addWorkingDays(legalCalendar(), parseIsoDate(today), n));
}

const REVIEW_STATE_LABELS = new Map(CASE_REVIEW_KIND.states.map((s) => [s.name, s.label]));
const RECT_STATE_LABELS = new Map(RECTIFICATION_KIND.states.map((s) => [s.name, s.label]));

export function reviewStateLabel(state: string | null): string {
  if (state === null) return "未分配评查人";
  return REVIEW_STATE_LABELS.get(state) ?? state;
}

export function rectificationStateLabel(state: string): string {
  return RECT_STATE_LABELS.get(state) ?? state;
}

/** The office account a plan was made by, acting for the system steps it starts (整改 opened on a result). */
export function officeActor(username: string): Actor {
  return { username, role: "office", name: "审管办", positions: ["office"] };
}
