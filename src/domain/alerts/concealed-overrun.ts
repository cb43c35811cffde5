/**
 * 隐形超审限 (concealed overrun) — per-case detectors: real delay hidden by extensions, exclusions,
 * suspensions, restarts and late procedure switching (reference/deadlines.md §4.2–4.4, "Engine
 * rules that follow from this"). The cross-case form (withdraw and refile) is in withdraw-refile.ts.
 *
 * Every rule here needs events (an extension, an exclusion, a suspension or a procedure change), so
 * a case without events returns at once; cases without a statutory limit are skipped.
 */
import type { DayNumber } from "../calendar/civil-date.js";
import { addPeriod, type PeriodLength } from "../calendar/period.js";
import type { CaseRecord } from "../case/case.js";
import { type CaseFacts, caseTimeline } from "../case/derive-facts.js";
import type { Procedure } from "../case/procedure.js";
import { type CaseIdentity, computeTimeLimit, type TimeLimitResult } from "../time-limit/clock.js";
import { resolveLimitRule } from "../time-limit/rules.js";
import type { TimeLimitSettings } from "../time-limit/settings.js";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import { RULE_IDS } from "./rules.js";
import type { CompiledAlertSettings } from "./settings.js";
import type { Alert } from "./types.js";
import { fmtDate, fmtPeriod, isDisabled, isoDay, makeAlert } from "./util.js";

const SUMMARY_LIKE: ReadonlySet<Procedure> = new Set<Procedure>(["简易程序", "小额诉讼程序", "速裁程序"]);
/** Types whose 公告 periods are set by their own rules (宣告失踪 3 months, 公示催告 ≥ 60 days …). */
const OWN_NOTICE_PERIOD = new Set(["民特", "民催"]);

interface Ctx {
  record: CaseRecord;
  events: readonly TimeLimitEvent[];
  facts: CaseFacts;
  clock: TimeLimitResult;
  asOf: string;
  asOfDay: DayNumber;
  /** Closing day, or asOf while pending. */
  endDay: DayNumber;
  pending: boolean;
  cs: CompiledAlertSettings;
  tl: Partial<TimeLimitSettings> | undefined;
  out: Alert[];
}

export function detectConcealedOverrun(
  record: CaseRecord,
  events: readonly TimeLimitEvent[],
  facts: CaseFacts,
  asOf: string,
  asOfDay: DayNumber,
  cs: CompiledAlertSettings,
  tl: Partial<TimeLimitSettings> | undefined,
  out: Alert[],
): void {
  if (events.length === 0) return;
  const clock = facts.clock;
  if (clock.baseLimit === null || facts.status === "no-limit") return;
  const ctx: Ctx = {
    record,
    events,
    facts,
    clock,
    asOf,
    asOfDay,
    endDay: facts.closedDay ?? asOfDay,
    pending: facts.closedDay === null,
    cs,
    tl,
    out,
  };
  if (!isDisabled(cs, RULE_IDS.naturalOverLimit)) naturalOverLimit(ctx);
  if (ctx.pending && !isDisabled(cs, RULE_IDS.openIntervalStale)) openIntervalStale(ctx);
  if (!isDisabled(cs, RULE_IDS.intervalBeyondCause)) intervalBeyondCause(ctx);
  extensions(ctx);
  if (clock.conversions.length > 0 && !isDisabled(cs, RULE_IDS.lateConversion)) lateConversion(ctx);
  if (!isDisabled(cs, RULE_IDS.excludedShare)) excludedShare(ctx);
}

/** The last day of the base statutory period counted from filing: filing + base limit, no roll. */
export function baseLimitEnd(facts: CaseFacts, _tl?: Partial<TimeLimitSettings>): DayNumber | null {
  return facts.baseEndDay;
}

/** Closed more than concealedClosedWithinDays ago: history, for the indicators, not a warning. */
function closedLongAgo(ctx: Ctx): boolean {
  return !ctx.pending && ctx.asOfDay - ctx.endDay > ctx.cs.s.concealedClosedWithinDays;
}

