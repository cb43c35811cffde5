/** The unanswered 督办单 (not yet escalated to the 院领导) that escalation looks at. */
import type { Db } from "../connect.js";
import { ORDER_KIND } from "./mapper.js";

export interface OrderToEscalate {
  id: number;
  version: number;
  state: string;
  division: string;
  data: Record<string, unknown>;
}

export async function ordersToEscalate(handle: Db): Promise<OrderToEscalate[]> {
  const rows = await handle.db
    .selectFrom("matters")
    .select(["id", "version", "state", "division", "data_json"])
    .where("kind", "=", ORDER_KIND)
    .where("state", "in", ["issued", "returned", "escalated-chief"])
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    version: Number(r.version),
    state: r.state,
    division: r.division,
    data: JSON.parse(r.data_json) as Record<string, unknown>,
  }));
}
