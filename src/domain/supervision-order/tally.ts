/**
 * The 督办 section of the monthly bulletin: per division, the orders issued, answered, escalated
 * for being overdue and closed (销号) within the month — each counted from its trace, so an order
 * issued in May and closed in June counts as issued in May and closed in June.
 */
import type { IsoDate } from "../calendar/index.js";
import { ORDER_ACTIONS } from "./kind.js";

/** One order with the steps of its trace (action and day). */
export interface OrderHistory {
  division: string;
  openedOn: IsoDate;
  steps: readonly { action: string; on: IsoDate }[];
}

export interface OrderCounts {
  /** 发起: orders issued within the month. */
  issued: number;
  /** 已答复: orders answered within the month (an order answered twice counts once). */
  answered: number;
  /** 逾期: orders that went past their reply date unanswered within the month (escalated to the chief). */
  overdue: number;
  /** 已销号: orders closed within the month. */
  closed: number;
}

export const ORDER_COUNT_NAMES: Record<keyof OrderCounts, string> = {
  issued: "发起督办",
  answered: "已答复",
  overdue: "逾期未答复",
  closed: "已销号",
};

export interface OrderTally {
  total: OrderCounts;
  byDivision: { division: string; counts: OrderCounts }[];
}

const zero = (): OrderCounts => ({ issued: 0, answered: 0, overdue: 0, closed: 0 });

/** Counts the orders' steps between `from` and `to` (inclusive), by division in the given order. */
export function tallyOrders(
  orders: readonly OrderHistory[],
  from: IsoDate,
  to: IsoDate,
  divisionOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b, "zh-CN"),
): OrderTally {
  const within = (d: IsoDate) => d >= from && d <= to;
  const total = zero();
  const by = new Map<string, OrderCounts>();
  for (const o of orders) {
    const c: OrderCounts = {
      issued: within(o.openedOn) ? 1 : 0,
      answered: o.steps.some((s) => s.action === ORDER_ACTIONS.answer && within(s.on)) ? 1 : 0,
      overdue: o.steps.some((s) => s.action === ORDER_ACTIONS.escalateChief && within(s.on)) ? 1 : 0,
      closed: o.steps.some((s) => s.action === ORDER_ACTIONS.close && within(s.on)) ? 1 : 0,
    };
    if (!c.issued && !c.answered && !c.overdue && !c.closed) continue;
    const d = by.get(o.division) ?? zero();
    for (const k of Object.keys(c) as (keyof OrderCounts)[]) {
      d[k] += c[k];
      total[k] += c[k];
    }
    by.set(o.division, d);
  }
  return {
    total,
    byDivision: [...by.entries()]
      .sort(([a], [b]) => divisionOrder(a, b))
      .map(([division, counts]) => ({ division, counts })),
  };
}
