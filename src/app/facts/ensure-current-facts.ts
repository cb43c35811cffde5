/**
 * At start-up: facts derived by older rules (or missing for some case) are recomputed, with the
 * alerts, before the server answers — figures from facts without a column the indicators read
 * would be silently wrong.
 */
import type { Db } from "../../db/connect.js";
import { factsOutOfDate } from "../../db/facts/stale-facts.js";
import { rulesVersionOf } from "../../domain/case/derive-facts.js";
import { isFederation } from "../federation/federation.js";
import { systemActor } from "../shared/actor.js";
import { refreshFacts } from "./refresh-facts.js";

/** Refreshes every case's facts and the alerts when they are out of date; returns whether it did. */
export async function ensureCurrentFacts(
  handle: Db,
  options: { asOf?: string; log?: (s: string) => void } = {},
): Promise<boolean> {
  // A federation node holds no facts of its own: each member keeps its facts current.
  if (await isFederation(handle)) return false;
  if (!(await factsOutOfDate(handle, rulesVersionOf()))) return false;
  options.log?.("审限与统计数据由旧版本规则计算，正在重新计算…");
  const r = await refreshFacts(systemActor("system"), handle, { asOf: options.asOf });
  options.log?.(`已重新计算 ${r.cases} 件案件的审限与统计数据，预警 ${r.alerts.total} 条。`);
  return true;
}
