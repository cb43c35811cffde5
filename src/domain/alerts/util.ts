/** Small helpers shared by the detectors; the hot path avoids regexes and allocations. */
import { type DayNumber, formatIsoDate, parseIsoDate, tryParseIsoDate } from "../calendar/civil-date.js";
import { alertRule } from "./rules.js";
import type { CompiledAlertSettings } from "./settings.js";
import type { Alert, AlertFactValue, AlertSeverity } from "./types.js";

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `YYYY-MM-DD` → day number; parseIsoDate's clear error on anything else. */
export function isoDay(s: string): DayNumber {
  return tryParseIsoDate(s) ?? parseIsoDate(s);
}

/** The year of a `YYYY-MM-DD` text, read from its digits. */
export function isoYear(s: string): number {
  return digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
}

let lastAsOf = "";
let lastAsOfDay = 0;

/** isoDay with a one-entry cache: a run over many cases uses one as-of date. */
export function asOfDayOf(asOf: string): DayNumber {
  if (asOf !== lastAsOf) {
    lastAsOfDay = isoDay(asOf);
    lastAsOf = asOf;
  }
  return lastAsOfDay;
}

export const fmtDate = formatIsoDate;

/** `6 个月`, `30 天`, `1 个月 15 天`, `0 天` — numbers set off by spaces as in the reasons. */
export function fmtPeriod(months: number, days: number): string {
  if (months === 0 && days === 0) return "0 天";
  if (months === 0) return `${days} 天`;
  if (days === 0) return `${months} 个月`;
  return `${months} 个月 ${days} 天`;
}

/** Shared empty result: detectors return it when nothing fires (do not mutate). */
export const NO_ALERTS: Alert[] = Object.freeze([] as Alert[]) as Alert[];

export function isDisabled(cs: CompiledAlertSettings, ruleId: string): boolean {
  return cs.anyDisabled && cs.disabled.has(ruleId);
}

/** Builds an alert of a catalogued rule; `detail` completes the stable key. */
export function makeAlert(
  ruleId: string,
  caseNumber: string,
  asOf: string,
  reason: string,
  facts: Record<string, AlertFactValue>,
  detail: string,
  severity?: AlertSeverity,
): Alert {
  const r = alertRule(ruleId);
  return {
    ruleId,
    family: r.family,
    severity: severity ?? r.defaultSeverity,
    caseNumber,
    asOf,
    reason,
    facts,
    key: `${ruleId}|${caseNumber}|${detail}`,
  };
}
