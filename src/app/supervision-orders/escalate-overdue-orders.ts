/**
 * Escalating unanswered 督办单 (a system step, run after every import and at server start, and by
 * `shenguan orders escalate`): past its reply date to the division's chief; some working days
 * later to the 院领导 in charge (setting division_leaders). Each step goes through the workflow,
 * so it is traced, its tasks opened and audited like any other.
 */
import type { Db } from "../../db/connect.js";
import { ordersToEscalate } from "../../db/supervision-orders/orders-to-escalate.js";
import { legalCalendar } from "../../domain/calendar/index.js";
import { dueEscalations, ORDER_ACTIONS, orderSettingsOf } from "../../domain/supervision-order/index.js";
import { systemActor } from "../shared/actor.js";
import { ConflictError } from "../shared/errors.js";
import { actOnMatter } from "../workflow/act-on-matter.js";
import { readWorkflowSettings } from "../workflow/settings.js";
import { divisionLeaderAccount } from "./division-leader.js";

export interface EscalationResult {
  /** Orders escalated to the chief / to the 院领导 in this run. */
  toChief: number;
  toLeader: number;
}

export async function escalateOverdueOrders(handle: Db, today: string): Promise<EscalationResult> {
  const settings = orderSettingsOf(await readWorkflowSettings(handle));
  const calendar = legalCalendar();
  const actor = systemActor("system");
  const result: EscalationResult = { toChief: 0, toLeader: 0 };
  for (const order of await ordersToEscalate(handle)) {
    let version = order.version;
    for (const step of dueEscalations(order, today, calendar, settings)) {
      const input: Record<string, unknown> = {};
      if (step.action === ORDER_ACTIONS.escalateLeader) {
        const leader = await divisionLeaderAccount(handle, order.division);
        if (leader) input.leader = leader;
      }
      try {
        const view = await actOnMatter(actor, handle, order.id, step.action, version, input, today, {
          system: true,
        });
        version = view.version;
      } catch (err) {
        // Someone answered it meanwhile: nothing to escalate any more.
        if (err instanceof ConflictError) break;
        throw err;
      }
      if (step.action === ORDER_ACTIONS.escalateChief) result.toChief++;
      else result.toLeader++;
    }
  }
  return result;
}
