/**
 * computeIndicators — the quality-and-efficiency panel for a period, grouped by court, division,
 * judge, category, type code, procedure or month, in one pass over case_facts in the database
 * (conditional aggregation; docs/indicators.md). Every figure carries its numerator and
 * denominator, its reference-range assessment, and optionally the same figure a year earlier
 * (同比) and in the previous period (环比).
 */
import type { Db } from "../../db/connect.js";
import { listCourts } from "../../db/courts/courts.js";
import { compileMeasure, type Filter, type SqlPeriod } from "../../db/indicators/compile.js";
import type { MeasureSlot } from "../../db/indicators/panel.js";
import type { Actor } from "../../domain/auth/index.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { courtNodeOf } from "../../domain/court/hierarchy.js";
import {
  assess,
  type Figure,
  FROM_CASES_NOTE,
  figureOf,
  type Grouping,
  type IndicatorDef,
  type IndicatorPanel,
  monthsOf,
  type PanelFigure,
  type Period,
  periodLengthDays,
  previousPeriod,
  samePeriodLastYear,
  selectCatalogue,
} from "../../domain/indicators/index.js";
import { federatedRead } from "../federation/federated-read.js";
import { mustAuthorize } from "../shared/policy.js";
import { scopeFilters } from "../shared/scope.js";
import { answerPanel } from "./rollup-panel.js";
import { checkCourtFilter, resolveIndicators, validatePeriod } from "./validate-query.js";

export type { IndicatorPanel, PanelFigure } from "../../domain/indicators/index.js";

export interface IndicatorQuery {
  from: string;
  to: string;
  by?: Grouping;
  /** Indicator ids; default: the core panel. */
  ids?: string[];
  /** Filters by column (combined with the actor's scope). */
  filters?: Filter[];
  /** Also compute 同比 and 环比 (not with `by: "month"`). */
  compare?: boolean;
  /** Read the facts even where the monthly rollup could answer (tests, the bench). */
  noRollup?: boolean;
}

function toSqlPeriod(id: number, label: string, p: Period): SqlPeriod {
  return { id, label, fromDay: parseIsoDate(p.from), toDay: parseIsoDate(p.to) };
}

export async function computeIndicators(
  actor: Actor,
  handle: Db,
  query: IndicatorQuery,
): Promise<IndicatorPanel> {
  mustAuthorize(actor, "view-indicators");
  validatePeriod(query.from, query.to, { byMonth: query.by === "month" });
  const by = query.by ?? "court";
  // No ids: the default panel of the catalogue version in force at the period's end.
  const defs = resolveIndicators(query.ids, undefined, query.to);
  checkCourtFilter(actor, query.filters);
  const filters = [...scopeFilters(actor), ...(query.filters ?? [])];
  const main: Period = { from: query.from, to: query.to };

  const periods: { sql: SqlPeriod; period: Period; role: "main" | "yoy" | "mom" }[] = [];
  if (by === "month") {
    monthsOf(main).forEach((m, i) => {
      periods.push({ sql: toSqlPeriod(i, m.label, m), period: m, role: "main" });
    });
  } else {
    periods.push({ sql: toSqlPeriod(0, "本期", main), period: main, role: "main" });
    if (query.compare) {
      const yoy = samePeriodLastYear(main);
      const mom = previousPeriod(main);
      periods.push({ sql: toSqlPeriod(1, "同比", yoy), period: yoy, role: "yoy" });
      periods.push({ sql: toSqlPeriod(2, "环比", mom), period: mom, role: "mom" });
    }
  }
  const sqlPeriods = periods.map((p) => p.sql);

  // On a federation node each member aggregates its own courts; a member that cannot be reached
  // fails the panel, or (setting skipUnreachable) is left out and named on the panel. Where the
  // monthly rollup covers the question it answers, else the facts (a node has no rollup).
  const {
    value: { rows: panelRows, slots, quantiles, source },
    missing,
  } = await federatedRead(handle, filters, (f) =>
    answerPanel(handle, defs, sqlPeriods, by, f, { noRollup: query.noRollup }),
  );
  const datePids = new Set(source.datePids);
  // (period id, group key) → measure values
  const cells = new Map<string, Record<string, unknown>>();
  const groupKeys = new Set<string>();
  for (const row of panelRows) {
    const pid = Number(row.pid);
    const key = String(row.gkey);
    cells.set(`${pid}|${key}`, row);
    if (periods[pid]?.role === "main") groupKeys.add(by === "month" ? key : key);
  }
  if (by === "month") for (const p of periods) groupKeys.add(p.sql.label);
  if (groupKeys.size === 0 && by !== "month") groupKeys.add(by === "all" ? "全部" : "");

  const figure = (d: IndicatorDef, pid: number, key: string): Figure => {
    const row = cells.get(`${pid}|${key}`);
    const get = (m: IndicatorDef["numerator"]) =>
      Number(row?.[(slots.get(compileMeasure(m)) as MeasureSlot).alias] ?? 0);
    const period = periods[pid]?.period as Period;
    const num = get(d.numerator);
    const den = d.denominator ? get(d.denominator) : null;
    return figureOf(d, num, den, periodLengthDays(period), quantiles.get(`${d.id}|${pid}|${key}`) ?? null);
  };

  const sortedKeys = [...groupKeys].filter((k) => k !== "").sort((a, b) => a.localeCompare(b, "zh-CN"));
  const groups = sortedKeys.map((key) => {
    const indicators: Record<string, PanelFigure> = {};
    const mainPid = by === "month" ? (periods.find((p) => p.sql.label === key)?.sql.id ?? 0) : 0;
    for (const d of defs) {
      const f = figure(d, mainPid, key);
      const pf: PanelFigure = { ...f, assessment: assess(d, f.value) };
      const why = source.unanswerable.get(d.id);
      if (why) pf.fromCases = `${FROM_CASES_NOTE}：${why}`;
      else if (datePids.has(mainPid))
        pf.fromCases = `${FROM_CASES_NOTE}：统计期间的起止日不是整月（或数据截止日），不能由按月汇总得出`;
      if (query.compare && by !== "month") {
        pf.yoy = figure(d, 1, key);
        pf.mom = figure(d, 2, key);
      }
      indicators[d.id] = pf;
    }
    return { key, indicators };
  });
  if (by === "court") await nameCourts(handle, groups);

  const panel: IndicatorPanel = {
    from: query.from,
    to: query.to,
    by,
    catalogueVersion: selectCatalogue(query.to).version.id,
    indicators: defs.map((d) => d.id),
    groups,
    answeredFrom: source.answeredFrom,
  };
  if (missing.length > 0) panel.missingMembers = missing;
  if (source.factsReason) panel.factsReason = source.factsReason;
  if (query.compare && by !== "month") {
    panel.comparedWith = { yoy: periods[1]?.period as Period, mom: periods[2]?.period as Period };
  }
  return panel;
}

/** Court groups get the court's name: the courts table's (the register's), else the code's shape. */
async function nameCourts(handle: Db, groups: { key: string; name?: string }[]): Promise<void> {
  const known = new Map((await listCourts(handle)).map((c) => [c.code, c.name]));
  for (const g of groups) g.name = known.get(g.key) ?? courtNodeOf(g.key).name;
}