function naturalOverLimit(ctx: Ctx): void {
  const { clock, facts } = ctx;
  if (clock.status !== "running" && clock.status !== "closed-on-time") return;
  // Something must have moved the deadline: without an extension, exclusion or restart the formal
  // deadline is the base end itself (rolled to a working day), so being past it would be overdue.
  if (clock.extensions.count === 0 && clock.excludedDays === 0 && clock.restart === undefined) return;
  const bl = clock.baseLimit!;
  const baseEnd = baseLimitEnd(facts, ctx.tl)!;
  if (ctx.endDay - baseEnd < Math.max(1, ctx.cs.s.naturalOverLimitMinDays)) return;
  if (closedLongAgo(ctx)) return;
  const base = fmtPeriod(bl.months, bl.days);
  const baseEndText = fmtDate(baseEnd);
  let how = `已扣除 ${clock.excludedDays} 天，延长 ${clock.extensions.count} 次`;
  if (clock.restart) how += `，审限自 ${clock.restart.on} 重新计算`;
  const reason = ctx.pending
    ? `立案 ${facts.naturalDays} 天，法定审限 ${base}（${baseEndText} 届满），${how}，审限届满日为 ${clock.deadline}，形式上未超审限`
    : `立案至结案 ${facts.naturalDays} 天，法定审限 ${base}（${baseEndText} 届满），${how}，审限内结案（审限届满日 ${clock.deadline}）`;
  ctx.out.push(
    makeAlert(
      RULE_IDS.naturalOverLimit,
      ctx.record.caseNumber,
      ctx.asOf,
      reason,
      {
        naturalDays: facts.naturalDays,
        baseLimit: base,
        baseEnd: baseEndText,
        overDays: ctx.endDay - baseEnd,
        excludedDays: clock.excludedDays,
        extensionCount: clock.extensions.count,
        extension: fmtPeriod(clock.extensions.months, clock.extensions.days),
        restartOn: clock.restart?.on ?? null,
        deadline: clock.deadline,
        status: clock.status,
        closedOn: facts.closedOn,
      },
      baseEndText,
    ),
  );
}

function openIntervalStale(ctx: Ctx): void {
  const limit = ctx.cs.s.openIntervalStaleDays;
  for (const iv of ctx.clock.excludedIntervals) {
    if (!iv.open) continue;
    const daysOpen = ctx.asOfDay - isoDay(iv.from);
    if (daysOpen <= limit) continue;
    const name = iv.kind === "suspension" ? "中止诉讼" : `扣除审限（${iv.reason ?? "其他"}）`;
    ctx.out.push(
      makeAlert(
        RULE_IDS.openIntervalStale,
        ctx.record.caseNumber,
        ctx.asOf,
        `${name}自 ${iv.from} 起至今 ${daysOpen} 天仍未结束（超过 ${limit} 天），期间不计入审限`,
        { kind: iv.kind, reason: iv.reason ?? null, from: iv.from, daysOpen, limitDays: limit },
        `${iv.kind}:${iv.reason ?? ""}:${iv.from}`,
      ),
    );
  }
}

function procedureAt(clock: TimeLimitResult, day: DayNumber): Procedure {
  let p = clock.originalProcedure;
  for (const c of clock.conversions) if (isoDay(c.on) <= day) p = c.to;
  return p;
}

