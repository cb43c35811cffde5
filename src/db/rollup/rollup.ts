/**
 * The monthly rollup of case_facts (docs/rollup.md): building it inside a full refresh's
 * transaction (rebuildRollup), keeping it equal to the facts when a few cases' facts rows change
 * (maintainRollup: their old contributions subtracted, the new ones added, in the same
 * transaction), and reading its cells.
 *
 * Every cell is computed by the panel's own SQL (cells-sql.ts) over the facts rows, so a cell is
 * what the panel would count for its month and key — whatever day each row was derived for. The
 * as-of day only fixes the last month's partial cell and the months covered; a touched-case
 * refresh for another day keeps every cell exact, and periods ending on that other day are read
 * from the facts until the next full refresh rebuilds the rollup for it.
 */
import { createHash } from "node:crypto";
import { CompiledQuery, type Kysely } from "kysely";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import { INDICATORS } from "../../domain/indicators/catalogue.js";
import { type RollupLayout, rollupLayout } from "../../domain/indicators/rollup-plan.js";
import type { Db } from "../connect.js";
import { forEachRowBatch, runsOnPostgres } from "../sql.js";
import {
  type CellPass,
  cellPeriods,
  cellsSql,
  histogramSql,
  idsWhere,
  layoutSqlText,
  monthFirstDay,
  monthIndexOfDay,
  passBounds,
  passSlots,
} from "./cells-sql.js";

// biome-ignore lint/suspicious/noExplicitAny: the rollup tables are written with raw SQL only.
type AnyDb = Kysely<any>;

let cachedLayout: { layout: RollupLayout; signature: string } | undefined;

/** The rollup layout of the whole catalogue and its signature (layout + compiled SQL). */
export function catalogueRollup(): { layout: RollupLayout; signature: string } {
  if (!cachedLayout) {
    const layout = rollupLayout(INDICATORS);
    const signature = createHash("sha256")
      .update(layout.signature)
      .update("\n")
      .update(layoutSqlText(layout))
      .update(`\ncoarse level: kind + ${COARSE_KIND}, key [court, division]`)
      .digest("hex")
      .slice(0, 32);
    cachedLayout = { layout, signature };
  }
  return cachedLayout;
}

export interface RollupMeta {
  signature: string;
  asOf: string;
  firstMonth: number;
  lastMonth: number;
  /** Facts rows closed before they were filed: while any exists the rollup is not read. */
  anomalies: number;
  stale: boolean;
  builtAt: string;
  buildMs: number;
}

/** A cell in memory: values [n, slot 0, slot 1, …] and per histogram value → count. */
export interface RollupCell {
  month: number;
  kind: number;
  k: string;
  v: number[];
  h: Map<number, number>[] | null;
}

async function rows<T = Record<string, unknown>>(
  db: AnyDb,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return (await db.executeQuery<T>(CompiledQuery.raw(text, params))).rows;
}

export async function readRollupMeta(db: AnyDb): Promise<RollupMeta | undefined> {
  const r = (
    await rows<Record<string, unknown>>(
      db,
      "SELECT signature, as_of, first_month, last_month, anomalies, stale, built_at, build_ms FROM indicator_rollup_meta WHERE id = 1",
    )
  )[0];
  if (!r) return undefined;
  return {
    signature: String(r.signature),
    asOf: String(r.as_of),
    firstMonth: Number(r.first_month),
    lastMonth: Number(r.last_month),
    anomalies: Number(r.anomalies),
    stale: Number(r.stale) !== 0,
    builtAt: String(r.built_at),
    buildMs: Number(r.build_ms),
  };
}

/** The meta row when the rollup can be read: current layout, not stale, no anomalous rows. */
export async function usableRollupMeta(handle: Db): Promise<RollupMeta | undefined> {
  const meta = await readRollupMeta(handle.db);
  if (!meta || meta.stale || meta.anomalies > 0 || meta.signature !== catalogueRollup().signature)
    return undefined;
  return meta;
}

/** Why the rollup cannot be read now, in Chinese (for the response), or undefined when it can. */
export async function rollupUnusableReason(handle: Db): Promise<string | undefined> {
  const meta = await readRollupMeta(handle.db);
  if (!meta) return "按月汇总尚未建立";
  if (meta.signature !== catalogueRollup().signature) return "指标口径已更新，按月汇总待重建";
  if (meta.stale) return "按月汇总待重建";
  if (meta.anomalies > 0) return "存在结案日期早于立案日期的案件，按月汇总不适用";
  return undefined;
}

const cellKey = (month: number, kind: number, k: string) => `${month}|${kind}|${k}`;

