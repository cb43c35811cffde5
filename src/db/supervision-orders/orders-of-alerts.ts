/** The latest 督办单 of each of some alerts (one query for a page of alerts). */
import type { Db } from "../connect.js";
import { Params, placeholderFor, readRows } from "../sql.js";
import { ORDER_KIND } from "./mapper.js";

export interface AlertOrder {
  id: number;
  state: string;
}

export async function latestOrdersOfAlerts(
  handle: Db,
  alertIds: readonly number[],
): Promise<Map<number, AlertOrder>> {
  const out = new Map<number, AlertOrder>();
  if (alertIds.length === 0) return out;
  const params = new Params(placeholderFor(handle));
  const kind = params.add(ORDER_KIND);
  const ids = alertIds.map((id) => params.add(id)).join(", ");
  const rows = await readRows<{ alert_id: number; id: number; state: string }>(
    handle,
    `SELECT l.entity_id AS alert_id, m.id AS id, m.state AS state
FROM matter_links l JOIN matters m ON m.id = l.matter_id
WHERE l.entity = 'alert' AND m.kind = ${kind} AND l.entity_id IN (${ids})
ORDER BY l.entity_id, m.id`,
    params.values,
  );
  // Ascending ids: the last one seen for an alert is its latest order.
  for (const r of rows) out.set(Number(r.alert_id), { id: Number(r.id), state: String(r.state) });
  return out;
}