function intervalBeyondCause(ctx: Ctx): void {
  const { record, cs } = ctx;
  for (const e of ctx.events) {
    if (e.kind !== "exclusion") continue;
    const notice = e.reason === "公告";
    if (!notice && e.reason !== "调解") continue;
    if (notice && OWN_NOTICE_PERIOD.has(record.typeCode)) continue;
    if (!notice && (record.category !== "civil" || e.note?.includes("同意"))) continue;
    const a = isoDay(e.from);
    if (a > ctx.endDay) continue;
    let b = e.to ? isoDay(e.to) : ctx.endDay;
    if (b > ctx.endDay) b = ctx.endDay;
    const len = b - a;
    let allowed: number;
    let procName = "";
    if (notice) allowed = cs.s.noticeDays + cs.s.noticeMarginDays;
    else {
      const p = procedureAt(ctx.clock, a);
      allowed = SUMMARY_LIKE.has(p) ? cs.s.mediationSummaryDays : cs.s.mediationOrdinaryDays;
      procName = p;
    }
    if (len <= allowed) continue;
    const span =
      e.to && isoDay(e.to) <= ctx.endDay
        ? `自 ${e.from} 至 ${e.to}，共 ${len} 天`
        : ctx.pending
          ? `自 ${e.from} 起至今未结束，已 ${len} 天`
          : `自 ${e.from} 起至结案（${fmtDate(b)}）仍未结束，共 ${len} 天`;
    const reason = notice
      ? `公告扣除期间${span}，超过公告期 ${cs.s.noticeDays} 天${cs.s.noticeMarginDays > 0 ? `及 ${cs.s.noticeMarginDays} 天余量` : ""}（自发出公告之日起经过三十日即视为送达）`
      : `委托调解扣除期间${span}，超过${procName}调解期限 ${allowed} 天，且未记载当事人同意延长`;
    ctx.out.push(
      makeAlert(
        RULE_IDS.intervalBeyondCause,
        record.caseNumber,
        ctx.asOf,
        reason,
        {
          reason: e.reason,
          from: e.from,
          to: e.to ?? null,
          open: !e.to,
          days: len,
          allowedDays: allowed,
          procedure: procName || null,
        },
        `${e.reason}:${e.from}`,
      ),
    );
  }
}

type Extension = Extract<TimeLimitEvent, { kind: "extension" }>;

function lengthText(l: PeriodLength): string {
  return fmtPeriod(l.months ?? 0, l.days ?? 0);
}

/** The clock as it stood on `day − 1`, with only the events dated before `day`. */
function clockBefore(ctx: Ctx, day: DayNumber): TimeLimitResult | undefined {
  if (day - 1 < ctx.facts.filedDay) return undefined;
  const timeline = caseTimeline(
    ctx.record,
    ctx.events.filter((x) => isoDay(x.from) < day) as TimeLimitEvent[],
  );
  timeline.closedOn = null;
  const identity: CaseIdentity = { typeCode: ctx.record.typeCode, category: ctx.record.category };
  return computeTimeLimit(timeline, fmtDate(day - 1), ctx.tl, identity);
}

