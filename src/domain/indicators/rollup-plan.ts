/**
 * How a measure of the catalogue is answered from the monthly rollup of the facts
 * (src/db/rollup, docs/rollup.md) — pure, no I/O.
 *
 * A rollup cell holds, for one key (court, division, judge, type code, procedure, category) and one
 * month, each measure's value for the period "that month" (the 1st to the month's last day, or to
 * the facts' as-of day in the as-of month). A multi-month period is answered from the cells by the
 * measure's dependence on the period:
 * - `sum`: measures that hold only for cases filed (or only for cases closed) in the period — a
 *   case is filed in exactly one month, so the period's value is the sum of its months' values;
 * - `end`: measures that depend only on the period's last day (未结 at the end, 超审限 at the end,
 *   立案逾 N 个月 at the end) — the value of the period's last month;
 * - `start`: measures that depend only on the period's first day (旧存) — the first month's value;
 * - an `or` of disjoint parts (旧存 or 新收: filed before the first day, or on/after it) is the sum
 *   of its parts.
 * Anything else (a period relation under `not`, a measure without a period part — its cases depend
 * on both ends) is not answerable, and the figure is computed from the case rows.
 *
 * Exactness needs every case's 结案日期 on or after its 立案日期 (the import rejects anything else;
 * the rollup records how many facts rows break it and is not used while any does): then a case
 * filed or closed in a period is relevant to it, and one relevant to a period is relevant to one of
 * its months.
 */
import type { IndicatorDef, Measure } from "./catalogue.js";
import type { Pred } from "./predicate.js";

export type RollupAnchor = "sum" | "end" | "start";

export interface RollupTerm {
  anchor: RollupAnchor;
  /** For `sum` terms: whether the cases are those filed or those closed in the period. */
  via?: "filed" | "closed";
  /** The measure stored per cell (a part of the catalogue's measure). */
  measure: Measure;
}

export type RollupPlan = { terms: RollupTerm[] } | { unanswerable: string };

type Dep = "none" | "filed" | "closed" | "end" | "start" | "mixed";

/** The period atoms a predicate reads, as one class; "mixed" when it reads more than one kind. */
function depOf(p: Pred): Dep {
  if ("and" in p || "or" in p) {
    const parts = ("and" in p ? p.and : p.or).map(depOf);
    let d: Dep = "none";
    for (const q of parts) {
      if (q === "none") continue;
      if (d === "none") d = q;
      else if (d !== q) return "mixed";
    }
    return d;
  }
  if ("not" in p) {
    const d = depOf(p.not);
    return d === "none" ? "none" : "mixed";
  }
  if ("period" in p) {
    switch (p.period) {
      case "filed":
        return "filed";
      case "closed":
        return "closed";
      case "pending-start":
        return "start";
      case "pending-end":
        return "end";
    }
  }
  if ("overdueAtEnd" in p || "olderAtEnd" in p) return "end";
  return "none";
}

/** The top-level conjuncts of a predicate (nested ANDs flattened). */
function conjuncts(p: Pred): Pred[] {
  return "and" in p ? p.and.flatMap(conjuncts) : [p];
}

const isAtom = (p: Pred, period: string) => "period" in p && p.period === period;

/**
 * The single-anchor class of a predicate: a conjunction with the anchoring atom itself among its
 * top-level conjuncts (so the case is relevant to the period whatever else holds) and every other
 * conjunct free of period atoms — or, for `end`, depending on the period's last day only.
 */
function anchorOf(p: Pred): RollupAnchor | undefined {
  const cs = conjuncts(p);
  const deps = cs.map(depOf);
  const has = (period: string) => cs.some((c) => isAtom(c, period));
  if (has("filed") && deps.every((d) => d === "none" || d === "filed")) {
    return cs.every((c, i) => deps[i] === "none" || isAtom(c, "filed")) ? "sum" : undefined;
  }
  if (has("closed") && deps.every((d) => d === "none" || d === "closed")) {
    return cs.every((c, i) => deps[i] === "none" || isAtom(c, "closed")) ? "sum" : undefined;
  }
  if (has("pending-end") && deps.every((d) => d === "none" || d === "end")) return "end";
  if (has("pending-start") && deps.every((d) => d === "none" || d === "start")) {
    return cs.every((c, i) => deps[i] === "none" || isAtom(c, "pending-start")) ? "start" : undefined;
  }
  return undefined;
}

function term(anchor: RollupAnchor, measure: Measure): RollupTerm {
  if (anchor !== "sum") return { anchor, measure };
  return {
    anchor,
    measure,
    via: conjuncts(predOf(measure)).some((c) => isAtom(c, "filed")) ? "filed" : "closed",
  };
}

