/**
 * 整改: a final result with problems found opens a rectification matter for the case's judge, due
 * in N working days (setting rectificationWorkingDays), linked to the drawn case. Opened on behalf
 * of the office account that made the plan.
 */
import type { Db } from "../../db/connect.js";
import { SAMPLE_ENTITY } from "../../db/review/rectifications.js";
import type { SampleRow } from "../../db/review/review-samples.js";
import { RECTIFICATION_KIND_ID } from "../../domain/review/kinds.js";
import { openMatter } from "../workflow/open-matter.js";
import { officeActor, workingDaysAfter } from "./review-common.js";

export async function openRectification(
  handle: Db,
  sample: SampleRow,
  planCreator: string,
  workingDays: number,
  today: string,
): Promise<number> {
  const view = await openMatter(
    officeActor(planCreator),
    handle,
    {
      kind: RECTIFICATION_KIND_ID,
      title: `${sample.caseNumber} 评查整改`,
      division: sample.division,
      judge: sample.judge,
      caseId: sample.caseId,
      caseNumber: sample.caseNumber,
      links: [{ entity: SAMPLE_ENTITY, id: sample.id }],
      input: { dueOn: workingDaysAfter(today, workingDays) },
      data: { sampleId: sample.id, planId: sample.planId },
    },
    today,
    { system: true },
  );
  return view.id;
}
