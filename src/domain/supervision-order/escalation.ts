/**
 * When an unanswered 督办单 is escalated. No national rule sets these periods: they are the
 * court's supervision rules, read from the workflow settings (numbers) with the defaults below and
 * written in docs/supervision.md.
 *
 * - 答复期限: an order is issued (and returned) with a reply date; by default the
 *   `supervision-order.replyWorkingDays`-th working day after the day it is issued.
 * - 逾期报庭长: the first day after the reply date on which it is still unanswered, the system
 *   escalates it to the division's chief.
 * - 逾期报院领导: `supervision-order.leaderAfterWorkingDays` working days after the reply date, still
 *   unanswered, it is escalated to the 院领导 in charge of the division (setting division_leaders).
 */
import {
  formatIsoDate,
  type IsoDate,
  type LegalCalendar,
  parseIsoDate,
  tryParseIsoDate,
} from "../calendar/index.js";
import type { WorkflowSettings } from "../workflow/types.js";
import { addWorkingDays } from "../workflow/working-days.js";
import { ORDER_ACTIONS, ORDER_STATES } from "./kind.js";

export interface OrderSettings {
  /** 答复期限 by default: working days after the day of issue. */
  replyWorkingDays: number;
  /** Working days after the reply date before an unanswered order goes to the 院领导 in charge. */
  leaderAfterWorkingDays: number;
}

export const ORDER_SETTING_NAMES = {
  replyWorkingDays: "supervision-order.replyWorkingDays",
  leaderAfterWorkingDays: "supervision-order.leaderAfterWorkingDays",
} as const;

export const DEFAULT_ORDER_SETTINGS: OrderSettings = { replyWorkingDays: 3, leaderAfterWorkingDays: 3 };

function positive(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The order settings from the court's workflow settings (a missing or bad number: the default). */
export function orderSettingsOf(settings: WorkflowSettings): OrderSettings {
  return {
    replyWorkingDays: positive(
      settings.numbers[ORDER_SETTING_NAMES.replyWorkingDays],
      DEFAULT_ORDER_SETTINGS.replyWorkingDays,
    ),
    leaderAfterWorkingDays: positive(
      settings.numbers[ORDER_SETTING_NAMES.leaderAfterWorkingDays],
      DEFAULT_ORDER_SETTINGS.leaderAfterWorkingDays,
    ),
  };
}

/** The default reply date of an order issued on `today`: N working days on. */
export function defaultReplyDue(today: IsoDate, calendar: LegalCalendar, settings: OrderSettings): IsoDate {
  return formatIsoDate(addWorkingDays(calendar, parseIsoDate(today), settings.replyWorkingDays));
}

/** The reply date given as N working days from today (N ≥ 1). */
export function replyDueIn(today: IsoDate, calendar: LegalCalendar, workingDays: number): IsoDate {
  return formatIsoDate(addWorkingDays(calendar, parseIsoDate(today), workingDays));
}

/** An order as escalation sees it. */
export interface OrderForEscalation {
  state: string;
  data: Readonly<Record<string, unknown>>;
}

export type DueEscalation =
  | { action: typeof ORDER_ACTIONS.escalateChief; since: IsoDate }
  | { action: typeof ORDER_ACTIONS.escalateLeader; since: IsoDate }
  | null;

/** The day an unanswered order goes to the 院领导 in charge: N working days after its reply date. */
export function leaderEscalationOn(
  replyDue: IsoDate,
  calendar: LegalCalendar,
  settings: OrderSettings,
): IsoDate {
  return formatIsoDate(addWorkingDays(calendar, parseIsoDate(replyDue), settings.leaderAfterWorkingDays));
}

/**
 * The system step due on the order as of `today` (the one to take next; run again after it for a
 * second): to the chief once the reply date has passed unanswered; to the 院领导 once the
 * leader-escalation day has passed — the day after the N-th working day after the reply date.
 * `since` is the first day the step was due.
 */
export function dueEscalation(
  order: OrderForEscalation,
  today: IsoDate,
  calendar: LegalCalendar,
  settings: OrderSettings,
): DueEscalation {
  const raw = order.data.replyDue;
  if (typeof raw !== "string" || tryParseIsoDate(raw) === undefined) return null;
  const due = parseIsoDate(raw);
  const now = parseIsoDate(today);
  if ((order.state === ORDER_STATES.issued || order.state === ORDER_STATES.returned) && now > due)
    return { action: ORDER_ACTIONS.escalateChief, since: formatIsoDate(due + 1) };
  if (order.state === ORDER_STATES.escalatedChief) {
    const leaderDay = parseIsoDate(leaderEscalationOn(raw, calendar, settings));
    if (now > leaderDay) return { action: ORDER_ACTIONS.escalateLeader, since: formatIsoDate(leaderDay + 1) };
  }
  return null;
}

/** Every step due as of today, in order (an order long overdue goes to the chief, then the 院领导). */
export function dueEscalations(
  order: OrderForEscalation,
  today: IsoDate,
  calendar: LegalCalendar,
  settings: OrderSettings,
): NonNullable<DueEscalation>[] {
  const steps: NonNullable<DueEscalation>[] = [];
  let o = order;
  for (let i = 0; i < 2; i++) {
    const step = dueEscalation(o, today, calendar, settings);
    if (!step) break;
    steps.push(step);
    o = {
      ...o,
      state:
        step.action === ORDER_ACTIONS.escalateChief
          ? ORDER_STATES.escalatedChief
          : ORDER_STATES.escalatedLeader,
    };
  }
  return steps;
}
