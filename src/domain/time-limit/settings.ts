/**
 * Conventions the law leaves open, each a named setting with its default. docs/time-limits.md
 * lists them with their legal basis; the settings version is stored with every derived fact.
 */

import type { LegalCalendar } from "../calendar/legal-calendar.js";
import type { MonthRule, PeriodLength } from "../calendar/period.js";

export interface TimeLimitSettings {
  /**
   * How the days of an excluded interval [from, to] are counted: `inclusive` (to − from + 1,
   * default) or `exclusive` (to − from, "停表"). reference/deadlines.md §2.5 — unconfirmed.
   */
  exclusionDayCount: "inclusive" | "exclusive";
  /** Roll a last day that is not a working day to the next working day (CPL art. 85 ¶3). */
  rollToWorkingDay: boolean;
  /** Month arithmetic for criminal limits: 刑诉法解释 art. 202 (default) or 民法典 art. 202. */
  criminalMonthRule: MonthRule;
  /** A defendant in custody: the period ends on its actual last day, no roll (CrPL art. 105 ¶4). */
  custodyNoRoll: boolean;
  /**
   * 民初/刑初/行初 without a recorded procedure: assume 普通程序 (`ordinary`, default: the longest
   * ordinary limit, so no false overdue warning) or treat as having no determinable limit (`none`).
   */
  ambiguousProcedure: "ordinary" | "none";
  /**
   * 小额诉讼 converted to 简易/普通: the clock keeps running from the original filing
   * (`from-filing`, default, by analogy with 民诉法解释 art. 258) or restarts at the conversion.
   * reference/deadlines.md §3.4 — unconfirmed.
   */
  smallClaimsConversion: "from-filing" | "from-conversion";
  /**
   * A deadline whose roll needs a day the holiday data does not cover (the State Council has not
   * yet published that year): `provisional` (default) rolls over weekends only and marks the result
   * provisional; `error` raises CalendarRangeError.
   */
  beyondCalendar: "provisional" | "error";
  /** Court-specific limits by rule key (e.g. `administrative.non-litigation-review`); null = no limit. */
  limitOverrides: Record<string, PeriodLength | null>;
  /** The legal calendar (defaults to the shipped State Council data). */
  calendar?: LegalCalendar;
}

export const DEFAULT_TIME_LIMIT_SETTINGS: TimeLimitSettings = {
  exclusionDayCount: "inclusive",
  rollToWorkingDay: true,
  criminalMonthRule: "criminal-interpretation",
  custodyNoRoll: true,
  ambiguousProcedure: "ordinary",
  smallClaimsConversion: "from-filing",
  beyondCalendar: "provisional",
  limitOverrides: {},
};

/** Version of the rules and default settings; bump when a rule or default changes. */
export const TIME_LIMIT_RULES_VERSION = "2024.1";

export function resolveSettings(partial?: Partial<TimeLimitSettings>): TimeLimitSettings {
  return partial ? { ...DEFAULT_TIME_LIMIT_SETTINGS, ...partial } : DEFAULT_TIME_LIMIT_SETTINGS;
}
