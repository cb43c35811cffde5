/**
 * Warming the dashboard: the figures the 质效总览 screen asks for first (this year to date for the
 * whole court: the KPI cards with 同比/环比, the division table and its total row, the monthly
 * trend) are computed when the server starts and again whenever the data changes, so the first
 * person to open the screen does not wait for a million-case scan.
 */

import type { Db } from "../../db/connect.js";
import type { Actor } from "../../domain/auth/index.js";
import {
  addMonths,
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  parseIsoDate,
} from "../../domain/calendar/civil-date.js";
import { coreIndicatorIds, DASHBOARD_TABLE_IDS, DASHBOARD_TREND_IDS } from "../../domain/indicators/index.js";
import type { ResultCache } from "../runtime/result-cache.js";
import { cachedMeta, cachedPanel } from "./cached-panel.js";

/** The trend chart's range, as the web app computes it: the period when it spans three months or more, else the twelve months ending with its last month. */
export function trendRange(from: string, to: string): { from: string; to: string } {
  const f = civilFromDays(parseIsoDate(from));
  const t = civilFromDays(parseIsoDate(to));
  if ((t.year - f.year) * 12 + (t.month - f.month) + 1 >= 3) return { from, to };
  const start = addMonths(daysFromCivil(t.year, t.month, 1), -11);
  return { from: formatIsoDate(start), to };
}

export async function warmDashboard(
  ctx: { handle: Db; cache: ResultCache; today: () => string },
  log: (s: string) => void = () => {},
): Promise<void> {
  const started = performance.now();
  const actor: Actor = { username: "system:warm", role: "office" };
  const today = ctx.today();
  const from = `${today.slice(0, 4)}-01-01`;
  const trend = trendRange(from, today);
  try {
    await cachedMeta(ctx.cache, actor, ctx.handle, today);
    await Promise.all([
      cachedPanel(ctx.cache, actor, ctx.handle, {
        from,
        to: today,
        by: "all",
        ids: [...coreIndicatorIds(today)],
        filters: [],
        compare: true,
      }),
      cachedPanel(ctx.cache, actor, ctx.handle, {
        from,
        to: today,
        by: "division",
        ids: DASHBOARD_TABLE_IDS,
        filters: [],
        compare: false,
      }),
      cachedPanel(ctx.cache, actor, ctx.handle, {
        from,
        to: today,
        by: "all",
        ids: DASHBOARD_TABLE_IDS,
        filters: [],
        compare: false,
      }),
      cachedPanel(ctx.cache, actor, ctx.handle, {
        from: trend.from,
        to: trend.to,
        by: "month",
        ids: DASHBOARD_TREND_IDS,
        filters: [],
        compare: false,
      }),
    ]);
    log(`质效总览已预先计算（${((performance.now() - started) / 1000).toFixed(1)} 秒）`);
  } catch (err) {
    log(`预先计算质效总览失败：${(err as Error).message}`);
  }
}
