/**
 * Backlog — the 旧存 cases: filed one to three years before the window and still pending at its
 * start (民初, 执, 行初, 刑初), yielded before the window's filings. Their days, types and 案号
 * sequences come from their own random stream; their cases draw from the common one, and every
 * one gets a long interval and no closing in sight.
 */
import { civilFromDays, daysFromCivil } from "../domain/calendar/civil-date.js";
import { amountOf } from "./amounts.js";
import { CIVIL_ROUTING } from "./catalog.js";
import { planLife } from "./closing.js";
import type { DemoContext } from "./context.js";
import { nextWorking } from "./dates.js";
import type { Draft } from "./draft.js";
import { completeCivil } from "./filing-civil.js";
import { fileOther } from "./filing-other.js";
import { newDraft } from "./new-draft.js";
import { defendantsOf, judgeOf, party } from "./parties.js";
import { render } from "./render.js";
import { createRng } from "./rng.js";
import type { DemoCase, DemoPlan } from "./types.js";

export function* backlogCases(ctx: DemoContext, plan: DemoPlan): Generator<DemoCase, void, undefined> {
  const n = plan.backlog;
  if (n === 0) return;
  const rng = createRng(plan.seed, 0x6f6c64); // "old"
  const lo = Math.max(ctx.windowStart - 3 * 365, daysFromCivil(ctx.cal.firstYear, 1, 1));
  const hi = ctx.windowStart - 400;
  const picks: { day: number; type: string }[] = [];
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    const type = u < 0.55 ? "民初" : u < 0.9 ? "执" : u < 0.95 ? "行初" : "刑初";
    picks.push({ day: nextWorking(ctx.cal, rng.between(lo, hi)), type });
  }
  picks.sort((a, b) => a.day - b.day);
  const used = new Set<string>();
  const maxSeq: Record<string, number> = { 民初: 9000, 执: 6500, 行初: 220, 刑初: 1600 };
  for (const { day, type } of picks) {
    let seq = 0;
    const year = civilFromDays(day).year;
    do seq = rng.between(1, maxSeq[type] as number);
    while (used.has(`${type}|${year}|${seq}`));
    used.add(`${type}|${year}|${seq}`);
    let x: Draft;
    if (type === "民初") {
      const cause = ctx.rng.weighted(ctx.tables.cause);
      x = newDraft(ctx, "民初", day, ["backlog"], seq);
      x.cause = cause.name;
      x.plaintiffs = [party(ctx, cause.plaintiff)];
      x.defendants = defendantsOf(ctx, cause.defendants);
      x.amountFen = amountOf(ctx.rng, cause);
      x.procedure = "普通程序";
      x.division = ctx.court.division[CIVIL_ROUTING[cause.group][0]![0]];
      x.judge = judgeOf(ctx.rng, x.division);
      completeCivil(ctx, x, cause);
    } else x = fileOther(ctx, type, day, seq);
    planLife(ctx, x, undefined, true);
    yield render(ctx, x);
  }
}
