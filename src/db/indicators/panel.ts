/**
 * The indicator panel in SQL: one pass over case_facts per period group with every measure as a
 * conditional aggregate (compile.ts), and per quantile indicator a value → count histogram. On
 * SQLite with a read pool the scan is split into case_id ranges run in parallel on worker
 * connections and the parts added up (every measure is a SUM or COUNT, so the parts add exactly).
 */
import { CompiledQuery } from "kysely";
import type { IndicatorDef } from "../../domain/indicators/index.js";
import { quantileFromHistogram } from "../../domain/indicators/quantile.js";
import type { Db } from "../connect.js";
import { idBounds, type Placeholder, placeholderFor } from "../sql.js";
import {
  bindSinglePeriod,
  compileFilters,
  compileMeasure,
  type Filter,
  type Grouping,
  groupExpr,
  measureWhere,
  periodsCte,
  RELEVANT,
  type SqlPeriod,
} from "./compile.js";

export interface MeasureSlot {
  sql: string;
  alias: string;
}

/** Builds the panel SQL: one row per (period, group) with every measure as a column. */
export function panelSql(
  defs: IndicatorDef[],
  periods: SqlPeriod[],
  by: Grouping,
  filters: Filter[],
  placeholder: Placeholder,
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
GROUP BY ${by === "all" || by === "month" ? "1" : g}`,
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
  placeholder: Placeholder,
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
export async function runPanel(
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
  // Awaited together with the quantile runs, so that when one query fails (the pool closing under
  // a request) the others' failures are handled too, not left as unhandled rejections.
  const [partial] = await Promise.all([
    Promise.all(queries.map((q) => run(q.sql, q.params))),
    Promise.all(quantileRuns),
  ]);
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
  return { rows, slots, quantiles };
}
