/** The 督办单 with a step between two days, with their steps (for the bulletin's counts). */
import type { Db } from "../connect.js";
import { ORDER_KIND } from "./mapper.js";

export interface OrderHistoryRow {
  division: string;
  openedOn: string;
  steps: { action: string; on: string }[];
}

export async function orderHistoriesBetween(
  handle: Db,
  from: string,
  to: string,
  /**
   * Only the orders on cases of these courts (法院代字) — not on a case that names no court, which
   * lies in none; absent: every order.
   */
  courts?: readonly string[],
): Promise<OrderHistoryRow[]> {
  if (courts && courts.length === 0) return [];
  let q = handle.db
    .selectFrom("matter_trace as t")
    .innerJoin("matters as m", "m.id", "t.matter_id")
    .select([
      "m.id as id",
      "m.division as division",
      "m.opened_on as opened_on",
      "t.action as action",
      "t.on_day as on_day",
    ])
    .where("m.kind", "=", ORDER_KIND)
    .where("t.on_day", ">=", from)
    .where("t.on_day", "<=", to)
    .orderBy("m.id")
    .orderBy("t.seq");
  if (courts)
    q = q.where("m.case_id", "in", (eb) =>
      eb
        .selectFrom("cases")
        .select("cases.id")
        .where("cases.court_code", "in", [...courts]),
    );
  const rows = await q.execute();
  const by = new Map<number, OrderHistoryRow>();
  for (const r of rows) {
    const id = Number(r.id);
    let h = by.get(id);
    if (!h) {
      h = { division: r.division, openedOn: r.opened_on, steps: [] };
      by.set(id, h);
    }
    h.steps.push({ action: r.action, on: r.on_day });
  }
  return [...by.values()];
}
