/**
 * Patterns — planted data-quality problems (docs/demo-data.md §8): rows the importer accepts but
 * a data-quality detector should flag. Each is labelled:
 * DQ1 案号 year ≠ filing year (and its legitimate look-alike, early January); DQ2 another court's
 * code; DQ3 a closure mode impossible for the type; DQ4 an appeal outcome without an appeal; DQ5 an
 * open exclusion on a closed case; DQ6 民初 recorded as 第二审程序; DQ7 民初 without 审理程序.
 * DQ1, DQ2, DQ6 and DQ7 are drawn at filing, DQ3–DQ5 at the as-of cut (they need a closed case).
 */
import type { DayNumber, IsoDate } from "../domain/calendar/civil-date.js";
import { DATA_QUALITY } from "./catalog.js";
import type { DemoContext } from "./context.js";
import type { DemoCourt } from "./court.js";
import { iso, nextWorking, prevWorking } from "./dates.js";
import type { Draft } from "./draft.js";
import type { Rng } from "./rng.js";
import type { DemoLabel } from "./types.js";

/**
 * The year of the 案号 of a case filed on year-month-day: the filing year, or the year before —
 * legitimately on 1–7 January (收案 in December: `early-january-number`) or, DQ1, later in the year.
 * Never before the first filing year.
 */
export function caseNumberYear(
  rng: Rng,
  fromYear: number,
  year: number,
  month: number,
  day: number,
  labels: DemoLabel[],
): number {
  if (year - 1 >= fromYear) {
    if (month === 1 && day <= 7) {
      if (rng.chance(DATA_QUALITY.earlyJanuaryPreviousYear)) {
        labels.push("early-january-number");
        return year - 1;
      }
    } else if ((month > 1 || day >= 15) && rng.chance(DATA_QUALITY.caseNumberYear)) {
      labels.push("dq:case-number-year");
      return year - 1;
    }
  }
  return year;
}

/** The court code of the 案号: the court's own or, DQ2, a neighbouring court's. */
export function caseNumberCourt(rng: Rng, court: DemoCourt, labels: DemoLabel[]): string {
  if (court.neighbours.length > 0 && rng.chance(DATA_QUALITY.foreignCourtCode)) {
    const code = rng.pick(court.neighbours);
    labels.push("dq:foreign-court-code");
    return code;
  }
  return court.code;
}

/** What the 审理程序 column of a 民初 says: its procedure, or none (DQ7), or 第二审程序 (DQ6). */
export function recordCivilProcedure(rng: Rng, x: Draft): void {
  x.recordedProcedure = x.procedure;
  if (rng.chance(DATA_QUALITY.missingProcedure)) {
    x.recordedProcedure = null;
    x.labels.push("dq:missing-procedure");
  } else if (rng.chance(DATA_QUALITY.secondInstanceProcedure)) {
    x.recordedProcedure = "第二审程序";
    x.labels.push("dq:procedure-type-mismatch");
  }
}

/**
 * DQ3 on a closed case: a closure mode impossible for its type — 维持 for a 民初, 调解 for a 执/执恢;
 * null: the true mode stands.
 */
export function impossibleClosureMode(rng: Rng, x: Draft): string | null {
  if (x.typeCode === "民初" && rng.chance(DATA_QUALITY.upheldFirstInstance)) {
    x.labels.push("dq:impossible-closure");
    return "维持";
  }
  if ((x.typeCode === "执" || x.typeCode === "执恢") && rng.chance(DATA_QUALITY.mediatedEnforcement)) {
    x.labels.push("dq:impossible-closure");
    return "调解";
  }
  return null;
}

/** DQ5 on a closed 民初: an extra 扣除审限 (鉴定 or 公告) left without an end; null: none. */
export function openExclusionOnClosed(
  ctx: DemoContext,
  x: Draft,
): { from: DayNumber; reason: "鉴定" | "公告"; note: string } | null {
  const rng = ctx.rng;
  if (x.typeCode !== "民初" || !rng.chance(DATA_QUALITY.openExclusionOnClosed)) return null;
  const span = (x.closing as number) - x.filed;
  const from = prevWorking(ctx.cal, x.filed + rng.between(1, Math.max(1, Math.floor(span / 2))), x.filed);
  if (from > (x.closing as number)) return null;
  const reason = rng.chance(0.5) ? "鉴定" : "公告";
  x.labels.push("dq:open-exclusion-on-closed");
  return { from, reason, note: reason === "鉴定" ? "委托司法鉴定" : "公告送达" };
}

/**
 * DQ4 on a closed first-instance judgment not appealed: a 二审结果 and 二审结案日期 all the same,
 * with 上诉 否 or empty; null: none (or its 二审 would close after as-of).
 */
export function appealOutcomeWithoutAppeal(
  ctx: DemoContext,
  x: Draft,
): { appealed: string | null; outcome: string; closedOn: IsoDate } | null {
  const rng = ctx.rng;
  if (x.mode !== "判决" || !rng.chance(DATA_QUALITY.appealOutcomeWithoutAppeal)) return null;
  const closedOn = nextWorking(ctx.cal, (x.closing as number) + rng.between(60, 120));
  if (closedOn > ctx.asOf) return null;
  const appealed = rng.chance(0.5) ? "否" : null;
  const outcome = rng.weighted(ctx.tables.appeal);
  x.labels.push("dq:appeal-outcome-without-appeal");
  return { appealed, outcome, closedOn: iso(closedOn) };
}