/** Computes the cells of the facts rows selected by `where` (all rows: "1 = 1"). */
async function computeCells(
  db: AnyDb,
  layout: RollupLayout,
  firstMonth: number,
  asOf: string,
  where: string,
  /** Only the cells of these months (all months from firstMonth when absent). */
  months?: { from: number; to: number },
): Promise<Map<string, RollupCell>> {
  const periods = cellPeriods(firstMonth, asOf).filter(
    (p) => !months || (Math.floor(p.id / 2) >= months.from && Math.floor(p.id / 2) <= months.to),
  );
  const cells = new Map<string, RollupCell>();
  if (periods.length === 0) return cells;
  const keyOf = (r: Record<string, unknown>) =>
    JSON.stringify([r.c0 ?? null, r.c1 ?? null, r.c2 ?? null, r.c3 ?? null, r.c4 ?? null, r.c5 ?? null]);
  const slotCount = layout.slots.length;
  const lo = Math.min(...periods.map((p) => p.fromDay));
  const hi = Math.max(...periods.map((p) => p.toDay));
  const within = (pass: CellPass) => `(${where}) AND ${passBounds(pass, lo, hi)}`;
  // Streamed in batches: a province's year of cells comes as hundreds of thousands of rows.
  for (const pass of ["relevant", "filed", "closed"] as const) {
    const at = passSlots(layout, pass);
    await forEachRowBatch<Record<string, unknown>>(
      db,
      cellsSql(layout, periods, pass, within(pass)),
      STREAM_ROWS,
      (batch) => {
        for (const r of batch) {
          const pid = Number(r.pid);
          const month = Math.floor(pid / 2);
          const kind = pid % 2;
          const k = keyOf(r);
          const key = cellKey(month, kind, k);
          let cell = cells.get(key);
          if (!cell) {
            if (pass !== "relevant") throw new Error("rollup pass row without its cell");
            cell = { month, kind, k, v: new Array<number>(slotCount + 1).fill(0), h: null };
            cell.v[0] = Number(r.n);
            cells.set(key, cell);
          }
          for (const i of at) cell.v[i + 1] = Number(r[`s${i}`] ?? 0);
        }
      },
    );
  }
  for (let h = 0; h < layout.histograms.length; h++) {
    await forEachRowBatch<Record<string, unknown>>(
      db,
      histogramSql(layout, h, periods, within(layout.histograms[h]?.via ?? "relevant")),
      STREAM_ROWS,
      (batch) => {
        for (const r of batch) {
          const pid = Number(r.pid);
          const cell = cells.get(cellKey(Math.floor(pid / 2), pid % 2, keyOf(r)));
          if (!cell) throw new Error("histogram row without its cell");
          if (!cell.h) cell.h = layout.histograms.map(() => new Map());
          const hist = cell.h[h] as Map<number, number>;
          const v = Number(r.v);
          hist.set(v, (hist.get(v) ?? 0) + Number(r.n));
        }
      },
    );
  }
  addCoarseCells(cells);
  return cells;
}

/**
 * The coarse level: besides each fine cell (month × court × division × judge × type × procedure ×
 * category), the same month's cell of its court and division alone (kind + COARSE_KIND, the other
 * keys null) — the sum of the fine cells under it. A panel by court, by division, by month or of
 * the whole, filtered by court or division only (the dashboard's questions), reads these: a few
 * cells per court and division instead of one per judge, type and procedure.
 */
export const COARSE_KIND = 2;

function addCoarseCells(cells: Map<string, RollupCell>): void {
  const coarse = new Map<string, RollupCell>();
  for (const c of cells.values()) {
    if (c.kind >= COARSE_KIND) continue;
    const key = JSON.parse(c.k) as (string | null)[];
    const k = JSON.stringify([key[0] ?? null, key[1] ?? null, null, null, null, null]);
    const kind = c.kind + COARSE_KIND;
    const id = cellKey(c.month, kind, k);
    let t = coarse.get(id);
    if (!t) {
      t = { month: c.month, kind, k, v: new Array(c.v.length).fill(0), h: null };
      coarse.set(id, t);
    }
    addInto(t, c, 1);
  }
  for (const [id, c] of coarse) cells.set(id, c);
}

function serializeHistograms(h: Map<number, number>[] | null): string | null {
  if (!h || h.every((m) => m.size === 0)) return null;
  return JSON.stringify(
    h.map((m) => {
      const flat: number[] = [];
      for (const [v, n] of m) flat.push(v, n);
      return flat;
    }),
  );
}

