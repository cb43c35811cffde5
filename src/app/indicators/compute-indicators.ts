/**
 * computeIndicators — the quality-and-efficiency panel for a period, grouped by court, division,
 * judge, category, type code, procedure or month, in one pass over case_facts in the database
 * (conditional aggregation; docs/indicators.md). Every figure carries its numerator and
 * denominator, its reference-range assessment, and optionally the same figure a year earlier
 * (同比) and in the previous period (环比).
 */
import { CompiledQuery } from "kysely";
import type { Db } from "../../db/connect.js";
import {
  bindSinglePeriod,
  compileFilters,
  compileMeasure,
  type Filter,
  type Grouping,
  groupExpr,
  measureWhere,
  POSTGRES_PLACEHOLDER,
  periodsCte,
  RELEVANT,
  SQLITE_PLACEHOLDER,
  type SqlPeriod,
} from "../../db/indicators/compile.js";
import { idBounds } from "../../db/read.js";
import { parseIsoDate, tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import {
  type Assessment,
  assess,
  CORE_INDICATOR_IDS,
  type Figure,
  figureOf,
  type IndicatorDef,
  indicatorById,
  monthsOf,
  type Period,
  periodLengthDays,
  previousPeriod,
  samePeriodLastYear,
  selectCatalogue,
} from "../../domain/indicators/index.js";
import { type Actor, assertCan } from "../shared/actor.js";
import { scopeFilters } from "../shared/scope.js";

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
}

export interface PanelFigure extends Figure {
  assessment: Assessment;
  yoy?: Figure;
  mom?: Figure;
}

export interface IndicatorPanel {
  from: string;
  to: string;
  by: Grouping;
  catalogueVersion: string;
  indicators: string[];
  groups: { key: string; indicators: Record<string, PanelFigure> }[];
  /** The periods compared with, when asked. */
  comparedWith?: { yoy: Period; mom: Period };
}

export class QueryError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    message: string,
  ) {
    super(`${field}: ${JSON.stringify(value)} — ${message}`);
    this.name = "QueryError";
  }
}

export function validatePeriod(from: string, to: string): void {
  if (tryParseIsoDate(from) === undefined)
    throw new QueryError("from", from, "不是有效日期 (应为 YYYY-MM-DD)");
  if (tryParseIsoDate(to) === undefined) throw new QueryError("to", to, "不是有效日期 (应为 YYYY-MM-DD)");
  if (to < from) throw new QueryError("to", to, `统计期间末日早于首日 ${from}`);
}

export function resolveIndicators(ids: string[] | undefined): IndicatorDef[] {
  const list = ids && ids.length > 0 ? ids : CORE_INDICATOR_IDS;
  return list.map((id) => {
    const def = indicatorById(id);
    if (!def) throw new QueryError("ids", id, "未知的指标");
    return def;
  });
}

interface MeasureSlot {
  sql: string;
  alias: string;
}

function placeholderFor(handle: Db) {
  return handle.dialect === "postgres" ? POSTGRES_PLACEHOLDER : SQLITE_PLACEHOLDER;
}

/** Builds the panel SQL: one row per (period, group) with every measure as a column. */
export function panelSql(
  defs: IndicatorDef[],
  periods: SqlPeriod[],
  by: Grouping,
  filters: Filter[],
  placeholder: (i: number) => string,
  /** An extra condition on f (e.g. a case_id range when the scan is split across workers). */
  extraWhere = "1 = 1",
): { sql: string; params: unknown[]; slots: Map<string, MeasureSlot> } {
  const slots = new Map<string, MeasureSlot>();
  const slot = (sqlText: string) => {
    let s = slots.get(sqlText);
    if (!s) {
      s = { sql: sqlText, alias: `m${slots.size}` };
      slots.set(sqlText, s);
    }
    return s;
  };
  for (const d of defs) {
    slot(compileMeasure(d.numerator));
    if (d.denominator) slot(compileMeasure(d.denominator));
  }
  const params: unknown[] = [];
  const where = compileFilters(filters, placeholder, params);
  const g = groupExpr(by);
  const measures = [...slots.values()].map((s) => `${s.sql} AS ${s.alias}`).join(",\n  ");
  const single = periods.length === 1 ? periods[0] : undefined;
  const sql = single
    ? bindSinglePeriod(
        `SELECT p.pid AS pid, ${g} AS gkey, ${measures}
FROM case_facts f
WHERE ${RELEVANT} AND ${where} AND ${extraWhere}
GROUP BY ${by === "all" ? "1" : g}`,
        single,
      )
    : `WITH ${periodsCte(periods)}
SELECT p.pid AS pid, ${g} AS gkey, ${measures}
FROM case_facts f JOIN p ON ${RELEVANT}
WHERE ${where} AND ${extraWhere}
GROUP BY p.pid, ${by === "all" ? "p.label" : g}`;
  return { sql, params, slots };
}

