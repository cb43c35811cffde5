/**
 * Planted data-quality problems (docs/demo-data.md §8) — rows the importer accepts but a
 * data-quality detector should flag — each with its label:
 * DQ1 案号 year ≠ filing year (and its legitimate look-alike, early January); DQ2 another court's
 * code; DQ6 民初 recorded as 第二审程序; DQ7 民初 without 审理程序.
 */

import { DATA_QUALITY } from "./catalog.js";
import type { DemoCourt } from "./court.js";
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
