/**
 * The panel from the monthly rollup where it covers the question, from the facts otherwise
 * (docs/rollup.md) — the same rows, slots and quantiles as runPanel, so computeIndicators turns
 * either into the same figures. A period is answered from the rollup when it starts on a month's
 * 1st and ends on a month's last day or on the rollup's as-of day, within the months it covers;
 * the grouping and filters must be on its keys, and every indicator's measures answerable
 * (rollup-plan.ts). Other periods of the same panel are read from the facts.
 */
import type { Db } from "../../db/connect.js";
import { compileMeasure, type Filter, type Grouping, type SqlPeriod } from "../../db/indicators/compile.js";
import { type MeasureSlot, runPanel } from "../../db/indicators/panel.js";
import {
  monthFirstDay,
  monthIndexOfDay,
  monthLastDay,
  ROLLUP_KEY_COLUMNS,
} from "../../db/rollup/cells-sql.js";
import {
  catalogueRollup,
  readRollupCells,
  readRollupMeta,
  rollupUnusableReason,
} from "../../db/rollup/rollup.js";
import { parseIsoDate } from "../../domain/calendar/civil-date.js";
import type { IndicatorDef } from "../../domain/indicators/index.js";
import { quantileFromHistogram } from "../../domain/indicators/quantile.js";
import { histogramKeyOf, measureKey } from "../../domain/indicators/rollup-plan.js";

export interface PanelSource {
  /** Which store answered: all periods from the rollup, all from the facts, or some of each. */
  answeredFrom: "rollup" | "facts" | "mixed";
  /** Why (some periods were) read from the facts, in Chinese. */
  factsReason?: string;
  /** Period ids read from the facts because of their dates (not whole months): figures say so. */
  datePids: number[];
  /** Indicator ids whose definition the rollup cannot answer, with the reason in Chinese. */
  unanswerable: Map<string, string>;
}

export interface AnsweredPanel {
  rows: Record<string, unknown>[];
  slots: Map<string, MeasureSlot>;
  quantiles: Map<string, number | null>;
  source: PanelSource;
}

const COVERED_GROUPINGS = new Set<Grouping>([
  "court",
  "division",
  "judge",
  "category",
  "type",
  "procedure",
  "month",
  "all",
]);
const KEY_AT = new Map<string, number>(ROLLUP_KEY_COLUMNS.map((c, i) => [c, i]));

type Key = (string | null)[];

function groupKeyOf(by: Grouping, k: Key): unknown {
  switch (by) {
    case "court":
      return k[0];
    case "division":
      return k[1];
    case "judge":
      return k[1] === null || k[2] === null ? null : `${k[1]} / ${k[2]}`;
    case "type":
      return k[3];
    case "procedure":
      return k[4];
    case "category":
      return k[5];
    default:
      return "全部";
  }
}

/** The slots of a panel, in the order panelSql gives them (the same aliases). */
function panelSlots(defs: IndicatorDef[]): Map<string, MeasureSlot> {
  const slots = new Map<string, MeasureSlot>();
  for (const d of defs) {
    for (const m of [d.numerator, ...(d.denominator ? [d.denominator] : [])]) {
      const text = compileMeasure(m);
      if (!slots.has(text)) slots.set(text, { sql: text, alias: `m${slots.size}` });
    }
  }
  return slots;
}