/**
 * The distribution behind a median or 90th percentile: per (period, group) the count of cases at
 * each value (days are integers, so a group has at most a few thousand distinct values). The counts
 * add up across parts of a split scan, and the quantile is then read off exactly
 * (quantileFromHistogram). Same SQL on every database.
 */
export function quantileSql(
  def: IndicatorDef,
  periods: SqlPeriod[],
  by: Grouping,
  filters: Filter[],
  placeholder: (i: number) => string,
  extraWhere = "1 = 1",
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const where = compileFilters(filters, placeholder, params);
  const g = groupExpr(by);
  const field = `f.${def.valueField ?? "duration_days"}`;
  const denominator = def.denominator ?? def.numerator;
  const body = `SELECT p.pid AS pid, ${g} AS gkey, ${field} AS v, COUNT(*) AS n
FROM case_facts f JOIN p ON ${RELEVANT}
WHERE ${where} AND ${measureWhere(denominator)} AND ${field} IS NOT NULL AND ${extraWhere}
GROUP BY p.pid, ${by === "all" ? "p.label" : g}, ${field}`;
  const single = periods.length === 1 ? periods[0] : undefined;
  const sql = single
    ? bindSinglePeriod(
        body
          .replace(`JOIN p ON ${RELEVANT}\nWHERE `, `\nWHERE ${RELEVANT} AND `)
          .replace("GROUP BY p.pid, p.label,", "GROUP BY")
          .replace("GROUP BY p.pid,", "GROUP BY"),
        single,
      )
    : `WITH ${periodsCte(periods)}\n${body}`;
  return { sql, params };
}

/**
 * The median (the middle value, or the mean of the two middle values) or the 90th percentile
 * (nearest rank: the ⌈0.9 n⌉-th value) from value → count pairs.
 */
export function quantileFromHistogram(kind: "median" | "p90", histogram: Map<number, number>): number | null {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  let n = 0;
  for (const v of values) n += histogram.get(v) as number;
  if (n === 0) return null;
  const at = (rank: number): number => {
    let seen = 0;
    for (const v of values) {
      seen += histogram.get(v) as number;
      if (seen >= rank) return v;
    }
    return values[values.length - 1] as number;
  };
  if (kind === "p90") return at(Math.ceil(0.9 * n));
  return n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
}

function toSqlPeriod(id: number, label: string, p: Period): SqlPeriod {
  return { id, label, fromDay: parseIsoDate(p.from), toDay: parseIsoDate(p.to) };
}

/**
 * Splits the case_id range of case_facts into contiguous parts for `workers` pool connections: one
 * per ~100,000 ids, at least one and at most eight per worker. The pool hands a worker its queries
 * as they are submitted, and recent cases weigh more in most periods than old ones, so halves by
 * id keep one worker busy long after the other; parts of ~100,000 ids dealt out in turn even that out
 * (a year's panel over a million facts on 2 cores: about 720 instead of 800 ms).
 */
async function idRanges(handle: Db, workers: number): Promise<(readonly [number, number])[]> {
  const bounds = await idBounds(handle.db, "case_facts");
  const lo = bounds.lo;
  const hi = Math.max(bounds.lo, bounds.hi);
  const n = Math.min(workers * 8, Math.max(workers, Math.ceil((hi - lo + 1) / 100_000)));
  const step = Math.max(1, Math.ceil((hi - lo + 1) / n));
  return Array.from({ length: n }, (_, i) => [lo + i * step, Math.min(hi, lo + (i + 1) * step - 1)] as const);
}

/**
 * Runs the panel SQL and the quantile queries. On SQLite with a read pool the scan is split into
 * case_id ranges run in parallel on worker connections and the partial sums added up (every
 * measure is a SUM, so the parts add exactly); elsewhere it is one query.
 */