export function parseHistograms(text: string | null): Map<number, number>[] | null {
  if (!text) return null;
  return (JSON.parse(text) as number[][]).map((flat) => {
    const m = new Map<number, number>();
    for (let i = 0; i < flat.length; i += 2) m.set(flat[i] as number, flat[i + 1] as number);
    return m;
  });
}

async function insertCells(db: AnyDb, cells: Iterable<RollupCell>): Promise<number> {
  const batch: RollupCell[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const values = batch.map((c) => {
      params.push(c.k, JSON.stringify(c.v), serializeHistograms(c.h));
      const n = params.length;
      return `(${c.month}, ${c.kind}, ${ph(db, n - 2)}, ${ph(db, n - 1)}, ${ph(db, n)})`;
    });
    await db.executeQuery(
      CompiledQuery.raw(
        `INSERT INTO indicator_rollup (month, kind, k, v, h) VALUES ${values.join(", ")}`,
        params,
      ),
    );
    written += batch.length;
    batch.length = 0;
  };
  for (const c of cells) {
    batch.push(c);
    if (batch.length >= 500) await flush();
  }
  await flush();
  return written;
}

/** Positional placeholder for the transaction's database (PostgreSQL numbers them). */
function ph(db: AnyDb, i: number): string {
  return runsOnPostgres(db) ? `$${i}` : "?";
}

async function writeMeta(db: AnyDb, meta: RollupMeta): Promise<void> {
  await rows(db, "DELETE FROM indicator_rollup_meta");
  const p = (i: number) => ph(db, i);
  await rows(
    db,
    `INSERT INTO indicator_rollup_meta (id, signature, as_of, first_month, last_month, anomalies, stale, built_at, build_ms)
     VALUES (1, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)})`,
    [
      meta.signature,
      meta.asOf,
      meta.firstMonth,
      meta.lastMonth,
      meta.anomalies,
      meta.stale ? 1 : 0,
      meta.builtAt,
      meta.buildMs,
    ],
  );
}

/** Empties the rollup (cells and meta): nothing is read from it and nothing maintained until rebuilt. */
export async function clearRollup(db: AnyDb): Promise<void> {
  await rows(db, "DELETE FROM indicator_rollup");
  await rows(db, "DELETE FROM indicator_rollup_meta");
}

/**
 * Rebuilds the whole rollup from case_facts as they are in `db` (pass the transaction that wrote
 * them: the full refresh's, or on PostgreSQL the one that swaps the staging table in, after the
 * swap and after the chain and fast-track passes). `asOf`: the day the facts were derived for.
 */
export async function rebuildRollup(
  db: AnyDb,
  options: {
    asOf: string;
    /** Facts rows of the courts computed at a time (REBUILD_GROUP_CASES; tests make it small). */
    groupCases?: number;
  },
): Promise<{ cells: number; ms: number }> {
  const started = performance.now();
  const { layout, signature } = catalogueRollup();
  await clearRollup(db);
  const asOfMonth = monthIndexOfDay(parseIsoDate(options.asOf));
  const stats = (
    await rows(
      db,
      "SELECT MIN(f.filed_day) AS lo, SUM(CASE WHEN f.closed_day < f.filed_day THEN 1 ELSE 0 END) AS bad FROM case_facts f",
    )
  )[0];
  const lo = stats?.lo === null || stats?.lo === undefined ? null : Number(stats.lo);
  const firstMonth = lo === null ? asOfMonth : Math.min(monthIndexOfDay(lo), asOfMonth);
  // A group of courts and a year of months at a time: the cells of a province's courts, judges and
  // case types for a whole year held gigabytes. Every cell's key starts with its court, so no cell
  // is split between groups.
  let written = 0;
  if (lo !== null) {
    for (const where of await courtGroupsWhere(db, options.groupCases ?? REBUILD_GROUP_CASES)) {
      for (let from = firstMonth; from <= asOfMonth; from += REBUILD_MONTHS) {
        const to = Math.min(asOfMonth, from + REBUILD_MONTHS - 1);
        const cells = await computeCells(db, layout, firstMonth, options.asOf, where, { from, to });
        written += await insertCells(db, cells.values());
      }
    }
  }
  const ms = performance.now() - started;
  await writeMeta(db, {
    signature,
    asOf: options.asOf,
    firstMonth,
    lastMonth: asOfMonth,
    anomalies: Number(stats?.bad ?? 0),
    stale: false,
    builtAt: new Date().toISOString(),
    buildMs: ms,
  });
  return { cells: written, ms };
}

const CHUNK = 5000;
/** Facts rows of the courts whose cells a full rebuild computes at a time (one court at least). */
const REBUILD_GROUP_CASES = 300_000;