/** Runs the panel from the rollup where it can, from the facts for the rest. */
export async function answerPanel(
  handle: Db,
  defs: IndicatorDef[],
  sqlPeriods: SqlPeriod[],
  by: Grouping,
  filters: Filter[],
  options: { noRollup?: boolean } = {},
): Promise<AnsweredPanel> {
  const { layout } = catalogueRollup();
  const unanswerable = new Map<string, string>();
  for (const d of defs) {
    const why = layout.unanswerable.get(d.id);
    if (why) unanswerable.set(d.id, why);
  }
  const facts = async (reason: string, datePids: number[] = []): Promise<AnsweredPanel> => {
    const r = await runPanel(handle, defs, sqlPeriods, by, filters);
    return { ...r, source: { answeredFrom: "facts", factsReason: reason, datePids, unanswerable } };
  };
  if (options.noRollup) return facts("按要求按案件明细计算");
  if (!COVERED_GROUPINGS.has(by)) return facts("按案由分组不在按月汇总的维度内");
  const outside = filters.find((f) => !KEY_AT.has(f.field));
  if (outside) return facts(`按${outside.field === "cause" ? "案由" : "涉企"}筛选不在按月汇总的维度内`);
  if (unanswerable.size > 0)
    return facts(
      "部分指标的口径依赖统计期间内的具体日期",
      sqlPeriods.map((p) => p.id),
    );
  const why = await rollupUnusableReason(handle);
  if (why) return facts(why);
  const meta = await readRollupMeta(handle.db);
  if (!meta) return facts("按月汇总尚未建立");

  // Periods the rollup answers: whole months, the last possibly ending on the as-of day.
  const asOfDay = parseIsoDate(meta.asOf);
  const plan = new Map<number, { fromM: number; toM: number; lastKind: number }>();
  const factsPeriods: SqlPeriod[] = [];
  const datePids: number[] = [];
  let late = false;
  for (const p of sqlPeriods) {
    const fromM = monthIndexOfDay(p.fromDay);
    const toM = monthIndexOfDay(p.toDay);
    const monthEnd = p.toDay === monthLastDay(toM);
    const aligned = p.fromDay === monthFirstDay(fromM) && (monthEnd || p.toDay === asOfDay) && fromM <= toM;
    if (!aligned) {
      factsPeriods.push(p);
      datePids.push(p.id);
    } else if (toM > meta.lastMonth) {
      factsPeriods.push(p);
      late = true;
    } else plan.set(p.id, { fromM, toM, lastKind: monthEnd ? 0 : 1 });
  }
  if (plan.size === 0)
    return facts(
      late ? "统计期间晚于按月汇总的数据日期" : "统计期间的起止日不是整月（或数据截止日）",
      datePids,
    );

  const slots = panelSlots(defs);
  // Per panel slot: the rollup slots (terms) whose sum it is.
  const termSlots = new Map<string, number[]>();
  for (const d of defs) {
    for (const m of [d.numerator, ...(d.denominator ? [d.denominator] : [])]) {
      const text = compileMeasure(m);
      if (termSlots.has(text)) continue;
      const idx = layout.slotOf.get(measureKey(m));
      const terms =
        idx !== undefined
          ? [idx]
          : // A split measure (旧存 + 新收): its parts are the slots of its OR's disjuncts.
            (("count" in m ? m.count : m.where) as { or: unknown[] }).or.map((q) => {
              const part = "count" in m ? { count: q } : { sum: m.sum, where: q };
              const i = layout.slotOf.get(measureKey(part as never));
              if (i === undefined) throw new Error("rollup layout lacks a measure part");
              return i;
            });
      termSlots.set(text, terms);
    }
  }
  const quantileDefs = defs.filter((d) => d.kind === "median" || d.kind === "p90");

  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const q of plan.values()) {
    lo = Math.min(lo, q.fromM);
    hi = Math.max(hi, q.toM);
  }
  // The coarse level (court × division) answers what needs no judge, type, procedure or category.
  const coarse =
    (by === "court" || by === "division" || by === "month" || by === "all") &&
    filters.every((f) => f.field === "court_code" || f.field === "division");
  const [stored, fromFacts] = await Promise.all([
    readRollupCells(handle, lo, hi, coarse),
    factsPeriods.length > 0 ? runPanel(handle, defs, factsPeriods, by, filters) : undefined,
  ]);

  const filterSets = filters.map((f) => ({ at: KEY_AT.get(f.field) as number, values: new Set(f.values) }));
  const anchors = layout.slotAnchors;
  const slotCount = layout.slots.length;
  // (pid, group key) → accumulated rollup values and histograms
  const acc = new Map<
    string,
    { pid: number; gkey: unknown; n: number; v: Float64Array; h: Map<number, number>[] }
  >();
  const labels = new Map(sqlPeriods.map((p) => [p.id, p.label]));
  for (const row of stored) {
    const month = Number(row.month);
    const kind = Number(row.kind);
    let key: Key | undefined;
    let values: number[] | undefined;
    let hists: number[][] | undefined;
    for (const [pid, q] of plan) {
      if (month < q.fromM || month > q.toM) continue;
      if (kind !== (month === q.toM ? q.lastKind : 0)) continue;
      if (!key) {
        key = JSON.parse(row.k) as Key;
        const k = key;
        if (!filterSets.every((f) => k[f.at] !== null && f.values.has(k[f.at] as string))) break;
      }
      values ??= JSON.parse(row.v) as number[];
      const gkey = by === "month" ? labels.get(pid) : groupKeyOf(by, key);
      const id = `${pid}|${String(gkey)}`;
      let a = acc.get(id);
      if (!a) {
        a = { pid, gkey, n: 0, v: new Float64Array(slotCount), h: layout.histograms.map(() => new Map()) };
        acc.set(id, a);
      }
      a.n += values[0] as number;
      const first = month === q.fromM;
      const last = month === q.toM;
      for (let i = 0; i < slotCount; i++) {
        const anchor = anchors[i];
        if (anchor === "sum" || (anchor === "end" && last) || (anchor === "start" && first))
          a.v[i] = (a.v[i] as number) + (values[i + 1] as number);
      }
      if (quantileDefs.length > 0 && row.h) {
        // value, count pairs added straight into the group's histograms (no map per cell).
        hists ??= JSON.parse(row.h) as number[][];
        for (let i = 0; i < hists.length; i++) {
          const flat = hists[i] as number[];
          const t = a.h[i] as Map<number, number>;
          for (let j = 0; j < flat.length; j += 2) {
            const v = flat[j] as number;
            t.set(v, (t.get(v) ?? 0) + (flat[j + 1] as number));
          }
        }
      }
    }
  }

  const rows: Record<string, unknown>[] = [];
  const quantiles = new Map<string, number | null>();
  for (const a of acc.values()) {
    if (a.n <= 0) continue;
    const r: Record<string, unknown> = { pid: a.pid, gkey: a.gkey };
    for (const [text, s] of slots) {
      let x = 0;
      for (const i of termSlots.get(text) as number[]) x += a.v[i] as number;
      r[s.alias] = x;
    }
    rows.push(r);
    for (const d of quantileDefs) {
      const h = a.h[layout.histogramOf.get(histogramKeyOf(d)) as number] as Map<number, number>;
      if (h.size > 0)
        quantiles.set(
          `${d.id}|${a.pid}|${String(a.gkey)}`,
          quantileFromHistogram(d.kind === "p90" ? "p90" : "median", h),
        );
    }
  }
  if (fromFacts) {
    for (const [text, s] of fromFacts.slots)
      if (slots.get(text)?.alias !== s.alias) throw new Error("panel slots differ between rollup and facts");
    rows.push(...fromFacts.rows);
    for (const [k, v] of fromFacts.quantiles) quantiles.set(k, v);
  }
  const source: PanelSource = fromFacts
    ? {
        answeredFrom: "mixed",
        factsReason:
          datePids.length > 0
            ? "部分统计期间的起止日不是整月（或数据截止日）"
            : "部分统计期间晚于按月汇总的数据日期",
        datePids,
        unanswerable,
      }
    : { answeredFrom: "rollup", datePids, unanswerable };
  return { rows, slots, quantiles, source };
}
