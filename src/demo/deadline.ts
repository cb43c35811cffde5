/**
 * Life — the deadline the events and the closing day are planned against: the statutory time
 * limit `computeTimeLimit` (src/domain/time-limit) gives the filing procedure and the true events
 * so far — the same clock the platform runs on the imported rows.
 */
import { type DayNumber, type IsoDate, tryParseIsoDate } from "../domain/calendar/civil-date.js";
import type { PeriodLength } from "../domain/calendar/period.js";
import type { Procedure } from "../domain/case/procedure.js";
import { computeTimeLimit, parsePeriodLength, type TimeLimitEvent } from "../domain/time-limit/index.js";
import type { DemoContext } from "./context.js";
import { iso } from "./dates.js";
import type { Draft, TrueEvent } from "./draft.js";

/** "Never closed": far enough for every deadline to fall before it. */
const FAR: IsoDate = "2199-12-31";

const PERIOD_CACHE = new Map<string, PeriodLength>();
function period(text: string): PeriodLength {
  let p = PERIOD_CACHE.get(text);
  if (!p) {
    p = parsePeriodLength(text);
    if (!p) throw new Error(`demo: bad period ${text}`);
    PERIOD_CACHE.set(text, p);
  }
  return p;
}

/** The catalog key of a case under a procedure: `民初|简易程序`, or the type code alone. */
export function ruleKey(x: Draft, proc: Procedure | null): string {
  return x.typeCode === "民初" ||
    x.typeCode === "刑初" ||
    x.typeCode === "行初" ||
    x.typeCode === "执" ||
    x.typeCode === "执恢"
    ? `${x.typeCode}|${proc}`
    : x.typeCode;
}

/**
 * The deadline `computeTimeLimit` gives the case with these true events (as if never closed);
 * null: no statutory limit. Event-free deadlines are memoised per type, procedure and filing day.
 */
export function deadline(ctx: DemoContext, x: Draft, events: TrueEvent[]): DayNumber | null {
  let memoKey: string | undefined;
  if (events.length === 0) {
    memoKey = `${x.typeCode}|${x.procedure}|${x.filed}`;
    const hit = ctx.deadlineMemo.get(memoKey);
    if (hit !== undefined || ctx.deadlineMemo.has(memoKey)) return hit ?? null;
  }
  const tlEvents: TimeLimitEvent[] = events.map((e): TimeLimitEvent => {
    switch (e.kind) {
      case "extension":
        return { kind: "extension", from: iso(e.from), length: period(e.length), approvedBy: e.approvedBy };
      case "exclusion":
        return {
          kind: "exclusion",
          reason: e.reason,
          from: iso(e.from),
          to: e.to === null ? null : iso(e.to),
        };
      case "suspension":
        return { kind: "suspension", from: iso(e.from), to: e.to === null ? null : iso(e.to) };
      default:
        return { kind: "procedureChange", from: iso(e.from), newProcedure: e.newProcedure };
    }
  });
  const r = computeTimeLimit(
    {
      caseNumber: x.caseNumber,
      procedure: x.procedure,
      filedOn: iso(x.filed),
      closedOn: null,
      events: tlEvents,
    },
    FAR,
    undefined,
    x.identity,
  );
  const d = r.deadline === null ? null : (tryParseIsoDate(r.deadline) as number);
  if (memoKey !== undefined) {
    if (ctx.deadlineMemo.size > 100_000) ctx.deadlineMemo.clear();
    ctx.deadlineMemo.set(memoKey, d);
  }
  return d;
}
