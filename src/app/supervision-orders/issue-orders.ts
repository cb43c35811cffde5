/**
 * Issuing 督办单 on warnings and cases — one at a time or from an alert list in a batch: the alerts
 * and cases chosen are grouped by the judge in charge (division and 承办人), and each judge gets one
 * order linked to its alerts and their cases. Every group is checked (who may issue, the request,
 * the reply date) before any order is written.
 */

import { findAlertsByIds } from "../../db/alerts/find-alerts-by-ids.js";
import { findCaseRef } from "../../db/cases/find-case-refs.js";
import type { Db } from "../../db/connect.js";
import { caseCourts } from "../../db/courts/matter-court.js";
import { latestOrdersOfAlerts } from "../../db/supervision-orders/orders-of-alerts.js";
import { type Actor, inScope } from "../../domain/auth/index.js";
import { formatIsoDate, legalCalendar, parseIsoDate, tryParseIsoDate } from "../../domain/calendar/index.js";
import {
  defaultReplyDue,
  orderOpen,
  orderSettingsOf,
  replyDueIn,
  SUPERVISION_ORDER_KIND,
} from "../../domain/supervision-order/index.js";
import { applyAction, blankMatter, participantOf } from "../../domain/workflow/index.js";
import { ForbiddenError, InvalidInputError, NotFoundError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import type { MatterView } from "../workflow/matter-view.js";
import { openMatter } from "../workflow/open-matter.js";
import { refusalError } from "../workflow/refusal.js";
import { readWorkflowSettings } from "../workflow/settings.js";

export interface IssueOrdersRequest {
  alertIds?: readonly number[];
  caseIds?: readonly number[];
  /** 督办要求 (≥ 10 characters). */
  request: string;
  /** 答复期限: a date … */
  replyDue?: string | null;
  /** … or working days from today (default: the court's setting). */
  replyWorkingDays?: number | null;
}

export interface IssuedOrder {
  id: number;
  title: string;
  division: string;
  judge: string;
  replyDue: string;
  alertIds: number[];
  caseIds: number[];
}

interface Group {
  division: string;
  judge: string;
  alertIds: number[];
  cases: Map<number, string>;
}

const MAX_ITEMS = 500;

export async function issueOrders(
  actor: Actor,
  handle: Db,
  req: IssueOrdersRequest,
  today: string,
): Promise<{ orders: IssuedOrder[] }> {
  mustAuthorize(actor, "view-alerts");
  const alertIds = [...new Set(req.alertIds ?? [])];
  const caseIds = [...new Set(req.caseIds ?? [])];
  if (alertIds.length + caseIds.length === 0)
    throw new InvalidInputError("alertIds", "请选择要督办的预警或案件");
  if (alertIds.length + caseIds.length > MAX_ITEMS)
    throw new InvalidInputError(
      "alertIds",
      `一次最多督办 ${MAX_ITEMS} 条预警或案件（现为 ${alertIds.length + caseIds.length} 条）`,
    );

  const settings = await readWorkflowSettings(handle);
  const calendar = legalCalendar();
  const replyDue = replyDueOf(req, today, calendar, orderSettingsOf(settings));

  const groups = new Map<string, Group>();
  const groupOf = (division: string, judge: string, what: string): Group => {
    if (!judge.trim()) throw new InvalidInputError("alertIds", `${what}未填承办人，无法确定向谁督办`);
    const key = JSON.stringify([division, judge]);
    let g = groups.get(key);
    if (!g) {
      g = { division, judge, alertIds: [], cases: new Map() };
      groups.set(key, g);
    }
    return g;
  };

  const alerts = await findAlertsByIds(handle, alertIds);
  const missing = alertIds.filter((id) => !alerts.some((a) => a.id === id));
  if (missing.length > 0) throw new NotFoundError(`预警 ${missing.join("、")} 不存在`);
  const existing = await latestOrdersOfAlerts(handle, alertIds);
  // An alert lies in its case's court (read for an account limited to courts).
  const courts = actor.court
    ? await caseCourts(
        handle,
        alerts.flatMap((a) => (a.caseId === null ? [] : [a.caseId])),
      )
    : new Map<number, string>();
  for (const a of alerts) {
    if (!inScope(actor, { ...a, courtCode: a.caseId === null ? null : courts.get(a.caseId) }))
      throw new ForbiddenError(
        actor,
        "view-alerts",
        `无权督办预警 ${a.id}（${a.caseNumber}）：不在您的数据范围内`,
      );
    if (a.state === "resolved")
      throw new InvalidInputError("alertIds", `预警“${a.title}”（${a.caseNumber}）已消除，无需督办`, a.id);
    const o = existing.get(a.id);
    if (o && orderOpen(o.state))
      throw new InvalidInputError(
        "alertIds",
        `预警“${a.title}”（${a.caseNumber}）已在督办中（督办单 ${o.id}），请勿重复督办`,
        a.id,
      );
    const g = groupOf(a.division, a.judge, `预警“${a.title}”（${a.caseNumber}）`);
    g.alertIds.push(a.id);
    if (a.caseId !== null) g.cases.set(a.caseId, a.caseNumber);
  }
  for (const id of caseIds) {
    const c = await findCaseRef(handle, id);
    if (!c) throw new NotFoundError(`案件 ${id} 不存在`);
    if (!inScope(actor, c))
      throw new ForbiddenError(actor, "view-case", `无权督办案件 ${c.caseNumber}：不在您的数据范围内`);
    groupOf(c.division, c.judge, `案件 ${c.caseNumber}`).cases.set(c.id, c.caseNumber);
  }

  // Check every group before writing any order (the engine is pure; the writes follow).
  const participant = participantOf(actor);
  const input = { request: req.request, replyDue };
  for (const g of groups.values()) {
    const o = applyAction(
      SUPERVISION_ORDER_KIND,
      blankMatter(SUPERVISION_ORDER_KIND, {
        division: g.division,
        judge: g.judge,
        initiator: actor.username,
      }),
      SUPERVISION_ORDER_KIND.open.action,
      participant,
      input,
      { today, calendar, settings },
    );
    if (!o.ok) throw refusalError(actor, o);
  }

  const orders: IssuedOrder[] = [];
  for (const g of groups.values()) {
    const cases = [...g.cases.entries()];
    const only = cases.length === 1 ? cases[0] : undefined;
    const what = [g.alertIds.length > 0 ? `${g.alertIds.length} 条预警` : "", `${cases.length} 件案件`]
      .filter(Boolean)
      .join("、");
    const title = only ? `督办：${only[1]}` : `督办：${g.judge}（${g.division}）${what}`;
    const view: MatterView = await openMatter(
      actor,
      handle,
      {
        kind: SUPERVISION_ORDER_KIND.id,
        title,
        division: g.division,
        judge: g.judge,
        caseId: only ? only[0] : null,
        caseNumber: only ? only[1] : (cases[0]?.[1] ?? null),
        links: [
          ...g.alertIds.map((id) => ({ entity: "alert", id })),
          ...cases.map(([id]) => ({ entity: "case", id })),
        ],
        input,
      },
      today,
    );
    orders.push({
      id: view.id,
      title,
      division: g.division,
      judge: g.judge,
      replyDue,
      alertIds: g.alertIds,
      caseIds: cases.map(([id]) => id),
    });
  }
  return { orders };
}

function replyDueOf(
  req: IssueOrdersRequest,
  today: string,
  calendar: ReturnType<typeof legalCalendar>,
  settings: ReturnType<typeof orderSettingsOf>,
): string {
  if (req.replyDue) {
    const d = tryParseIsoDate(req.replyDue);
    if (d === undefined)
      throw new InvalidInputError(
        "replyDue",
        `答复期限应为形如 2024-06-30 的日期，不能是 ${JSON.stringify(req.replyDue)}`,
        req.replyDue,
      );
    if (d <= parseIsoDate(today))
      throw new InvalidInputError("replyDue", `答复期限应晚于今天（${today}）`, req.replyDue);
    return formatIsoDate(d);
  }
  if (req.replyWorkingDays !== undefined && req.replyWorkingDays !== null) {
    const n = req.replyWorkingDays;
    if (!Number.isInteger(n) || n < 1 || n > 60)
      throw new InvalidInputError("replyWorkingDays", `答复期限应为 1 至 60 个工作日，不能是 ${n}`, n);
    return replyDueIn(today, calendar, n);
  }
  return defaultReplyDue(today, calendar, settings);
}
