/**
 * 整改情况: every rectification of every plan within the reader's scope (the court, a division, a
 * judge's own; within the reader's courts: a rectification lies in its case's court), owed ones
 * first (overdue first, by 整改期限), with the overdue count.
 */
import type { Db } from "../../db/connect.js";
import { listRectifications } from "../../db/review/rectifications.js";
import { listPlans } from "../../db/review/review-plans.js";
import { type Actor, dataScope, inScope } from "../../domain/auth/index.js";
import { isRectificationOverdue, RECTIFICATION_OPEN_STATES } from "../../domain/review/kinds.js";
import { mustAuthorize } from "../shared/policy.js";
import { rectificationStateLabel } from "./review-common.js";

export interface RectificationListRow {
  matterId: number;
  planId: number;
  planTitle: string;
  caseNumber: string;
  division: string;
  judge: string;
  state: string;
  stateLabel: string;
  dueOn: string | null;
  overdue: boolean;
  openedOn: string;
  closedOn: string | null;
}

export async function listReviewRectifications(
  actor: Actor,
  handle: Db,
  today: string,
): Promise<{ rows: RectificationListRow[]; open: number; overdue: number }> {
  mustAuthorize(actor, "view-review");
  const courts = dataScope(actor).courts;
  const titles = new Map((await listPlans(handle)).map((p) => [p.id, p.title]));
  const rows = (await listRectifications(handle, courts ? { courts } : {}))
    .filter((r) => inScope(actor, r))
    .map((r) => ({
      matterId: r.matterId,
      planId: r.planId,
      planTitle: titles.get(r.planId) ?? "",
      caseNumber: r.caseNumber,
      division: r.division,
      judge: r.judge,
      state: r.state,
      stateLabel: rectificationStateLabel(r.state),
      dueOn: r.dueOn,
      overdue: isRectificationOverdue(r.state, r.dueOn, today),
      openedOn: r.openedOn,
      closedOn: r.closedOn,
    }));
  const owed = (r: RectificationListRow) => RECTIFICATION_OPEN_STATES.includes(r.state);
  rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      Number(owed(b)) - Number(owed(a)) ||
      (a.dueOn ?? "9999").localeCompare(b.dueOn ?? "9999") ||
      a.matterId - b.matterId,
  );
  return { rows, open: rows.filter(owed).length, overdue: rows.filter((r) => r.overdue).length };
}
