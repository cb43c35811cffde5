/** Checks of an indicator question: the period and the indicators asked for. */
import { tryParseIsoDate } from "../../domain/calendar/civil-date.js";
import { CORE_INDICATOR_IDS, type IndicatorDef, indicatorById } from "../../domain/indicators/index.js";
import { InvalidInputError } from "../shared/errors.js";

export function validatePeriod(from: string, to: string): void {
  if (tryParseIsoDate(from) === undefined)
    throw InvalidInputError.of("from", from, "不是有效日期 (应为 YYYY-MM-DD)");
  if (tryParseIsoDate(to) === undefined)
    throw InvalidInputError.of("to", to, "不是有效日期 (应为 YYYY-MM-DD)");
  if (to < from) throw InvalidInputError.of("to", to, `统计期间末日早于首日 ${from}`);
}

export function resolveIndicators(ids: string[] | undefined): IndicatorDef[] {
  const list = ids && ids.length > 0 ? ids : CORE_INDICATOR_IDS;
  return list.map((id) => {
    const def = indicatorById(id);
    if (!def) throw InvalidInputError.of("ids", id, "未知的指标");
    return def;
  });
}
