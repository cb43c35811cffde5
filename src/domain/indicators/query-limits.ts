/**
 * How large a question about the figures may be: the period, the months of a monthly trend, the
 * indicators of one panel. Every panel scans the facts of its period, so an unbounded question
 * (1800 to 2099 by month) would hold the server for tens of seconds; a court's analyses span years,
 * not centuries. The defaults; the settings that override them are read in the application layer.
 */
export interface QueryLimits {
  /** Longest period, in days (default: ten years and two leap days). */
  maxPeriodDays: number;
  /** Most months of a monthly grouping (default: ten years). */
  maxMonths: number;
  /** Most indicators in one panel. */
  maxIndicators: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxPeriodDays: 3_653,
  maxMonths: 120,
  maxIndicators: 100,
};