const withPred = (m: Measure, p: Pred): Measure => ("count" in m ? { count: p } : { sum: m.sum, where: p });
const predOf = (m: Measure): Pred => ("count" in m ? m.count : m.where);

/** The rollup plan of a measure. */
export function rollupPlan(m: Measure): RollupPlan {
  const p = predOf(m);
  const single = anchorOf(p);
  if (single) return { terms: [term(single, m)] };
  // 旧存 + 新收: an OR whose parts are a start-anchored part (filed before the first day) and a
  // filed part (filed on or after the first day) — disjoint, so the count is the sum of both.
  if ("or" in p && p.or.length === 2) {
    const anchors = p.or.map(anchorOf);
    const start = anchors.indexOf("start");
    const filed = p.or.findIndex(
      (q, i) => anchors[i] === "sum" && conjuncts(q).some((c) => isAtom(c, "filed")),
    );
    if (start >= 0 && filed >= 0 && start !== filed) {
      return {
        terms: [
          term("start", withPred(m, p.or[start] as Pred)),
          term("sum", withPred(m, p.or[filed] as Pred)),
        ],
      };
    }
  }
  return { unanswerable: "其口径依赖统计期间内的具体日期，不能由按月汇总得出" };
}

/** The key a measure is stored under (its structure, so equal measures share a slot). */
export function measureKey(m: Measure): string {
  return JSON.stringify(m);
}

/** A value histogram the quantile indicators read (value field over the denominator's cases). */
export interface RollupHistogram {
  key: string;
  valueField: string;
  measure: Measure;
  via: "filed" | "closed";
}

export const histogramKeyOf = (d: IndicatorDef): string =>
  `${d.valueField ?? "duration_days"}|${measureKey(d.denominator ?? d.numerator)}`;

export interface RollupLayout {
  /** Measures stored per cell, in slot order. */
  slots: Measure[];
  /** How each slot is read over a period of several months. */
  slotAnchors: RollupAnchor[];
  /** Per slot: the day its cases are counted by (filed or closed), for `sum` slots. */
  slotVia: ("filed" | "closed" | undefined)[];
  /** Slot index by measureKey. */
  slotOf: Map<string, number>;
  histograms: RollupHistogram[];
  histogramOf: Map<string, number>;
  /** Why an indicator cannot be answered from the rollup, by id (absent: it can). */
  unanswerable: Map<string, string>;
  /** A text identifying the layout: a rollup built for another layout is never read. */
  signature: string;
}

/** Bumped when the meaning of a cell changes (not only its slots). */
export const ROLLUP_FORMAT = 1;

/** The layout of the rollup for a catalogue: every answerable measure's terms and histograms. */
export function rollupLayout(defs: readonly IndicatorDef[]): RollupLayout {
  const slots: Measure[] = [];
  const slotAnchors: RollupAnchor[] = [];
  const slotVia: ("filed" | "closed" | undefined)[] = [];
  const slotOf = new Map<string, number>();
  const histograms: RollupHistogram[] = [];
  const histogramOf = new Map<string, number>();
  const unanswerable = new Map<string, string>();
  const addSlot = (t: RollupTerm) => {
    const k = measureKey(t.measure);
    if (!slotOf.has(k)) {
      slotOf.set(k, slots.length);
      slots.push(t.measure);
      slotAnchors.push(t.anchor);
      slotVia.push(t.via);
    }
  };
  for (const d of defs) {
    const measures = [d.numerator, ...(d.denominator ? [d.denominator] : [])];
    const plans = measures.map(rollupPlan);
    const bad = plans.find((p): p is { unanswerable: string } => "unanswerable" in p);
    if (bad) {
      unanswerable.set(d.id, bad.unanswerable);
      continue;
    }
    if (d.kind === "median" || d.kind === "p90") {
      const den = d.denominator ?? d.numerator;
      const plan = rollupPlan(den);
      // A histogram adds up over months only for cases filed or closed in the period.
      if (!("terms" in plan) || plan.terms.length !== 1 || plan.terms[0]?.anchor !== "sum") {
        unanswerable.set(d.id, "其分布不能由按月汇总得出");
        continue;
      }
      const key = histogramKeyOf(d);
      if (!histogramOf.has(key)) {
        histogramOf.set(key, histograms.length);
        histograms.push({
          key,
          valueField: d.valueField ?? "duration_days",
          measure: den,
          via: plan.terms[0]?.via ?? "closed",
        });
      }
    }
    for (const p of plans) if ("terms" in p) for (const t of p.terms) addSlot(t);
  }
  const signature = JSON.stringify({
    format: ROLLUP_FORMAT,
    slots: slots.map((m, i) => [slotAnchors[i], measureKey(m)]),
    histograms: histograms.map((h) => h.key),
  });
  return { slots, slotAnchors, slotVia, slotOf, histograms, histogramOf, unanswerable, signature };
}
