/**
 * Life — the whole life of a case, planned in full before the as-of cut: the closure mode, the
 * events (events.ts) against the statutory deadline (deadline.ts), the true closing day — natural
 * duration by type, procedure and mode; late or stuck now and then; within an extension when
 * extended; with its leader for a batch member — and what follows it (after-closing.ts).
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import { afterClosing } from "./after-closing.js";
import { DURATION, LATE_RATE, MODE_DURATION, STUCK_OVERRUN, STUCK_RATE } from "./catalog.js";
import type { DemoContext } from "./context.js";
import { nextWorking, prevWorking } from "./dates.js";
import { deadline, ruleKey } from "./deadline.js";
import type { Draft } from "./draft.js";
import { type EventPlan, planEvents } from "./events.js";
import { clamp } from "./math.js";

/** A batch member tried together with its leader: the leader's closing day and mode. */
export interface SharedOutcome {
  closing: DayNumber;
  mode: string;
}

/**
 * Plans the whole life of the case: mode, events, closing (true dates, before the asOf cut),
 * appeal, enforcement, archiving. `shared`: a batch member tried together with its leader.
 * `backlog`: never closes in sight.
 */
export function planLife(ctx: DemoContext, x: Draft, shared?: SharedOutcome, backlog = false): void {
  const rng = ctx.rng;
  const F = x.filed;
  x.mode = shared?.mode ?? drawMode(ctx, x);
  const base = deadline(ctx, x, []);

  if (base === null) {
    // No statutory limit (执保): quick, now and then slow.
    const [m, s] = DURATION[x.typeCode] ?? [5, 0.8];
    x.closing = backlog ? null : prevWorking(ctx.cal, F + Math.round(clamp(rng.lognormal(m, s), 0, 400)), F);
    x.finalProcedure = x.procedure;
    afterClosing(ctx, x);
    return;
  }
  const events = planEvents(ctx, x, base, backlog);
  x.closing = closingDay(ctx, x, events, shared, backlog);
  afterClosing(ctx, x);
}

function drawMode(ctx: DemoContext, x: Draft): string {
  if (x.typeCode === "民特") {
    const confirm = x.cause === "申请司法确认调解协议" || x.cause === "申请实现担保物权";
    return ctx.rng.weighted(confirm ? ctx.tables.specialConfirm : ctx.tables.specialDeclare);
  }
  const t = ctx.tables.modes.get(x.typeCode);
  return t ? ctx.rng.weighted(t) : "其他";
}

/** The true closing day (null: a backlog case, not closing in sight), after the last event. */
function closingDay(
  ctx: DemoContext,
  x: Draft,
  p: EventPlan,
  shared: SharedOutcome | undefined,
  backlog: boolean,
): DayNumber | null {
  const rng = ctx.rng;
  const F = x.filed;
  const { finalDeadline, prevDeadline } = p;
  const late = rng.chance(LATE_RATE[x.typeCode] ?? 0);
  const stuck = !late && rng.chance(STUCK_RATE[x.typeCode] ?? 0);
  const lower = p.cursor > F ? p.cursor + 1 : F;
  let closing: DayNumber | null;
  if (backlog) closing = null;
  else if (stuck) {
    const [m, s, lo, hi] = STUCK_OVERRUN;
    closing = nextWorking(
      ctx.cal,
      Math.max(finalDeadline, lower) + Math.round(clamp(rng.lognormal(m, s), lo, hi)),
    );
    x.labels.push("stuck");
  } else if (late) {
    closing = nextWorking(ctx.cal, Math.max(finalDeadline, lower) + 1 + Math.min(rng.geometric(8), 120));
    x.labels.push("late");
  } else if (shared && x.events.length === 0 && shared.closing <= finalDeadline && shared.closing >= F) {
    closing = shared.closing;
  } else if (p.extended) {
    const c = prevDeadline + 1 + Math.floor(rng.next() * Math.max(1, finalDeadline - prevDeadline));
    closing = prevWorking(ctx.cal, Math.max(c, lower), Math.max(lower, prevDeadline + 1));
  } else {
    const [m, s] = DURATION[ruleKey(x, p.procedure)] ?? DURATION[x.typeCode] ?? [30, 0.6];
    const mult = MODE_DURATION[x.mode] ?? 1;
    let c = F + Math.round(rng.lognormal(m * mult, s)) + p.excluded;
    if (c < lower) c = lower + rng.between(0, 10);
    if (c > finalDeadline)
      c = finalDeadline - Math.floor(rng.next() ** 2 * 0.25 * Math.max(0, finalDeadline - lower));
    closing = prevWorking(ctx.cal, Math.max(c, lower), lower);
  }
  return closing;
}
