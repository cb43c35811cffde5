/**
 * How serious a finding is within its level: the days that measure it, larger = more serious —
 * days overdue (or, before the deadline, the fewer days left the more serious), days past the
 * base statutory period, days excluded, days pending. Lists rank by level, then by this.
 */
import type { AlertFactValue } from "./types.js";

const num = (v: AlertFactValue | undefined): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

type Measure = (f: Record<string, AlertFactValue>) => number;

/** Rule id prefixes and their measures, the most specific first. */
const MEASURES: [string, Measure][] = [
  ["time-limit.", (f) => -num(f.daysLeft)],
  ["long-pending.approaching", (f) => -num(f.daysUntil)],
  ["long-pending.", (f) => num(f.naturalDays)],
  ["concealed-overrun.natural-over-limit", (f) => num(f.overDays)],
  ["concealed-overrun.excluded-share", (f) => num(f.excludedDays)],
  ["concealed-overrun.withdraw-refile", (f) => -num(f.gapDays)],
  ["concealed-overrun.late-conversion", (f) => -num(f.daysBeforeDeadline)],
  ["concealed-overrun.", (f) => num(f.days ?? f.extensionCount ?? f.naturalDays)],
];

export function seriousness(a: { ruleId: string; facts: Record<string, AlertFactValue> }): number {
  for (const [prefix, measure] of MEASURES)
    if (a.ruleId.startsWith(prefix)) return Math.round(measure(a.facts));
  return 0;
}
