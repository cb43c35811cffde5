/**
 * The 审限 clock: a case's statutory deadline and status as of a date, from its timeline.
 *
 * Conventions (docs/time-limits.md; reference/deadlines.md §2–3):
 * - counting starts the day after filing (the filing day is day 0);
 * - raw end = start + (base months + extension months), then + (base days + extension days);
 * - excluded (扣除审限) and suspended (中止诉讼) intervals are merged and their days added to the
 *   raw end; an open interval runs to the closing date, or to `asOf` while the case is pending;
 * - the result rolls to the next working day;
 * - civil and administrative conversions keep counting from filing with the new procedure's
 *   limit; criminal conversions and the return from 补充侦查 restart the clock.
 */
import {
  type DayNumber,
  formatIsoDate,
  type IsoDate,
  isWeekend,
  parseIsoDate,
} from "../calendar/civil-date.js";
import { legalCalendar } from "../calendar/legal-calendar.js";
import { addPeriod, type PeriodLength } from "../calendar/period.js";
import type { CaseCategory } from "../case/category.js";
import type { Procedure } from "../case/procedure.js";
import { parseCaseNumber } from "../case-number/index.js";
import {
  APL_INTERPRETATION,
  CIVIL_CODE,
  CPL,
  CPL_INTERPRETATION,
  CRPL,
  CRPL_INTERPRETATION,
  ENFORCEMENT_INTERPRETATION,
  SPC_TIME_LIMITS,
} from "./citations.js";
import { type LimitRule, resolveLimitRule } from "./rules.js";
import { resolveSettings, type TimeLimitSettings } from "./settings.js";
import { type ExclusionReason, formatPeriodLength, type Timeline } from "./timeline.js";

export type TimeLimitStatus = "running" | "overdue" | "closed-on-time" | "closed-late" | "no-limit";

export const STATUS_NAMES: Record<TimeLimitStatus, string> = {
  running: "审限内",
  overdue: "超审限",
  "closed-on-time": "审限内结案",
  "closed-late": "超审限结案",
  "no-limit": "无法定审限",
};

export interface ExcludedInterval {
  kind: "exclusion" | "suspension";
  reason?: ExclusionReason;
  /** First excluded day (clipped to the case's life). */
  from: IsoDate;
  /** Last excluded day. */
  to: IsoDate;
  /** Still open: runs to the closing date or to asOf. */
  open: boolean;
  days: number;
}

export interface AppliedExtension {
  from: IsoDate;
  length: PeriodLength;
  approvedBy?: string;
}

export interface TimeLimitResult {
  caseNumber: string;
  typeCode: string;
  category: CaseCategory;
  /** The procedure in force as of asOf (after conversions). */
  procedure: Procedure;
  /** The procedure at filing. */
  originalProcedure: Procedure;
  procedureInferred: boolean;
  rule: { key: string; name: string; unconfirmed: boolean };
  /** The statutory period without extensions; null where the law sets none. */
  baseLimit: { months: number; days: number; text: string } | null;
  /** The day counting starts from (filing, or the restart point). Counting begins the next day. */
  start: IsoDate;
  /** Why the clock starts where it does, when not at filing. */
  restart?: { on: IsoDate; reason: "conversion" | "supplementary-investigation" };
  /** Start + base + extensions, before exclusions and the holiday roll. */
  rawEnd: IsoDate | null;
  /** The last day of the statutory period; null where the law sets none. */
  deadline: IsoDate | null;
  /** Days the deadline moved to reach a working day. */
  rolledDays: number;
  excludedDays: number;
  excludedIntervals: ExcludedInterval[];
  extensions: { count: number; months: number; days: number; items: AppliedExtension[] };
  conversions: { on: IsoDate; from: Procedure; to: Procedure }[];
  status: TimeLimitStatus;
  /** deadline − asOf in days; negative when overdue; absent when closed or without a limit. */
  daysLeft?: number;
  /** Natural days from filing to closing (closed) or to asOf (pending). */
  naturalDays: number;
  /** Days of the statutory period (with extensions) from start to rawEnd. */
  periodDays: number;
  /** Days counted against the limit so far: from start to closing/asOf, less excluded days. */
  usedDays: number;
  /** True when the case is closed as of asOf. */
  closed: boolean;
  closedOn: IsoDate | null;
  asOf: IsoDate;
  /** The deadline's roll used a year whose holidays are not yet published (weekends only). */
  provisional: boolean;
  /** Articles applied. */
  basis: string[];
  warnings: string[];
}

