/** Checks of an indicator question: the period, its months, and the indicators asked for. */
import type { Actor } from "../../domain/auth/index.js";
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { isCourtCodeShape } from "../../domain/case-number/index.js";
import {
  CORE_INDICATOR_IDS,
  coreIndicatorIds,
  type IndicatorDef,
  indicatorById,
  monthsOf,
  type QueryLimits,
} from "../../domain/indicators/index.js";
import { ForbiddenError, InvalidInputError } from "../shared/errors.js";
import type { Filter } from "../shared/scope.js";
import { queryLimits } from "./query-limits.js";

/** "约十年" for a limit of 3,653 days; nothing under a year. */
function aboutYears(days: number): string {
  const years = Math.round(days / 365.25);
  const names = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
  if (years < 1) return "";
  return `（约${names[years] ?? String(years)}年）`;
}

export function validatePeriod(
  from: string,
  to: string,
  options: { byMonth?: boolean; limits?: QueryLimits } = {},
): void {
  const limits = options.limits ?? queryLimits();
  const f = tryParseIsoDate(from);
  const t = tryParseIsoDate(to);
  if (f === undefined)
    throw InvalidInputError.of("from", from, "不是有效日期 （应为形如 2024-06-30 的日期）");
  if (t === undefined) throw InvalidInputError.of("to", to, "不是有效日期 （应为形如 2024-06-30 的日期）");
  if (to < from) throw InvalidInputError.of("to", to, `统计期间末日早于首日 ${from}`);
  const days = t - f + 1;
  if (days > limits.maxPeriodDays)
    throw InvalidInputError.of(
      "to",
      to,
      `统计期间过长：${from} 至 ${to} 共 ${days} 天，最长 ${limits.maxPeriodDays} 天${aboutYears(limits.maxPeriodDays)}，请缩短期间`,
    );
  if (options.byMonth) {
    const months = monthsOf({ from, to }).length;
    if (months > limits.maxMonths)
      throw InvalidInputError.of(
        "to",
        to,
        `按月统计的月份过多：共 ${months} 个月，最多 ${limits.maxMonths} 个月，请缩短期间`,
      );
  }
}

export function resolveIndicators(
  ids: string[] | undefined,
  limits: QueryLimits = queryLimits(),
  /** The period's end: without ids, the default panel of the catalogue version then in force. */
  date?: string,
): IndicatorDef[] {
  const list = ids && ids.length > 0 ? ids : date ? coreIndicatorIds(date) : CORE_INDICATOR_IDS;
  if (list.length > limits.maxIndicators)
    throw InvalidInputError.of("ids", `${list.length} 个`, `一次最多 ${limits.maxIndicators} 个指标`);
  return list.map((id) => {
    const def = indicatorById(id);
    if (!def) throw InvalidInputError.of("ids", id, "未知的指标");
    return def;
  });
}

/**
 * A court chosen as a filter (法院代字) must be a court code, and one the account sees: a basic
 * court's account its own court, an intermediate court's its own and its basic courts. (The scope
 * filter would give nothing outside them anyway; this says why.)
 */
export function checkCourtFilter(actor: Actor, filters: readonly Filter[] | undefined): void {
  for (const f of filters ?? []) {
    if (f.field !== "court_code") continue;
    for (const code of f.values) {
      const text = String(code);
      if (!isCourtCodeShape(text)) throw InvalidInputError.of("court", text, "不是法院代字（如 内0602）");
      if (actor.courts && !actor.courts.includes(text))
        throw new ForbiddenError(actor, "scope", `法院 ${text} 不在本账号可见的法院范围内`);
    }
  }
}
