/**
 * Planning: resolves the options (defaults, the filing window the holiday data covers,
 * the total and the 旧存 backlog, the court) without drawing a single case.
 */
import {
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  tryParseIsoDate,
} from "../domain/calendar/civil-date.js";
import { legalCalendar } from "../domain/calendar/legal-calendar.js";
import { BACKLOG_SHARE, CASES_PER_YEAR } from "./catalog.js";
import { buildDemoCourt, DEFAULT_COURT_CODE } from "./court.js";
import type { DemoOptions, DemoPlan } from "./types.js";

/** Resolves the options (defaults, the filing window) without generating anything. */
export function planDemoCourt(options: DemoOptions): DemoPlan {
  const asOfDay = tryParseIsoDate(options.asOf);
  if (asOfDay === undefined)
    throw new RangeError(`asOf: ${JSON.stringify(options.asOf)} 不是有效日期 (YYYY-MM-DD)`);
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed: ${options.seed} 应为整数`);
  const asOfYear = civilFromDays(asOfDay).year;
  const toYear = options.toYear ?? asOfYear;
  const { fromYear } = options;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear))
    throw new RangeError("fromYear/toYear 应为整数年份");
  if (fromYear > toYear) throw new RangeError(`起始年份 ${fromYear} 晚于结束年份 ${toYear}`);
  if (fromYear > asOfYear) throw new RangeError(`起始年份 ${fromYear} 晚于基准日 ${options.asOf}`);
  const cal = legalCalendar();
  const calStart = daysFromCivil(cal.firstYear, 1, 1);
  const calEnd = daysFromCivil(cal.lastYear, 12, 31);
  const start = Math.max(daysFromCivil(fromYear, 1, 1), calStart);
  const end = Math.min(daysFromCivil(toYear, 12, 31), asOfDay, calEnd);
  if (end < start) {
    throw new RangeError(
      `立案期间 ${fromYear}–${toYear} 不在节假日数据覆盖范围 (${cal.firstYear}–${cal.lastYear} 年) 内，无法安排立案日`,
    );
  }
  const warnings: string[] = [];
  if (daysFromCivil(fromYear, 1, 1) < calStart)
    warnings.push(`${cal.firstYear} 年以前没有节假日数据，立案日从 ${cal.firstYear}-01-01 起`);
  if (Math.min(daysFromCivil(toYear, 12, 31), asOfDay) > calEnd) {
    warnings.push(`节假日数据只到 ${cal.lastYear} 年，${cal.lastYear}-12-31 以后不安排立案`);
  }
  const cases = options.cases ?? Math.round((CASES_PER_YEAR * (end - start + 1)) / 365.25);
  if (!Number.isSafeInteger(cases) || cases < 0) throw new RangeError(`cases: ${cases} 应为非负整数`);
  const backlogFrom = Math.max(start - 3 * 365, calStart);
  const backlog = backlogFrom <= start - 400 ? Math.round(cases * BACKLOG_SHARE) : 0;
  let workingDays = 0;
  for (let d = start; d <= end; d++) if (cal.isWorkingDay(d)) workingDays++;
  if (workingDays === 0 && cases > 0) throw new RangeError("立案期间没有工作日");
  return {
    court: buildDemoCourt(options.court ?? DEFAULT_COURT_CODE, options.seed),
    cases,
    backlog,
    fromYear,
    toYear,
    asOf: formatIsoDate(asOfDay),
    seed: options.seed,
    firstFilingDay: formatIsoDate(start),
    lastFilingDay: formatIsoDate(end),
    workingDays,
    warnings,
  };
}
