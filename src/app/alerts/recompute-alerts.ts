/**
 * Recomputes all alerts and merges them into the stored ones, in one transaction (state survives
 * recomputation because each finding has a stable key): run after each import and refresh.
 */
import { mergeAlerts } from "../../db/alerts/merge-alerts.js";
import type { Db } from "../../db/connect.js";
import { todayInChina } from "../shared/today.js";
import { type DetectOptions, detectAllAlerts } from "./detect-alerts.js";

export async function recomputeAlerts(
  handle: Db,
  options: DetectOptions = {},
): Promise<{ cases: number; alerts: number; inserted: number; resolved: number; asOf: string; ms: number }> {
  const started = performance.now();
  const now = new Date().toISOString();
  const { result, inserted, resolved } = await mergeAlerts(handle, now, (scoped, sink) =>
    detectAllAlerts(scoped, sink, { ...options, asOf: options.asOf ?? todayInChina() }),
  );
  return { ...result, inserted, resolved, ms: performance.now() - started };
}
