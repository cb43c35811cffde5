/**
 * `generateDemoCourt` — a deterministic generator of a realistic basic court's cases in the
 * import format (docs/import-format.md), calibrated on 鄂尔多斯市东胜区人民法院 (内0602); the
 * calibration and every share are in docs/demo-data.md and src/demo/catalog.ts.
 *
 * How a case is made: its filing day comes from a seasonal allocation of the total over the
 * window's working days; its type, cause, parties, procedure, division and judge are drawn; its
 * "true" life is planned in full — time-limit events, the closing date (drawn against the
 * deadline that `computeTimeLimit` gives for those events), appeal, enforcement, archiving —
 * and only then cut at `asOf`: anything dated after it is not yet known (a case closing later is
 * pending, an interval ending later is open). Pure: no clock, no Math.random(); cases are
 * yielded one at a time in filing order with small rolling state (batches, refilings, enforcement
 * applications), so a million cases never sit in memory.
 *
 * This file wires the stages together; each is a set of functions over the explicit
 * `DemoContext` (context.ts: the random stream, calendar, court, draw tables, rolling state) and
 * the case being built (draft.ts):
 *   plan.ts           options → plan (window, totals, court)
 *   filing-days.ts    how many cases are filed on each working day
 *   backlog.ts        the 旧存 cases, before the window's filings
 *   case-number.ts, parties.ts, amounts.ts — the pieces of a filing
 *   filing-civil.ts   民初;  batches.ts  same-plaintiff batches;  filing-other.ts  every other type
 *   closing.ts        the life of a case: mode, events (events.ts) against the deadline
 *                     (deadline.ts), the closing day, then after-closing.ts (appeal, enforcement,
 *                     recovery, archiving)
 *   render.ts         the as-of cut and the import rows
 *   overruns.ts, data-quality.ts — the planted concealed-overrun and data-quality patterns
 *   types.ts (the public types), tables.ts (the draw tables), dates.ts, date-heap.ts, math.ts
 * The order of the calls is the order of the draws: changing it changes every case after it.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { CaseCategory } from "../domain/case/category.js";
import { lookupTypeCode } from "../domain/case-number/index.js";
import { backlogCases } from "./backlog.js";
import { type BatchState, batchMember, startBatch } from "./batches.js";
import { planLife } from "./closing.js";
import { createContext, type DemoContext } from "./context.js";
import type { Draft } from "./draft.js";
import { fileCivil } from "./filing-civil.js";
import { allocateFilingDays } from "./filing-days.js";
import { fileOther } from "./filing-other.js";
import { refiledCase } from "./overruns.js";
import { planDemoCourt } from "./plan.js";
import { render } from "./render.js";
import type { DemoCase, DemoOptions } from "./types.js";

export { formatFen } from "./amounts.js";
export { planDemoCourt } from "./plan.js";
export type { DemoCase, DemoCaseRow, DemoEventRow, DemoLabel, DemoOptions, DemoPlan } from "./types.js";

/** Streams the demo court's cases in filing order. Same options → the same cases, byte for byte. */
export function* generateDemoCourt(options: DemoOptions): Generator<DemoCase, void, undefined> {
  const plan = planDemoCourt(options);
  const ctx = createContext(plan);
  const { days, counts } = allocateFilingDays(plan, ctx.cal);
  yield* backlogCases(ctx, plan);
  const total = plan.cases - plan.backlog;
  const docket: Docket = { batch: null };
  let generated = 0;
  // A batch filed on one day may overflow that day's quota; the overflow is repaid from the
  // following days' quotas (at most 40 % of each), so the total stays exact.
  let debt = 0;
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as number;
    let quota = counts[i] as number;
    const pay = Math.min(debt, Math.floor(quota * 0.4));
    quota -= pay;
    debt -= pay;
    if (i === days.length - 1) quota = total - generated;
    let k = 0;
    while (generated < total && (k < quota || (docket.batch !== null && docket.batch.left > 0))) {
      yield nextCase(ctx, docket, d, total - generated);
      generated++;
      if (++k > quota) debt++;
    }
    docket.batch = null;
  }
}

/** What the filing loop carries from one case to the next: the batch being filed today, if any. */
interface Docket {
  batch: BatchState | null;
}

/**
 * The next case filed on day d: the next member of today's batch, else a refiling that is due,
 * else a fresh draw of type (and, for 民初, cause — which may start a batch). `budget`: cases still
 * to generate (a batch never exceeds it).
 */
function nextCase(ctx: DemoContext, docket: Docket, d: DayNumber, budget: number): DemoCase {
  const rng = ctx.rng;
  if (docket.batch && docket.batch.left > 0) return render(ctx, batchMember(ctx, docket.batch, d));
  const refile = ctx.refiles.peek();
  if (refile && refile.date <= d) {
    ctx.refiles.pop();
    return finish(ctx, refiledCase(ctx, d, refile));
  }
  const type = rng.weighted(ctx.tables.type);
  if (type === "民初") {
    const cause = rng.weighted(ctx.tables.cause);
    const p = ctx.tables.batchStart.get(cause.name);
    if (p !== undefined && cause.batch && budget >= 8 && rng.chance(p)) {
      docket.batch = startBatch(ctx, cause, budget);
      return render(ctx, batchMember(ctx, docket.batch, d));
    }
    return finish(ctx, fileCivil(ctx, d, cause, []));
  }
  return finish(ctx, fileOther(ctx, type, d));
}

/** Closure mode, timing, appeal, enforcement, archive; then cut at asOf. */
function finish(ctx: DemoContext, x: Draft): DemoCase {
  planLife(ctx, x);
  return render(ctx, x);
}

/** The category of each generated type code. */
export function demoTypeCategory(typeCode: string): CaseCategory | undefined {
  return lookupTypeCode(typeCode)?.category;
}
