/** What the screens need to know about the court and the data: its name, dates, divisions, catalogue. */
import type { Db } from "../../db/connect.js";
import { divisionJudgePairs, factsRange } from "../../db/facts/data-range.js";
import { readDivisionOrder } from "../../db/settings/division-order.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { lookupCourt } from "../../domain/case-number/index.js";
import { sortDivisions } from "../../domain/court/division-order.js";
import {
  coreIndicatorIds,
  DASHBOARD_TABLE_IDS,
  DASHBOARD_TREND_IDS,
  defaultPanels,
  selectCatalogue,
} from "../../domain/indicators/index.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { courtCode } from "./court-code.js";

/**
 * Every signed-in user may read it; the divisions and judges listed are those within their scope,
 * in the court's own order of its divisions (setting `division_order`; then pinyin order).
 */
export async function getMeta(actor: Actor, handle: Db, today: string) {
  mustAuthorize(actor, "view-meta");
  // An account of one court (of several in the database) reads its own court's name.
  const code = actor.court ?? (await courtCode(handle));
  const range = await factsRange(handle);
  const pairs = await divisionJudgePairs(
    handle,
    dataScope(actor).kind === "none" ? "none" : scopeFilters(actor),
  );
  const divisions = new Map<string, string[]>();
  for (const p of pairs) {
    const list = divisions.get(p.division) ?? [];
    list.push(p.judge);
    divisions.set(p.division, list);
  }
  const order = await readDivisionOrder(handle);
  const scope = dataScope(actor);
  const wholeCourt = scope.kind === "court" && !scope.courts;
  const catalogue = selectCatalogue(today);
  return {
    court: { code, name: lookupCourt(code)?.name ?? code },
    today,
    factsAsOf: range.asOf,
    dataRange: { firstFiled: range.firstFiled, lastFiled: range.lastFiled },
    divisions: sortDivisions(divisions.keys(), order).map((name) => ({
      name,
      judges: divisions.get(name) ?? [],
    })),
    // The whole order for those who see the whole court; the divisions in scope for the others.
    divisionOrder: wholeCourt
      ? sortDivisions(new Set([...order, ...divisions.keys()]), order)
      : sortDivisions(divisions.keys(), order),
    catalogueVersion: catalogue.version.id,
    // The default panel of the version in force today (from 2024-10-01 the SPC 2024-09 set).
    core: [...coreIndicatorIds(today)],
    // SPC items of that version the court's data cannot give (本院数据暂不支持), with what is missing.
    spcUnsupported: [...(catalogue.version.unsupported ?? [])],
    // Every version's default panel, so that a screen shows the one in force at its period's end.
    defaultPanels: defaultPanels(),
    dashboard: { tableIds: DASHBOARD_TABLE_IDS, trendIds: DASHBOARD_TREND_IDS },
    catalogue: catalogue.indicators.map((d) => ({
      id: d.id,
      name: d.name,
      group: d.group,
      dimension: d.dimension,
      unit: d.unit,
      kind: d.kind,
      direction: d.direction,
      ...(d.reference ? { reference: d.reference } : {}),
      definition: d.definition,
      scope: d.scope,
      source: d.source,
      inSpcSet: d.inSpcSet,
    })),
  };
}

export type Meta = Awaited<ReturnType<typeof getMeta>>;
