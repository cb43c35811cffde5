/**
 * 提请标注: anyone who may see a case asks for it to be supervised, with a category and a reason
 * (category 四 — a complaint about the judge — can only come this way). It opens a supervised-case
 * matter in state 待确认 for the chief or the 审管办 to confirm or revoke. A case already waiting or
 * under supervision is not marked twice (409).
 */

import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { supervisedMattersOfCase } from "../../db/supervision/list-supervised.js";
import { insertManualFinding } from "../../db/supervision/supervised-matters.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  CATEGORY_OPTIONS,
  SUPERVISED_CASE_KIND,
  SUPERVISED_CASE_KIND_ID,
} from "../../domain/supervision/supervised-case-kind.js";
import { parseSupervisionCategory } from "../../domain/supervision/supervised-rules.js";
import { checkFields } from "../../domain/workflow/index.js";
import { ConflictError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { MatterView } from "../workflow/matter-view.js";
import { openMatter } from "../workflow/open-matter.js";
import { refusalError } from "../workflow/refusal.js";
import { stateLabelOf } from "./supervised-case-row.js";

export async function markSupervisedCase(
  actor: Actor,
  handle: Db,
  caseId: number,
  input: { category: unknown; note: unknown },
  today: string,
): Promise<MatterView> {
  const ref = await findCaseRef(handle, caseId);
  if (!ref) throw new NotFoundError(`案件 ${caseId} 不存在`);
  mustAuthorize(actor, "view-case", ref);
  const category = parseSupervisionCategory(input.category);
  if (category === undefined)
    throw InvalidInputError.of(
      "category",
      input.category,
      `类别应为 ${CATEGORY_OPTIONS.join("、")} 之一（或 1–4）`,
    );
  const input2 = { category: CATEGORY_OPTIONS[category - 1], note: input.note };
  // What the person gave is checked before the case's state: a bad reason is 400 whatever the state.
  const checked = checkFields(SUPERVISED_CASE_KIND.open.fields ?? [], input2, today);
  if (!checked.ok) throw refusalError(actor, checked);
  const open = (await supervisedMattersOfCase(handle.db, caseId)).find(
    (m) => m.state === "candidate" || m.state === "supervised",
  );
  if (open)
    throw new ConflictError(
      `${ref.caseNumber}已在四类案件流程中（${stateLabelOf(open.state)}），不必重复提请`,
    );
  const view = await openMatter(
    actor,
    handle,
    {
      kind: SUPERVISED_CASE_KIND_ID,
      title: `${ref.caseNumber} 四类案件`,
      division: ref.division,
      judge: ref.judge,
      caseId,
      caseNumber: ref.caseNumber,
      input: input2,
      data: { source: "manual" },
    },
    today,
  );
  await insertManualFinding(handle.db, {
    matterId: view.id,
    caseId,
    category,
    reason: typeof input.note === "string" ? input.note.trim() : "",
    by: actor.username,
    on: today,
  });
  return view;
}
