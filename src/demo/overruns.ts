/**
 * Patterns — planted concealed overruns (隐形超审限, docs/demo-data.md §7): cases formally within
 * their time limit whose events hide a delay. Each is labelled:
 * P3 公告 longer than the notice period allows (`co:long-notice`); P4 extension approved late
 * (`co:late-extension`); P6 简易→普通 near or after the summary deadline (`co:late-conversion`);
 * P7 withdraw and refile (`co:refile`). P5, a second extension (`co:repeat-extension`), is drawn
 * with the extensions in events.ts; P1, P2 and P8 are not planted: they follow from the events.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import {
  CIVIL_CAUSES,
  LATE_CONVERSION_SHARE,
  LATE_EXTENSION_SHARE,
  LONG_NOTICE_SHARE,
  REFILE_RATE,
} from "./catalog.js";
import type { DemoContext, RefileEntry } from "./context.js";
import { nextWorking } from "./dates.js";
import type { Draft } from "./draft.js";
import { fileCivil } from "./filing-civil.js";
import type { Rng } from "./rng.js";

/** P3: now and then, a 公告 of 60–90 days where the notice period is 30; null otherwise. */
export function longNoticeLength(rng: Rng, x: Draft): number | null {
  if (!rng.chance(LONG_NOTICE_SHARE)) return null;
  x.labels.push("co:long-notice");
  return rng.between(60, 90);
}

/** P4: now and then, an extension approved 0–14 days before or 1–20 days after the deadline; else null. */
export function lateExtensionDay(ctx: DemoContext, x: Draft, deadline: DayNumber): DayNumber | null {
  const rng = ctx.rng;
  if (!rng.chance(LATE_EXTENSION_SHARE)) return null;
  const a = nextWorking(
    ctx.cal,
    rng.chance(0.6) ? deadline - rng.between(0, 14) : deadline + rng.between(1, 20),
  );
  if (!x.labels.includes("co:late-extension")) x.labels.push("co:late-extension");
  return a;
}

/**
 * P6: now and then, a civil 简易→普通 conversion from 14 days before to 12 days after the summary
 * deadline; else null.
 */
export function lateConversionDay(ctx: DemoContext, x: Draft, base: DayNumber): DayNumber | null {
  const rng = ctx.rng;
  if (!rng.chance(LATE_CONVERSION_SHARE)) return null;
  const c = nextWorking(ctx.cal, base + rng.between(-14, 12));
  x.labels.push("co:late-conversion");
  return c;
}

/** P7, first half: now and then, a 民初 withdrawn by as-of is queued to be filed again 3–80 days later. */
export function scheduleRefile(ctx: DemoContext, x: Draft, closing: DayNumber): void {
  const rng = ctx.rng;
  if (
    x.typeCode === "民初" &&
    (x.mode === "撤诉" || x.mode === "按撤诉处理") &&
    closing <= ctx.asOf &&
    rng.chance(REFILE_RATE)
  ) {
    const date = nextWorking(ctx.cal, closing + rng.between(3, 80));
    const cause = CIVIL_CAUSES.find((k) => k.name === x.cause);
    if (cause && date <= ctx.windowEnd) {
      ctx.refiles.push({
        date,
        cause,
        plaintiffs: x.plaintiffs,
        defendants: x.defendants,
        amountFen: x.amountFen,
        division: x.division,
      });
    }
  }
}

/** P7, second half: the refiled 民初 — same parties, cause, amount and division. */
export function refiledCase(ctx: DemoContext, d: DayNumber, r: RefileEntry): Draft {
  return fileCivil(ctx, d, r.cause, ["co:refile"], {
    plaintiffs: r.plaintiffs,
    defendants: r.defendants,
    amountFen: r.amountFen,
    division: r.division,
  });
}