export class TimeLimitInputError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    message: string,
  ) {
    super(`${field}: ${JSON.stringify(value)} — ${message}`);
    this.name = "TimeLimitInputError";
  }
}

const ART85 = `${CPL}第八十五条：期间开始的时和日，不计算在期间内；期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期`;
const ART202 = `${CIVIL_CODE}第二百零二条：按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日`;
const CRIM202 = `${CRPL_INTERPRETATION}第二百零二条：以月计算的期间，期限起算日为本月最后一日的，至下月最后一日为一个月`;
const CRPL105 = `${CRPL}第一百零五条：期间的最后一日为节假日的，以节假日后的第一日为期满日期，但犯罪嫌疑人、被告人或者罪犯在押期间，应当至期满之日为止`;
const EXCLUSION_BASIS: Record<string, string> = {
  civil: `${CPL_INTERPRETATION}第二百四十三条：公告期间、鉴定期间、双方当事人和解期间、审理当事人提出的管辖异议以及处理人民法院之间的管辖争议期间不计入审理期限；${SPC_TIME_LIMITS}第九条`,
  administrative: `${APL_INTERPRETATION}第五十条：公告期间、鉴定期间、调解期间、中止诉讼期间、审理当事人提出的管辖异议以及处理人民法院之间的管辖争议期间不计算在内`,
  criminal: `${CRPL}第二百零六条第二款：中止审理的期间不计入审理期限；${SPC_TIME_LIMITS}第九条`,
  enforcement: `${SPC_TIME_LIMITS}第九条；${ENFORCEMENT_INTERPRETATION}第十三条：公告、鉴定评估、管辖争议、暂缓执行、中止执行期间不计入`,
  other: `${SPC_TIME_LIMITS}第九条：下列期间不计入审理、执行期限`,
};
const CONVERSION_BASIS_CIVIL = `${CPL_INTERPRETATION}第二百五十八条：适用简易程序审理的案件，裁定转为普通程序的，审理期限自人民法院立案之日计算；${APL_INTERPRETATION}第一百零五条；${SPC_TIME_LIMITS}第八条`;
const CONVERSION_BASIS_CRIMINAL = `${CRPL_INTERPRETATION}第三百六十八条、第三百七十六条：转为普通程序（简易程序）审理的，审理期限应当从作出决定之日起计算`;
const SUPPLEMENTARY_BASIS = `${CRPL}第二百零八条第三款：人民检察院补充侦查的案件，补充侦查完毕移送人民法院后，人民法院重新计算审理期限`;

interface Interval {
  a: DayNumber;
  b: DayNumber;
  open: boolean;
  kind: "exclusion" | "suspension";
  reason?: ExclusionReason;
}

function dayOf(value: string, field: string): DayNumber {
  try {
    return parseIsoDate(value);
  } catch {
    throw new TimeLimitInputError(field, value, "不是有效日期（应为 2024-03-01 这样的日期）");
  }
}

/** Optional pre-parsed identity of the case, to skip re-parsing the case number. */
export interface CaseIdentity {
  typeCode: string;
  category: CaseCategory;
}

/**
 * Computes the statutory deadline and status of a case as of `asOf`. Pure: the same inputs give
 * the same result. Events dated after `asOf` are not yet known and are ignored.
 */
