/**
 * The panel and the meta data from the result cache when the same scope asked the same question
 * since the data changed (the dashboard asks the same few questions all day).
 */
import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import type { IndicatorPanel } from "../../domain/indicators/index.js";
import { getMeta, type Meta } from "../meta/get-meta.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeKey } from "../shared/scope.js";
import { computeIndicators, type IndicatorQuery } from "./compute-indicators.js";
import { type DrillQuery, type DrillResult, drillDown } from "./drill-down.js";

export function cachedPanel(
  cache: ResultCache,
  actor: Actor,
  handle: Db,
  q: IndicatorQuery,
): Promise<IndicatorPanel> {
  mustAuthorize(actor, "view-indicators");
  const key = `panel|${scopeKey(actor)}|${JSON.stringify([q.from, q.to, q.by, q.ids ?? null, q.filters ?? [], q.compare === true])}`;
  return cache.get(key, () => computeIndicators(actor, handle, q));
}

export function cachedMeta(cache: ResultCache, actor: Actor, handle: Db, today: string): Promise<Meta> {
  return cache.get(`meta|${scopeKey(actor)}|${today}`, () => getMeta(actor, handle, today));
}

export function cachedDrill(
  cache: ResultCache,
  actor: Actor,
  handle: Db,
  q: DrillQuery,
): Promise<DrillResult> {
  mustAuthorize(actor, "view-cases");
  return cache.get(`drill|${scopeKey(actor)}|${JSON.stringify(q)}`, () => drillDown(actor, handle, q));
}
