/**
 * The limits of an indicator question as settings: each an environment variable read when a
 * question is checked, with the default of the domain (docs/indicators.md, "查询上限").
 */
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../../domain/indicators/index.js";
import { type NumericSetting, positiveIntegerSettings } from "../shared/settings.js";

export const QUERY_LIMIT_SETTINGS: Readonly<Record<keyof QueryLimits, NumericSetting>> = {
  maxPeriodDays: { env: "SHENGUAN_QUERY_MAX_PERIOD_DAYS", default: DEFAULT_QUERY_LIMITS.maxPeriodDays },
  maxMonths: { env: "SHENGUAN_QUERY_MAX_MONTHS", default: DEFAULT_QUERY_LIMITS.maxMonths },
  maxIndicators: { env: "SHENGUAN_QUERY_MAX_INDICATORS", default: DEFAULT_QUERY_LIMITS.maxIndicators },
};

export function queryLimits(env: Record<string, string | undefined> = process.env): QueryLimits {
  return positiveIntegerSettings(QUERY_LIMIT_SETTINGS, env);
}