/**
 * The courts of the facts in groups of about `groupCases` rows (in code order; a larger
 * court alone), each as a WHERE condition on the facts (read by the index case_facts_court). One
 * group (a single court's database) reads the facts whole.
 */
async function courtGroupsWhere(db: AnyDb, groupCases: number): Promise<string[]> {
  const courts = await rows<{ c: string; n: number | string }>(
    db,
    "SELECT f.court_code AS c, COUNT(*) AS n FROM case_facts f GROUP BY f.court_code ORDER BY f.court_code",
  );
  const groups: string[][] = [];
  let size = Number.POSITIVE_INFINITY;
  for (const { c, n } of courts) {
    if (size + Number(n) > groupCases) {
      groups.push([]);
      size = 0;
    }
    (groups[groups.length - 1] as string[]).push(c);
    size += Number(n);
  }
  if (groups.length <= 1) return ["1 = 1"];
  return groups.map(
    (g) => `f.court_code IN (${g.map((c) => `'${String(c).replace(/'/g, "''")}'`).join(", ")})`,
  );
}
/** Rows of a cells or histogram query handled at a time (rebuildRollup streams them). */
const STREAM_ROWS = 10_000;
const REBUILD_MONTHS = 12;

const maintenance = { calls: 0, ms: 0, cells: 0 };

/** Time spent keeping the rollup up to date in this process (the bench reports it). */
export function rollupMaintenanceStats(): { calls: number; ms: number; cells: number } {
  return { ...maintenance };
}

async function contributions(
  db: AnyDb,
  meta: RollupMeta,
  layout: RollupLayout,
  ids: readonly number[],
): Promise<{ cells: Map<string, RollupCell>; anomalies: number; minFiled: number | null }> {
  const cells = new Map<string, RollupCell>();
  let anomalies = 0;
  let minFiled: number | null = null;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const where = idsWhere(ids.slice(i, i + CHUNK));
    // Chunks of different cases may share a cell: added, never replaced.
    for (const [key, c] of await computeCells(db, layout, meta.firstMonth, meta.asOf, where)) {
      const had = cells.get(key);
      if (had) addInto(had, c, 1);
      else cells.set(key, c);
    }
    const s = (
      await rows(
        db,
        `SELECT MIN(f.filed_day) AS lo, SUM(CASE WHEN f.closed_day < f.filed_day THEN 1 ELSE 0 END) AS bad FROM case_facts f WHERE ${where}`,
      )
    )[0];
    anomalies += Number(s?.bad ?? 0);
    if (s?.lo !== null && s?.lo !== undefined) minFiled = Math.min(minFiled ?? Number(s.lo), Number(s.lo));
  }
  return { cells, anomalies, minFiled };
}

function addInto(target: RollupCell, source: RollupCell, sign: 1 | -1): void {
  for (let i = 0; i < target.v.length; i++) target.v[i] = (target.v[i] ?? 0) + sign * (source.v[i] ?? 0);
  if (source.h) {
    if (!target.h) target.h = source.h.map(() => new Map());
    source.h.forEach((m, i) => {
      const t = (target.h as Map<number, number>[])[i] as Map<number, number>;
      for (const [v, n] of m) {
        const x = (t.get(v) ?? 0) + sign * n;
        if (x === 0) t.delete(v);
        else t.set(v, x);
      }
    });
  }
}

/**
 * Runs `write` (which changes the facts rows of `ids`, in `db`'s transaction) keeping the rollup
 * equal to the facts: the rows' contributions to every cell are computed by the cells' own SQL
 * before and after, and the difference added to the stored cells. Without a current rollup it only
 * writes. `ids` may repeat or name cases without facts rows.
 */
export async function maintainRollup<T>(
  db: AnyDb,
  ids: readonly number[],
  write: () => Promise<T>,
): Promise<T> {
  const meta = await readRollupMeta(db);
  const { layout, signature } = catalogueRollup();
  if (!meta || meta.stale || meta.signature !== signature || ids.length === 0) return write();
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  let t = performance.now();
  const before = await contributions(db, meta, layout, unique);
  maintenance.ms += performance.now() - t;
  const result = await write();
  t = performance.now();
  maintenance.calls++;
  try {
    return await keepUp(db, meta, layout, unique, before, result);
  } finally {
    maintenance.ms += performance.now() - t;
  }
}

