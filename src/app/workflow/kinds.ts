/**
 * Every workflow kind the court runs, by id. A capability adds its kind here (one line); the
 * engine (src/domain/workflow) and the generic use cases in this folder do the rest.
 */
import { BATCH_TRIAL_KIND } from "../../domain/batches/kind.js";
import { MEETING_ITEM_KIND } from "../../domain/meetings/kind.js";
import { CASE_REVIEW_KIND, RECTIFICATION_KIND } from "../../domain/review/kinds.js";
import { SIGN_OFF_KIND } from "../../domain/sign-off/kind.js";
import { SUPERVISED_CASE_KIND } from "../../domain/supervision/supervised-case-kind.js";
import { SUPERVISION_ORDER_KIND } from "../../domain/supervision-order/index.js";
import type { WorkflowKind } from "../../domain/workflow/index.js";

export const WORKFLOW_KINDS: Record<string, WorkflowKind> = {
  [SUPERVISION_ORDER_KIND.id]: SUPERVISION_ORDER_KIND,
  [SUPERVISED_CASE_KIND.id]: SUPERVISED_CASE_KIND,
  [SIGN_OFF_KIND.id]: SIGN_OFF_KIND,
  [MEETING_ITEM_KIND.id]: MEETING_ITEM_KIND,
  [CASE_REVIEW_KIND.id]: CASE_REVIEW_KIND,
  [RECTIFICATION_KIND.id]: RECTIFICATION_KIND,
  [BATCH_TRIAL_KIND.id]: BATCH_TRIAL_KIND,
};

export function workflowKind(id: string): WorkflowKind | undefined {
  return Object.hasOwn(WORKFLOW_KINDS, id) ? WORKFLOW_KINDS[id] : undefined;
}