export function computeTimeLimit(
  timeline: Timeline,
  asOf: IsoDate,
  partialSettings?: Partial<TimeLimitSettings>,
  identity?: CaseIdentity,
): TimeLimitResult {
  const settings = resolveSettings(partialSettings);
  const calendar = settings.calendar ?? legalCalendar();
  const warnings: string[] = [];

  let id = identity;
  if (!id) {
    const parsed = parseCaseNumber(timeline.caseNumber);
    if (!parsed.ok) throw new TimeLimitInputError("caseNumber", timeline.caseNumber, parsed.error.message);
    const v = parsed.value;
    if (!v.typeCode || !v.category) {
      throw new TimeLimitInputError("caseNumber", timeline.caseNumber, "无法从案号识别案件类型代字");
    }
    id = { typeCode: v.typeCode, category: v.category };
  }
  const { typeCode, category } = id;

  const filed = dayOf(timeline.filedOn, "filedOn");
  const asOfDay = dayOf(asOf, "asOf");
  const closedRaw = timeline.closedOn ? dayOf(timeline.closedOn, "closedOn") : undefined;
  if (closedRaw !== undefined && closedRaw < filed) {
    throw new TimeLimitInputError("closedOn", timeline.closedOn, `结案日期早于立案日期 ${timeline.filedOn}`);
  }
  const closed = closedRaw !== undefined && closedRaw <= asOfDay ? closedRaw : undefined;
  const endBound = closed ?? asOfDay;

  // Events known as of asOf, in date order (stable for equal dates).
  const events =
    timeline.events.length === 0
      ? NO_EVENTS
      : timeline.events
          .map((e, i) => ({ e, i, day: dayOf(e.from, `events[${i}].from`) }))
          .filter((x) => x.day <= asOfDay)
          .sort((x, y) => x.day - y.day || x.i - y.i);
  if (closed !== undefined && events.some((x) => x.day > closed)) {
    warnings.push("存在结案日期之后登记的审限变更事项，已忽略");
  }
  const live = closed === undefined ? events : events.filter((x) => x.day <= closed);

  // Procedure and conversions.
  const initial = resolveLimitRule(
    { typeCode, category, procedure: timeline.procedure ?? null, foreignRelated: timeline.foreignRelated },
    settings.ambiguousProcedure,
  );
  const originalProcedure = initial.rule.procedure;
  let procedure = originalProcedure;
  const conversions: TimeLimitResult["conversions"] = [];
  let lastConversion: DayNumber | undefined;
  for (const { e, day } of live) {
    if (e.kind !== "procedureChange") continue;
    if (e.newProcedure !== procedure) {
      conversions.push({ on: e.from, from: procedure, to: e.newProcedure });
      procedure = e.newProcedure;
      lastConversion = day;
    }
  }
  const resolved =
    conversions.length === 0
      ? initial
      : resolveLimitRule(
          { typeCode, category, procedure, foreignRelated: timeline.foreignRelated },
          settings.ambiguousProcedure,
        );
  warnings.push(...initial.warnings);
  if (resolved !== initial) warnings.push(...resolved.warnings);
  const rule: LimitRule = resolved.rule;
  const override = settings.limitOverrides[rule.key];
  const limit: PeriodLength | undefined = override === undefined ? rule.limit : (override ?? undefined);

  const basis: string[] = [rule.basis];
  const naturalDays = endBound - filed;

  const closedOn = closed !== undefined ? formatIsoDate(closed) : null;
  const ruleInfo = { key: rule.key, name: rule.name, unconfirmed: rule.unconfirmed === true };

  if (!limit) {
    return {
      caseNumber: timeline.caseNumber,
      typeCode,
      category,
      procedure,
      originalProcedure,
      procedureInferred: initial.procedureInferred,
      rule: ruleInfo,
      baseLimit: null,
      start: timeline.filedOn,
      restart: undefined,
      rawEnd: null,
      deadline: null,
      rolledDays: 0,
      excludedDays: 0,
      excludedIntervals: [],
      extensions: { count: 0, months: 0, days: 0, items: [] },
      conversions,
      status: "no-limit",
      daysLeft: undefined,
      naturalDays,
      periodDays: 0,
      usedDays: naturalDays,
      closed: closed !== undefined,
      closedOn,
      asOf,
      provisional: false,
      basis,
      warnings,
    };
  }

  // Where counting starts, and which extensions belong to the procedure in force.
  let start = filed;
  let restart: TimeLimitResult["restart"];
  let segmentStart = filed;
  if (lastConversion !== undefined) {
    segmentStart = lastConversion;
    const fromSmallClaims = conversions[conversions.length - 1]?.from === "小额诉讼程序";
    if (
      rule.conversionRestarts ||
      (fromSmallClaims && settings.smallClaimsConversion === "from-conversion")
    ) {
      start = lastConversion;
      restart = { on: formatIsoDate(lastConversion), reason: "conversion" };
      basis.push(CONVERSION_BASIS_CRIMINAL);
    } else {
      basis.push(CONVERSION_BASIS_CIVIL);
    }
  }
  if (category === "criminal") {
    // The return from 补充侦查 restarts the clock (CrPL art. 208 ¶3).
    for (const { e } of live) {
      if (e.kind === "exclusion" && e.reason === "补充侦查" && e.to) {
        const back = dayOf(e.to, "events.to");
        if (back <= endBound && back > start) {
          start = back;
          segmentStart = Math.max(segmentStart, back);
          restart = { on: e.to, reason: "supplementary-investigation" };
        }
      }
    }
    if (restart?.reason === "supplementary-investigation") basis.push(SUPPLEMENTARY_BASIS);
  }

  const items: AppliedExtension[] = [];
  let extMonths = 0;
  let extDays = 0;
  let ignoredExtensions = 0;
  for (const { e, day } of live) {
    if (e.kind !== "extension") continue;
    if (day < segmentStart) {
      ignoredExtensions++;
      continue;
    }
    extMonths += e.length.months ?? 0;
    extDays += e.length.days ?? 0;
    items.push({ from: e.from, length: e.length, approvedBy: e.approvedBy });
  }
  if (ignoredExtensions > 0)
    warnings.push(`${ignoredExtensions} 次延长审限发生在程序转换（或重新计算审限）之前，不计入现行审限`);
  if (items.length > 0 && rule.extension) basis.push(`延长审限：${rule.extension.basis}`);

  const monthRule = category === "criminal" ? settings.criminalMonthRule : rule.monthRule;
  const total: PeriodLength = { months: (limit.months ?? 0) + extMonths, days: (limit.days ?? 0) + extDays };
  const rawEnd = addPeriod(start, total, monthRule);
  if ((total.months ?? 0) > 0) basis.push(monthRule === "criminal-interpretation" ? CRIM202 : ART202);

  // Excluded intervals: exclusions and suspensions; a resumption closes the open suspension.
  const intervals: Interval[] = [];
  const openSuspensions: Interval[] = [];
  for (const { e, day } of live) {
    if (e.kind === "exclusion" || e.kind === "suspension") {
      if (e.kind === "exclusion" && e.reason === "补充侦查" && category === "criminal" && e.to) {
        // Already applied as a restart when it ended; before that it is not counted either way.
        const back = dayOf(e.to, "events.to");
        if (back <= endBound) continue;
      }
      const to = e.to ? dayOf(e.to, "events.to") : undefined;
      const iv: Interval = {
        a: day,
        b: to ?? endBound,
        open: to === undefined,
        kind: e.kind,
        reason: e.kind === "exclusion" ? e.reason : undefined,
      };
      intervals.push(iv);
      if (e.kind === "suspension" && to === undefined) openSuspensions.push(iv);
    } else if (e.kind === "resumption") {
      const s = openSuspensions.shift();
      if (s) {
        s.b = Math.min(day, s.b);
        s.open = false;
      } else warnings.push(`${e.from} 恢复诉讼没有对应的中止诉讼`);
    }
  }
  const inclusive = settings.exclusionDayCount === "inclusive";
  const clipped: Interval[] = [];
  for (const iv of intervals) {
    const a = Math.max(iv.a, start + 1);
    const b = closed !== undefined ? Math.min(iv.b, closed) : iv.b;
    if (b < a) continue;
    clipped.push({ ...iv, a, b });
  }
  const excludedDays = mergedDays(clipped, inclusive);
  if (clipped.length > 0) basis.push(EXCLUSION_BASIS[category] ?? (EXCLUSION_BASIS.other as string));

  // The last day, rolled to a working day.
  const beforeRoll = rawEnd + excludedDays;
  let deadline = beforeRoll;
  let provisional = false;
  const noRoll =
    !settings.rollToWorkingDay || (category === "criminal" && timeline.inCustody && settings.custodyNoRoll);
  if (!noRoll) {
    const rolled = calendar.tryNextWorkingDay(beforeRoll);
    if (rolled !== undefined) deadline = rolled;
    else if (settings.beyondCalendar === "error")
      calendar.nextWorkingDay(beforeRoll); // throws CalendarRangeError
    else {
      provisional = true;
      deadline = beforeRoll;
      while (isWeekend(deadline)) deadline++;
      const year = formatIsoDate(deadline).slice(0, 4);
      warnings.push(`${year} 年节假日安排尚未收录，届满日按周末顺延推算（暂定）`);
    }
  }
  if (deadline !== beforeRoll) basis.push(category === "criminal" ? CRPL105 : ART85);
  else if (category === "criminal" && timeline.inCustody && settings.custodyNoRoll) basis.push(CRPL105);

  let status: TimeLimitStatus;
  let daysLeft: number | undefined;
  if (closed !== undefined) status = closed <= deadline ? "closed-on-time" : "closed-late";
  else {
    status = asOfDay > deadline ? "overdue" : "running";
    daysLeft = deadline - asOfDay;
  }

  // One literal with a fixed set of properties: the hot path allocates a single object shape.
  return {
    caseNumber: timeline.caseNumber,
    typeCode,
    category,
    procedure,
    originalProcedure,
    procedureInferred: initial.procedureInferred,
    rule: ruleInfo,
    baseLimit: { months: limit.months ?? 0, days: limit.days ?? 0, text: limitText(limit) },
    start: formatIsoDate(start),
    restart,
    rawEnd: formatIsoDate(rawEnd),
    deadline: formatIsoDate(deadline),
    rolledDays: deadline - beforeRoll,
    excludedDays,
    excludedIntervals:
      clipped.length === 0
        ? []
        : clipped.map((iv) => ({
            kind: iv.kind,
            reason: iv.reason,
            from: formatIsoDate(iv.a),
            to: formatIsoDate(iv.b),
            open: iv.open,
            days: inclusive ? iv.b - iv.a + 1 : iv.b - iv.a,
          })),
    extensions: { count: items.length, months: extMonths, days: extDays, items },
    conversions,
    status,
    daysLeft,
    naturalDays,
    periodDays: rawEnd - start,
    usedDays: Math.max(0, endBound - start - excludedDays),
    closed: closed !== undefined,
    closedOn,
    asOf,
    provisional,
    basis,
    warnings,
  };
}

const NO_EVENTS: { e: Timeline["events"][number]; i: number; day: DayNumber }[] = [];

/** The text of a rule's limit: rules are few and immutable, so each is written once. */
const LIMIT_TEXT = new WeakMap<PeriodLength, string>();
function limitText(limit: PeriodLength): string {
  let text = LIMIT_TEXT.get(limit);
  if (text === undefined) {
    text = formatPeriodLength(limit);
    LIMIT_TEXT.set(limit, text);
  }
  return text;
}

/** Days covered by the union of the intervals (overlaps counted once). */
function mergedDays(intervals: Interval[], inclusive: boolean): number {
  if (intervals.length === 0) return 0;
  const sorted = [...intervals].sort((x, y) => x.a - y.a);
  let total = 0;
  let curA = (sorted[0] as Interval).a;
  let curB = (sorted[0] as Interval).b;
  for (let i = 1; i < sorted.length; i++) {
    const iv = sorted[i] as Interval;
    if (iv.a <= curB) {
      if (iv.b > curB) curB = iv.b;
    } else {
      total += inclusive ? curB - curA + 1 : curB - curA;
      curA = iv.a;
      curB = iv.b;
    }
  }
  total += inclusive ? curB - curA + 1 : curB - curA;
  return total;
}