async function keepUp<T>(
  db: AnyDb,
  meta: RollupMeta,
  layout: RollupLayout,
  unique: number[],
  before: Awaited<ReturnType<typeof contributions>>,
  result: T,
): Promise<T> {
  const after = await contributions(db, meta, layout, unique);
  if (after.minFiled !== null && after.minFiled < monthFirstDay(meta.firstMonth)) {
    // A case filed before the first month: its months have no cells. Rebuilt by the next full refresh.
    await writeMeta(db, { ...meta, stale: true });
    return result;
  }
  const deltas = new Map<string, RollupCell>();
  const merge = (src: Map<string, RollupCell>, sign: 1 | -1) => {
    for (const [key, c] of src) {
      let d = deltas.get(key);
      if (!d) {
        d = { month: c.month, kind: c.kind, k: c.k, v: new Array(c.v.length).fill(0), h: null };
        deltas.set(key, d);
      }
      addInto(d, c, sign);
    }
  };
  merge(before.cells, -1);
  merge(after.cells, 1);
  const changed = [...deltas.values()].filter(
    (d) => d.v.some((x) => x !== 0) || (d.h?.some((m) => m.size > 0) ?? false),
  );
  maintenance.cells += changed.length;
  const consistent = await applyDeltas(db, changed);
  // A cell that would not match the facts (never expected): the rollup is not read until rebuilt.
  if (!consistent) await writeMeta(db, { ...meta, stale: true });
  else if (after.anomalies !== before.anomalies)
    await writeMeta(db, { ...meta, anomalies: meta.anomalies + after.anomalies - before.anomalies });
  return result;
}

async function applyDeltas(db: AnyDb, deltas: RollupCell[]): Promise<boolean> {
  let consistent = true;
  // Grouped by (month, kind): the stored cells read by key, updated in memory, written back.
  const groups = new Map<string, RollupCell[]>();
  for (const d of deltas) {
    const g = `${d.month}|${d.kind}`;
    groups.set(g, [...(groups.get(g) ?? []), d]);
  }
  const updated: RollupCell[] = [];
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i += 500) {
      const part = list.slice(i, i + 500);
      const { month, kind } = part[0] as RollupCell;
      const where = `month = ${month} AND kind = ${kind} AND k IN (${part.map((_, j) => ph(db, j + 1)).join(", ")})`;
      const stored = new Map<string, RollupCell>();
      for (const r of await rows(
        db,
        `SELECT k, v, h FROM indicator_rollup WHERE ${where}`,
        part.map((d) => d.k),
      )) {
        const k = String(r.k);
        stored.set(k, {
          month,
          kind,
          k,
          v: JSON.parse(String(r.v)) as number[],
          h: parseHistograms((r.h as string | null) ?? null),
        });
      }
      await rows(
        db,
        `DELETE FROM indicator_rollup WHERE ${where}`,
        part.map((d) => d.k),
      );
      for (const d of part) {
        const cell = stored.get(d.k) ?? { month, kind, k: d.k, v: new Array(d.v.length).fill(0), h: null };
        addInto(cell, d, 1);
        if ((cell.v[0] ?? 0) < 0 || ((cell.v[0] ?? 0) === 0 && cell.v.some((x) => x !== 0)))
          consistent = false;
        if ((cell.v[0] ?? 0) > 0) updated.push(cell);
      }
    }
  }
  await insertCells(db, updated);
  return consistent;
}

/** The cells of months `fromMonth`…`toMonth` (both kinds), as stored. */
export async function readRollupCells(
  handle: Db,
  fromMonth: number,
  toMonth: number,
  /** The coarse level (court × division); its kinds are returned as the fine level's (0, 1). */
  coarse = false,
): Promise<{ month: number; kind: number; k: string; v: string; h: string | null }[]> {
  const p = handle.dialect === "postgres" ? ["$1", "$2"] : ["?", "?"];
  const level = coarse ? `kind >= ${COARSE_KIND}` : `kind < ${COARSE_KIND}`;
  const sqlText = `SELECT month, kind, k, v, h FROM indicator_rollup WHERE month >= ${p[0]} AND month <= ${p[1]} AND ${level}`;
  const r = (
    handle.readPool
      ? await handle.readPool.all(sqlText, [fromMonth, toMonth])
      : await rows(handle.db, sqlText, [fromMonth, toMonth])
  ) as { month: number; kind: number; k: string; v: string; h: string | null }[];
  if (coarse) for (const row of r) row.kind = Number(row.kind) - COARSE_KIND;
  return r;
}

/** Rows and bytes of the rollup (for the bench and the docs). */
export async function rollupSize(handle: Db): Promise<{ rows: number; bytes: number }> {
  const r = (
    await rows(
      handle.db,
      "SELECT COUNT(*) AS n, SUM(LENGTH(k) + LENGTH(v) + COALESCE(LENGTH(h), 0)) AS b FROM indicator_rollup",
    )
  )[0];
  return { rows: Number(r?.n ?? 0), bytes: Number(r?.b ?? 0) };
}
