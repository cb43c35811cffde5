/**
 * 评查通报 of a plan for download: .docx (the narrative to sign) or .xlsx (the tables), read as the
 * plan is (getReviewPlan: within the reader's courts) and signed by the plan's court (the
 * installation's court for a plan without one).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { type ReviewBulletinData, reviewBulletinDocument } from "../../domain/review/bulletin.js";
import { CLASS_LABELS } from "../../domain/review/score-sheet.js";
import { writeNarrativeDocx } from "../../io/bulletin-docx.js";
import { writeReviewBulletinXlsx } from "../../io/review-bulletin-xlsx.js";
import { courtName } from "../courts/court-choice.js";
import { courtCode } from "../meta/court-code.js";
import { DOCX_TYPE, type FileResult, xlsxFile } from "../shared/file.js";
import { getReviewPlan } from "./list-review-plans.js";
import { readReviewSettings } from "./review-settings.js";

/** The court the bulletin is signed by: the plan's, else the installation's. */
async function signingCourt(handle: Db, planCourt: string | null): Promise<string> {
  if (planCourt) return courtName(handle, planCourt);
  const code = await courtCode(handle);
  return lookupCourt(code)?.name ?? code;
}

export async function reviewBulletinData(
  actor: Actor,
  handle: Db,
  planId: number,
  today: string,
): Promise<ReviewBulletinData> {
  const detail = await getReviewPlan(actor, handle, planId, today);
  const settings = await readReviewSettings(handle);
  return {
    courtName: await signingCourt(handle, detail.plan.courtCode),
    planTitle: detail.plan.title,
    kindLabel: detail.plan.kindLabel,
    periodFrom: detail.plan.periodFrom,
    periodTo: detail.plan.periodTo,
    seed: detail.plan.seed,
    generatedOn: today,
    classes: [...CLASS_LABELS[settings.classScheme.kind]],
    cases: detail.cases.map((c) => ({
      caseNumber: c.caseNumber,
      division: c.division,
      judge: c.judge,
      reviewerName: c.reviewerName,
      stateLabel: c.stateLabel,
      score: c.score,
      className: c.className,
      problems: c.problems,
    })),
    problemsBySection: detail.problemsBySection,
    rectifications: detail.rectifications,
  };
}

export async function exportReviewBulletin(
  actor: Actor,
  handle: Db,
  planId: number,
  format: "docx" | "xlsx",
  today: string,
): Promise<FileResult> {
  const data = await reviewBulletinData(actor, handle, planId, today);
  const stem = `${data.courtName}-${data.planTitle}-评查通报`.replace(/[\\/:*?"<>|]/g, "_");
  if (format === "xlsx") return xlsxFile(`${stem}.xlsx`, await writeReviewBulletinXlsx(data));
  return {
    fileName: `${stem}.docx`,
    mediaType: DOCX_TYPE,
    content: await writeNarrativeDocx(reviewBulletinDocument(data)),
  };
}
