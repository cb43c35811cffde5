/**
 * Filing days: spreads the window's cases over its working days in proportion to a
 * seasonal weight (month, weekday, the Spring Festival, the turn of the year, a little noise
 * from its own random stream), with largest-remainder rounding so the total is exact.
 */
import { civilFromDays, daysFromCivil, isoWeekday, tryParseIsoDate } from "../domain/calendar/civil-date.js";
import type { LegalCalendar } from "../domain/calendar/legal-calendar.js";
import { createRng } from "./rng.js";
import type { DemoPlan } from "./types.js";

const MONTH_FACTOR = [1.12, 0.95, 1.08, 1.0, 0.97, 1.04, 1.0, 0.95, 1.0, 0.96, 1.03, 0.98];
const WEEKDAY_FACTOR = [0, 1.12, 1.05, 1.0, 1.0, 0.88, 0.6, 0.6];

/** Working days of the window and how many cases are filed on each (seasonal, deterministic). */
export function allocateFilingDays(
  plan: DemoPlan,
  cal: LegalCalendar,
): { days: number[]; counts: Int32Array } {
  const windowStart = tryParseIsoDate(plan.firstFilingDay)!;
  const windowEnd = tryParseIsoDate(plan.lastFilingDay)!;
  const rng = createRng(plan.seed, 0x64617973); // "days"
  const days: number[] = [];
  const weights: number[] = [];
  const festivals = new Map<number, [number, number] | null>();
  for (let d = windowStart; d <= windowEnd; d++) {
    if (!cal.isWorkingDay(d)) continue;
    const { year, month, day } = civilFromDays(d);
    if (!festivals.has(year)) festivals.set(year, springFestival(cal, year));
    let w = (MONTH_FACTOR[month - 1] as number) * (WEEKDAY_FACTOR[isoWeekday(d)] as number);
    const sf = festivals.get(year);
    if (sf) {
      if (d >= sf[0] - 10 && d < sf[0]) w *= 0.55;
      else if (d > sf[1] && d <= sf[1] + 7) w *= 0.7;
    }
    if (month === 12 && day >= 24) w *= 0.8;
    if (month === 1 && day <= 10) w *= 1.15;
    w *= rng.lognormal(1, 0.12);
    days.push(d);
    weights.push(w);
  }
  const n = plan.cases - plan.backlog;
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = new Int32Array(days.length);
  let acc = 0;
  let prev = 0;
  for (let i = 0; i < days.length; i++) {
    acc += weights[i] as number;
    const upto = i === days.length - 1 ? n : Math.round((n * acc) / total);
    counts[i] = upto - prev;
    prev = upto;
  }
  return { days, counts };
}

/** The Spring Festival break: the longest run of days off between January 15 and February 28. */
function springFestival(cal: LegalCalendar, year: number): [number, number] | null {
  const a = daysFromCivil(year, 1, 15);
  const b = daysFromCivil(year, 2, 28);
  if (!cal.covers(a) || !cal.covers(b)) return null;
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let d = a; d <= b + 1; d++) {
    const off = d <= b && !cal.isWorkingDay(d);
    if (off && runStart < 0) runStart = d;
    if (!off && runStart >= 0) {
      if (!best || d - runStart > best[1] - best[0] + 1) best = [runStart, d - 1];
      runStart = -1;
    }
  }
  return best && best[1] - best[0] >= 4 ? best : null;
}
