/**
 * An alert as the API returns it: the stored alert as its reader may see it — another case it names
 * only when that case is within the reader's scope — its latest 督办单 (state), and what the reader
 * may do to it now (an alert under an open 督办单 is closed through the order, not acknowledged).
 */
import type { StoredAlert } from "../../db/alerts/mapper.js";
import type { Db } from "../../db/connect.js";
import { caseCourts } from "../../db/courts/matter-court.js";
import type { AlertOrder } from "../../db/supervision-orders/orders-of-alerts.js";
import { latestOrdersOfAlerts } from "../../db/supervision-orders/orders-of-alerts.js";
import { relatedCaseOf, withoutRelatedCase } from "../../domain/alerts/index.js";
import { type Actor, type AlertAction, alertActions, inScope } from "../../domain/auth/index.js";
import { modernCaseNumber, parseCaseNumber } from "../../domain/case-number/parse.js";
import { orderOpen, orderStateLabel, SUPERVISION_ORDER_KIND } from "../../domain/supervision-order/index.js";
import {
  blankMatter,
  DEFAULT_WORKFLOW_SETTINGS,
  holds,
  participantOf,
  type WorkflowSettings,
} from "../../domain/workflow/index.js";
import { readWorkflowSettings } from "../workflow/settings.js";

export interface AlertOrderState {
  id: number;
  state: string;
  stateLabel: string;
  open: boolean;
}

export interface AlertRow extends StoredAlert {
  /** The alert's latest 督办单, or null. */
  order: AlertOrderState | null;
  /** The reader may issue a 督办单 on it now (审管办, or the division's chief; none open on it). */
  canIssueOrder: boolean;
  actions: AlertAction[];
}

export function alertRow(
  actor: Actor,
  a: StoredAlert,
  latest: AlertOrder | null = null,
  settings: WorkflowSettings = DEFAULT_WORKFLOW_SETTINGS,
  /** The court of the alert's case (read for an account limited to courts). */
  courtCode: string | null = null,
): AlertRow {
  const related = relatedCaseOf(a);
  // The related (earlier) case's court is the one its 案号 names.
  const relatedCourt = related
    ? (modernCaseNumber(parseCaseNumber(related.caseNumber))?.courtCode ?? null)
    : null;
  const seen =
    related && !inScope(actor, { ...related, courtCode: relatedCourt }) ? withoutRelatedCase(a) : a;
  const order = latest
    ? {
        id: latest.id,
        state: latest.state,
        stateLabel: orderStateLabel(latest.state),
        open: orderOpen(latest.state),
      }
    : null;
  const canIssueOrder =
    a.state !== "resolved" &&
    !order?.open &&
    a.judge.trim() !== "" &&
    holds(
      SUPERVISION_ORDER_KIND.open.who,
      blankMatter(SUPERVISION_ORDER_KIND, {
        division: a.division,
        judge: a.judge,
        initiator: actor.username,
      }),
      participantOf(actor),
      settings,
    );
  return { ...seen, order, canIssueOrder, actions: alertActions(actor, { ...a, courtCode, order }) };
}

/** Rows for a page of alerts, their 督办单 read in one query. */
export async function alertRows(
  actor: Actor,
  handle: Db,
  alerts: readonly StoredAlert[],
): Promise<AlertRow[]> {
  const orders = await latestOrdersOfAlerts(
    handle,
    alerts.map((a) => a.id),
  );
  const settings = await readWorkflowSettings(handle);
  const courts = actor.court
    ? await caseCourts(
        handle,
        alerts.flatMap((a) => (a.caseId === null ? [] : [a.caseId])),
      )
    : new Map<number, string>();
  return alerts.map((a) =>
    alertRow(
      actor,
      a,
      orders.get(a.id) ?? null,
      settings,
      a.caseId === null ? null : (courts.get(a.caseId) ?? null),
    ),
  );
}