function extensions(ctx: Ctx): void {
  const { cs } = ctx;
  let exts: { e: Extension; day: DayNumber }[] | undefined;
  for (const e of ctx.events) {
    if (e.kind !== "extension") continue;
    const day = isoDay(e.from);
    if (day > ctx.endDay) continue;
    if (exts === undefined) exts = [];
    exts.push({ e, day });
  }
  if (!exts) return;
  exts.sort((x, y) => x.day - y.day);

  if (!isDisabled(cs, RULE_IDS.lateExtension)) {
    const minLead = cs.extensionLead[ctx.record.category];
    // Without conversions the deadline in force is never earlier than filing + base limit (exclusions,
    // extensions, the roll and restarts only move it later): an extension approved at least minLead
    // days before that day is in time without recomputing the clock.
    const floor = ctx.clock.conversions.length === 0 ? baseLimitEnd(ctx.facts, ctx.tl) : null;
    let lastDay: DayNumber | undefined;
    for (const { e, day } of exts) {
      if (day === lastDay) continue; // the same approval date: the same finding
      lastDay = day;
      if (floor !== null && day + minLead <= floor) continue;
      const before = clockBefore(ctx, day);
      if (!before || before.deadline === null) continue;
      const deadlineDay = isoDay(before.deadline);
      const lead = deadlineDay - day;
      if (lead >= minLead && lead >= 0) continue;
      const who = e.approvedBy ? `${e.approvedBy}批准` : "批准人未注明";
      const reason =
        lead < 0
          ? `${e.from} 批准延长审限 ${lengthText(e.length)}（${who}），此前审限已于 ${before.deadline} 届满，晚 ${-lead} 天事后补批`
          : `${e.from} 批准延长审限 ${lengthText(e.length)}（${who}），距此前审限届满日 ${before.deadline} 仅 ${lead} 天，应至少提前 ${minLead} 天申请`;
      ctx.out.push(
        makeAlert(
          RULE_IDS.lateExtension,
          ctx.record.caseNumber,
          ctx.asOf,
          reason,
          {
            extensionOn: e.from,
            length: lengthText(e.length),
            approvedBy: e.approvedBy ?? null,
            deadlineBefore: before.deadline,
            daysBeforeDeadline: lead,
            requiredLeadDays: minLead,
            afterDeadline: lead < 0,
          },
          e.from,
          lead < 0 ? "serious" : "warning",
        ),
      );
    }
  }

  const n = cs.s.repeatedExtensionCount;
  if (n > 0 && exts.length >= n && !isDisabled(cs, RULE_IDS.repeatedExtension)) {
    let months = 0;
    let days = 0;
    const parts: string[] = [];
    for (const { e } of exts) {
      months += e.length.months ?? 0;
      days += e.length.days ?? 0;
      parts.push(`${e.from} ${lengthText(e.length)}${e.approvedBy ? `（${e.approvedBy}）` : ""}`);
    }
    const nth = exts[n - 1]!.e.from;
    ctx.out.push(
      makeAlert(
        RULE_IDS.repeatedExtension,
        ctx.record.caseNumber,
        ctx.asOf,
        `已延长审限 ${exts.length} 次，累计 ${fmtPeriod(months, days)}：${parts.join("、")}`,
        {
          extensionCount: exts.length,
          totalExtension: fmtPeriod(months, days),
          firstOn: exts[0]!.e.from,
          nthOn: nth,
        },
        nth,
      ),
    );
  }

  if (!isDisabled(cs, RULE_IDS.extensionBeyondMax)) extensionBeyondMax(ctx);
}

const HIGHER_COURT_MARKS = ["上级", "高级", "最高"];

function namesHigherCourt(approvedBy: string | undefined, further: string): boolean {
  if (!approvedBy) return false;
  if (approvedBy === further) return true;
  for (const m of HIGHER_COURT_MARKS) if (approvedBy.includes(m)) return true;
  return false;
}

function extensionBeyondMax(ctx: Ctx): void {
  const { clock, record } = ctx;
  const items = clock.extensions.items;
  if (items.length === 0) return;
  const { rule } = resolveLimitRule(
    { typeCode: record.typeCode, category: record.category, procedure: clock.procedure },
    ctx.tl?.ambiguousProcedure ?? "ordinary",
  );
  const ext = rule.extension;
  if (!ext) return;
  const anchor = isoDay(clock.start);
  const maxEnd = addPeriod(anchor, ext.max);
  let months = 0;
  let days = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    months += it.length.months ?? 0;
    days += it.length.days ?? 0;
    if (addPeriod(anchor, { months, days }) <= maxEnd) continue;
    const further = ext.furtherApprover;
    if (further !== undefined && namesHigherCourt(it.approvedBy, further)) continue;
    const who = it.approvedBy ?? "未注明";
    const tail = further ? `超出部分应由${further}批准` : "法律不允许再延长";
    ctx.out.push(
      makeAlert(
        RULE_IDS.extensionBeyondMax,
        record.caseNumber,
        ctx.asOf,
        `${rule.name}累计延长审限 ${fmtPeriod(months, days)}，超过${ext.approver}可批准的 ${lengthText(ext.max)}；${it.from} 第 ${i + 1} 次延长（${lengthText(it.length)}）由“${who}”批准，${tail}`,
        {
          limitRule: rule.key,
          totalExtension: fmtPeriod(months, days),
          maxExtension: lengthText(ext.max),
          approver: ext.approver,
          furtherApprover: further ?? null,
          extensionOn: it.from,
          approvedBy: it.approvedBy ?? null,
        },
        it.from,
      ),
    );
    return;
  }
}

