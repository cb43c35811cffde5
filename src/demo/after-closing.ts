/**
 * Life — after the true closing: the appeal of a first-instance judgment, the winning party's
 * enforcement application (queued for a later 执 case), the refiling of a withdrawn 民初
 * (overruns.ts), the amount recovered by an enforcement case, and the archiving day.
 */
import { APPEAL_RATE, ARCHIVE_DELAY, ARCHIVE_MISSING, ENFORCEMENT_APPLIED } from "./catalog.js";
import type { DemoContext } from "./context.js";
import { nextWorking } from "./dates.js";
import { type Draft, FIRST_INSTANCE } from "./draft.js";
import { clamp } from "./math.js";
import { scheduleRefile } from "./overruns.js";

/** Appeal, enforcement application, recovery and archiving — planned from the true closing. */
export function afterClosing(ctx: DemoContext, x: Draft): void {
  const rng = ctx.rng;
  const c = x.closing;
  if (c === null) {
    if (x.typeCode === "执" || x.typeCode === "执恢") recovery(ctx, x);
    return;
  }
  if (FIRST_INSTANCE.has(x.typeCode) && x.mode === "判决" && x.finalProcedure !== "小额诉讼程序") {
    if (rng.chance(APPEAL_RATE[x.typeCode] ?? 0)) {
      const table = x.identity.category === "criminal" ? ctx.tables.criminalAppeal : ctx.tables.appeal;
      x.appeal = {
        filed: c + rng.between(5, 15),
        closed: nextWorking(ctx.cal, c + rng.between(60, 120)),
        outcome: rng.weighted(table),
      };
    }
  }
  if (x.typeCode === "民初" && x.amountFen !== null) {
    const p = ENFORCEMENT_APPLIED[x.mode];
    if (p && rng.chance(p)) {
      x.enforcementOn = nextWorking(ctx.cal, c + rng.between(30, 150));
      if (x.enforcementOn <= ctx.windowEnd && ctx.applications.size < 5000) {
        ctx.applications.push({
          date: x.enforcementOn,
          cause: x.cause as string,
          plaintiffs: x.plaintiffs,
          defendants: x.defendants,
          amountFen: x.amountFen,
          origin: x.caseNumber,
        });
      }
    }
  }
  scheduleRefile(ctx, x, c);
  if (x.typeCode === "执" || x.typeCode === "执恢") recovery(ctx, x);
  const [m, s, lo, hi] = ARCHIVE_DELAY;
  const archived = nextWorking(ctx.cal, c + Math.round(clamp(rng.lognormal(m, s), lo, hi)));
  x.archived = rng.chance(ARCHIVE_MISSING) ? null : archived;
}

/** What an enforcement case has recovered: by closure mode when closed by as-of, else a little or none. */
function recovery(ctx: DemoContext, x: Draft): void {
  const rng = ctx.rng;
  const amount = x.amountFen ?? 0;
  const closed = x.closing !== null && x.closing <= ctx.asOf;
  let share: number;
  if (!closed) share = rng.chance(0.5) ? 0 : rng.uniform(0, 0.4);
  else {
    switch (x.mode) {
      case "执行完毕":
        share = 1;
        break;
      case "和解":
        share = rng.uniform(0.4, 1);
        break;
      case "终结本次执行程序":
        share = rng.chance(0.6) ? 0 : rng.uniform(0.01, 0.3);
        break;
      case "终结执行":
        share = rng.chance(0.5) ? 0 : rng.uniform(0, 0.5);
        break;
      default:
        share = 0;
    }
  }
  x.recoveredFen = Math.round(amount * share);
}