async function runPanel(
  handle: Db,
  defs: IndicatorDef[],
  sqlPeriods: SqlPeriod[],
  by: Grouping,
  filters: Filter[],
): Promise<{
  rows: Record<string, unknown>[];
  slots: Map<string, MeasureSlot>;
  quantiles: Map<string, number | null>;
}> {
  const placeholder = placeholderFor(handle);
  const quantiles = new Map<string, number | null>();
  const quantileDefs = defs.filter((d) => d.kind === "median" || d.kind === "p90");
  const pool = handle.readPool;
  const run = (sql: string, params: unknown[]): Promise<Record<string, unknown>[]> =>
    pool
      ? pool.all(sql, params)
      : handle.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, params)).then((r) => r.rows);

  // A few periods (the period, 同比, 环比) run as separate single-period queries with their dates as
  // literals — faster than joining the periods; many periods (months) run as one join.
  const periodGroups = sqlPeriods.length <= 3 ? sqlPeriods.map((p) => [p]) : [sqlPeriods];

  // Quantiles: histograms per (period, group), split like the panel and added up.
  const parts = pool && pool.size > 1 ? await idRanges(handle, pool.size) : [undefined];
  // Indicators with the same value field and the same cases (median and P90 of 审理天数) share one
  // histogram query.
  const byHistogram = new Map<string, IndicatorDef[]>();
  for (const d of quantileDefs) {
    const key = `${d.valueField ?? "duration_days"}|${compileMeasure(d.denominator ?? d.numerator)}`;
    byHistogram.set(key, [...(byHistogram.get(key) ?? []), d]);
  }
  const quantileRuns = [...byHistogram.values()].map(async (group) => {
    const first = group[0] as IndicatorDef;
    const histograms = new Map<string, Map<number, number>>();
    const results = await Promise.all(
      periodGroups.flatMap((ps) =>
        parts.map((range) => {
          const q = quantileSql(
            first,
            ps,
            by,
            filters,
            placeholder,
            range ? `f.case_id BETWEEN ${range[0]} AND ${range[1]}` : undefined,
          );
          return run(q.sql, q.params);
        }),
      ),
    );
    for (const rowsOfPart of results) {
      for (const r of rowsOfPart) {
        const key = `${Number(r.pid)}|${r.gkey}`;
        let h = histograms.get(key);
        if (!h) {
          h = new Map();
          histograms.set(key, h);
        }
        const v = Number(r.v);
        h.set(v, (h.get(v) ?? 0) + Number(r.n));
      }
    }
    for (const d of group) {
      for (const [key, h] of histograms)
        quantiles.set(`${d.id}|${key}`, quantileFromHistogram(d.kind === "p90" ? "p90" : "median", h));
    }
  });

  // The panel: per period group and, with a read pool, per case_id range. Every measure is a SUM,
  // so the parts add exactly.
  const queries = periodGroups.flatMap((ps) =>
    parts.map((range) =>
      panelSql(
        defs,
        ps,
        by,
        filters,
        placeholder,
        range ? `f.case_id BETWEEN ${range[0]} AND ${range[1]}` : undefined,
      ),
    ),
  );
  const slots = (queries[0] as ReturnType<typeof panelSql>).slots;
  const partial = await Promise.all(queries.map((q) => run(q.sql, q.params)));
  const merged = new Map<string, Record<string, unknown>>();
  const aliases = [...slots.values()].map((s) => s.alias);
  for (const part of partial) {
    for (const r of part) {
      const key = `${r.pid}|${r.gkey}`;
      const acc = merged.get(key);
      if (!acc) {
        merged.set(key, { ...r });
        continue;
      }
      for (const a of aliases) acc[a] = Number(acc[a] ?? 0) + Number(r[a] ?? 0);
    }
  }
  const rows = [...merged.values()];
  await Promise.all(quantileRuns);
  return { rows, slots, quantiles };
}

export async function computeIndicators(
  actor: Actor,
  handle: Db,
  query: IndicatorQuery,
): Promise<IndicatorPanel> {
  assertCan(actor, "view-indicators");
  validatePeriod(query.from, query.to);
  const by = query.by ?? "court";
  const defs = resolveIndicators(query.ids);
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

  const { rows: panelRows, slots, quantiles } = await runPanel(handle, defs, sqlPeriods, by, filters);
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
      if (query.compare && by !== "month") {
        pf.yoy = figure(d, 1, key);
        pf.mom = figure(d, 2, key);
      }
      indicators[d.id] = pf;
    }
    return { key, indicators };
  });

  const panel: IndicatorPanel = {
    from: query.from,
    to: query.to,
    by,
    catalogueVersion: selectCatalogue(query.to).version.id,
    indicators: defs.map((d) => d.id),
    groups,
  };
  if (query.compare && by !== "month") {
    panel.comparedWith = { yoy: periods[1]?.period as Period, mom: periods[2]?.period as Period };
  }
  return panel;
}