const CONVERTIBLE: ReadonlySet<Procedure> = new Set<Procedure>(["简易程序", "小额诉讼程序"]);

function lateConversion(ctx: Ctx): void {
  const { record, clock } = ctx;
  if (record.category !== "civil" && record.category !== "administrative") return;
  const minLead = ctx.cs.s.lateConversionDays;
  for (const conv of clock.conversions) {
    if (!CONVERTIBLE.has(conv.from)) continue;
    const day = isoDay(conv.on);
    const before = clockBefore(ctx, day);
    if (!before || before.deadline === null) continue;
    const lead = isoDay(before.deadline) - day;
    if (lead >= minLead) continue;
    const reason =
      lead < 0
        ? `${conv.on} 由${conv.from}转为${conv.to}，按${conv.from}计算的审限已于 ${before.deadline} 届满 ${-lead} 天`
        : `${conv.on} 由${conv.from}转为${conv.to}，距按${conv.from}计算的审限届满日 ${before.deadline} 仅 ${lead} 天（少于 ${minLead} 天）`;
    ctx.out.push(
      makeAlert(
        RULE_IDS.lateConversion,
        record.caseNumber,
        ctx.asOf,
        reason,
        {
          convertedOn: conv.on,
          from: conv.from,
          to: conv.to,
          deadlineBefore: before.deadline,
          daysBeforeDeadline: lead,
          minLeadDays: minLead,
          afterDeadline: lead < 0,
        },
        conv.on,
        lead < 0 ? "serious" : "warning",
      ),
    );
  }
}

function excludedShare(ctx: Ctx): void {
  const { facts, cs } = ctx;
  const excluded = facts.excludedDays;
  const natural = facts.naturalDays;
  if (excluded === 0 || natural < cs.s.excludedShareMinNaturalDays) return;
  if (excluded < cs.s.excludedShareMinExcludedDays || closedLongAgo(ctx)) return;
  const pct = cs.s.excludedSharePercent;
  if (excluded * 100 < natural * pct) return;
  const share = Math.round((excluded * 1000) / natural) / 10;
  ctx.out.push(
    makeAlert(
      RULE_IDS.excludedShare,
      ctx.record.caseNumber,
      ctx.asOf,
      `扣除和中止共 ${excluded} 天，占自然审理天数 ${natural} 天的 ${share}%（达到 ${pct}%）`,
      {
        excludedDays: excluded,
        naturalDays: natural,
        sharePercent: share,
        thresholdPercent: pct,
        openIntervals: facts.openIntervals,
      },
      `${pct}%`,
    ),
  );
}

const PRE_FILING_MEDIATION = "民诉前调";

/**
 * A pending 民诉前调 case past its 30-day mediation period. Runs on every case (these cases have no
 * statutory limit and usually no events), so it exits on the type code first.
 */
export function detectStalePreFilingMediation(
  record: CaseRecord,
  facts: CaseFacts,
  asOf: string,
  asOfDay: DayNumber,
  cs: CompiledAlertSettings,
  out: Alert[],
): void {
  if (record.typeCode !== PRE_FILING_MEDIATION || facts.closedOn !== null) return;
  const limit = cs.s.preFilingMediationDays;
  const days = asOfDay - facts.filedDay;
  if (days <= limit || isDisabled(cs, RULE_IDS.stalePreFilingMediation)) return;
  const staleFrom = fmtDate(facts.filedDay + limit + 1);
  out.push(
    makeAlert(
      RULE_IDS.stalePreFilingMediation,
      record.caseNumber,
      asOf,
      `诉前调解案件自 ${facts.filedOn} 登记，至今 ${days} 天未结，超过 ${limit} 天调解期限，纠纷尚未立案、审限未起算`,
      { filedOn: facts.filedOn, days, limitDays: limit, staleFrom },
      staleFrom,
    ),
  );
}
