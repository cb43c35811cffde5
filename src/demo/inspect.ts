/**
 * Reading a demo court back: the 审限 timeline of a generated case (as the importer would build
 * it from the rows) and `summarizeDemo`, which measures every share docs/demo-data.md documents —
 * the same way a detector would, from the rows alone (labels are only counted alongside, as
 * ground truth). Used by the tests and to write the numbers in the docs.
 */
import { type DayNumber, tryParseIsoDate } from "../domain/calendar/civil-date.js";
import { parseProcedure } from "../domain/case/procedure.js";
import { parseCaseNumber } from "../domain/case-number/index.js";
import {
  computeTimeLimit,
  parseExclusionReason,
  parsePeriodLength,
  type TimeLimitEvent,
  type TimeLimitResult,
  type Timeline,
} from "../domain/time-limit/index.js";
import type { DemoCase, DemoCaseRow, DemoEventRow, DemoLabel } from "./types.js";

function day(s: string): DayNumber {
  const d = tryParseIsoDate(s);
  if (d === undefined) throw new Error(`demo: bad date ${s}`);
  return d;
}

function toEvent(e: DemoEventRow): TimeLimitEvent {
  const from = e.from as string;
  switch (e.kind) {
    case "延长审限":
      return {
        kind: "extension",
        from,
        length: parsePeriodLength(e.length ?? "") ?? { months: 0 },
        approvedBy: e.approvedBy ?? undefined,
      };
    case "扣除审限":
      return { kind: "exclusion", reason: parseExclusionReason(e.reason ?? "") ?? "其他", from, to: e.to };
    case "中止诉讼":
      return { kind: "suspension", from, to: e.to };
    case "恢复诉讼":
      return { kind: "resumption", from };
    case "程序转换":
      return { kind: "procedureChange", from, newProcedure: parseProcedure(e.newProcedure ?? "") ?? "其他" };
  }
  throw new Error(`demo: unknown event kind ${e.kind}`);
}

/** The case's timeline for computeTimeLimit, built from its import rows. */
export function demoTimeline(row: DemoCaseRow, events: readonly DemoEventRow[]): Timeline {
  return {
    caseNumber: row.caseNumber as string,
    procedure: row.procedure ? (parseProcedure(row.procedure) ?? null) : null,
    filedOn: row.filedOn as string,
    closedOn: row.closedOn,
    // 变更承办部门 does not touch the 审限 (繁简分流 reads it).
    events: events.filter((e) => e.kind !== "变更承办部门").map(toEvent),
  };
}

export interface DemoSummary {
  cases: number;
  events: number;
  byType: Record<string, number>;
  /** Shares of all cases. */
  trialShare: number;
  enforcementShare: number;
  criminalShare: number;
  administrativeShare: number;
  enterpriseShare: number;
  minchu: {
    total: number;
    /** Of 民初 with a recorded first-instance procedure. */
    ordinaryShare: number;
    summaryShare: number;
    smallClaimsShare: number;
    summaryPlusSmallShare: number;
    /** Of all 民初. */
    missingProcedure: number;
    closed: number;
    /** Shares of closed 民初. */
    judgmentShare: number;
    mediationShare: number;
    withdrawalShare: number;
    modes: Record<string, number>;
  };
  /** 上诉 = 是 among closed first-instance (民初/民撤/刑初/行初) judgments. */
  appealRate: number;
  appealOutcomes: Record<string, number>;
  /** 申请执行 = 是 among closed 民初 judgments and mediations with an amount. */
  enforcementAppliedRate: number;
  enforcementModes: Record<string, number>;
  /** 执/执恢 that enforce a generated judgment (label from-judgment). */
  fromJudgmentShare: number;
  archivedShareOfClosed: number;
  eventsByKind: Record<string, number>;
  /** Per case of the relevant procedure (event known as of asOf). */
  extensionRate: Record<string, number>;
  batchCases: number;
  batchDays: number;
  pending: { total: number; over6: number; over12: number; over18: number; over24: number; over36: number };
  status: Record<string, number>;
  /** 审限内结案率: closed on time / closed with a limit. */
  onTimeRate: number;
  concealed: {
    /** Closed on time but after the base deadline of the recorded procedure (no events). Share of closed with a limit. */
    naturalOverBase: number;
    naturalOverBaseShare: number;
    /** Pending with an open 扣除审限/中止诉讼 that started ≥ 90 days before asOf. */
    openInterval90: number;
    /** 民初 公告 exclusions from 2022 longer than 45 days (count; share of such 公告 exclusions). */
    longNotice: number;
    longNoticeShare: number;
    /** Extensions approved after, or fewer than 15 days before, the deadline they extend. */
    lateExtension: number;
    lateExtensionShare: number;
    /** Cases with two or more extensions. */
    repeatExtension: number;
    /** Civil 简易→普通 conversions on or after (summary deadline − 14 days). */
    lateConversion: number;
    lateConversionShare: number;
    /** 民初 filed 1–90 days after a 民初 with the same 原告, 被告, 案由 closed by 撤诉/按撤诉处理. */
    refile: number;
    refileShareOfWithdrawals: number;
    /** Closed with excluded days > 30 % of the natural duration. Share of closed with a limit. */
    excludedOver30: number;
    excludedOver30Share: number;
  };
  dataQuality: {
    /** 案号 year ≠ filing year, other than the previous year for a filing on January 1–14. */
    caseNumberYear: number;
    earlyJanuaryPreviousYear: number;
    foreignCourtCode: number;
    upheldFirstInstance: number;
    mediatedEnforcement: number;
    appealOutcomeWithoutAppeal: number;
    openExclusionOnClosed: number;
    secondInstanceProcedure: number;
    missingProcedure: number;
  };
  labels: Partial<Record<DemoLabel, number>>;
  judges: { count: number; min: number; max: number };
}

const FIRST_INSTANCE = new Set(["民初", "民撤", "刑初", "行初"]);
const MONTH = 30.4375;

function inc(m: Record<string, number>, k: string, n = 1): void {
  m[k] = (m[k] ?? 0) + n;
}

/** Measures a generated court (consumes the iterable once). */
export function summarizeDemo(source: Iterable<DemoCase>, asOf: string, ownCourt = "内0602"): DemoSummary {
  const asOfDay = day(asOf);
  let cases = 0;
  let events = 0;
  const byType: Record<string, number> = {};
  const categories: Record<string, number> = {};
  let enterprise = 0;
  const mc = {
    total: 0,
    ordinary: 0,
    summary: 0,
    small: 0,
    missing: 0,
    closed: 0,
    modes: {} as Record<string, number>,
  };
  let judgments = 0;
  let appealed = 0;
  const appealOutcomes: Record<string, number> = {};
  let enfEligible = 0;
  let enfApplied = 0;
  const enforcementModes: Record<string, number> = {};
  let enfCases = 0;
  let fromJudgment = 0;
  let closed = 0;
  let archived = 0;
  const eventsByKind: Record<string, number> = {};
  const extCases: Record<string, number> = {};
  const procCases: Record<string, number> = {};
  let batchCases = 0;
  const batchDays = new Set<string>();
  const pending = { total: 0, over6: 0, over12: 0, over18: 0, over24: 0, over36: 0 };
  const status: Record<string, number> = {};
  const co = {
    naturalOverBase: 0,
    openInterval90: 0,
    longNotice: 0,
    notices: 0,
    lateExtension: 0,
    extensions: 0,
    repeatExtension: 0,
    lateConversion: 0,
    conversions: 0,
    refile: 0,
    withdrawals: 0,
    excludedOver30: 0,
    closedWithLimit: 0,
  };
  const dq = {
    caseNumberYear: 0,
    earlyJanuaryPreviousYear: 0,
    foreignCourtCode: 0,
    upheldFirstInstance: 0,
    mediatedEnforcement: 0,
    appealOutcomeWithoutAppeal: 0,
    openExclusionOnClosed: 0,
    secondInstanceProcedure: 0,
    missingProcedure: 0,
  };
  const labels: Partial<Record<DemoLabel, number>> = {};
  const judges = new Map<string, number>();
  const withdrawn = new Map<string, DayNumber>();

  for (const { case: r, events: evs, labels: ls } of source) {
    cases++;
    events += evs.length;
    for (const l of ls) labels[l] = (labels[l] ?? 0) + 1;
    const cn = parseCaseNumber(r.caseNumber as string);
    if (!cn.ok || cn.value.legacy) throw new Error(`demo: bad case number ${r.caseNumber}`);
    const { typeCode: type, category, year, courtCode } = cn.value;
    inc(byType, type);
    inc(categories, category);
    if (r.enterprise === "是") enterprise++;
    judges.set(r.judge as string, (judges.get(r.judge as string) ?? 0) + 1);
    const filed = day(r.filedOn as string);
    const filedYear = Number((r.filedOn as string).slice(0, 4));
    const filedMonthDay = (r.filedOn as string).slice(5);
    if (courtCode !== ownCourt) dq.foreignCourtCode++;
    if (year !== filedYear) {
      if (year === filedYear - 1 && filedMonthDay <= "01-07") dq.earlyJanuaryPreviousYear++;
      else if (!(year === filedYear - 1 && filedMonthDay <= "01-14")) dq.caseNumberYear++;
    }
    const isClosed = r.closedOn !== null;
    if (isClosed) {
      closed++;
      if (r.archivedOn) archived++;
    }
    if (ls.includes("batch")) {
      batchCases++;
      batchDays.add(`${r.filedOn}|${r.plaintiffs}`);
    }

    if (type === "民初") {
      mc.total++;
      if (r.procedure === "普通程序") mc.ordinary++;
      else if (r.procedure === "简易程序") mc.summary++;
      else if (r.procedure === "小额诉讼程序") mc.small++;
      else if (r.procedure === null) mc.missing++;
      if (r.procedure === null) dq.missingProcedure++;
      if (r.procedure === "第二审程序") dq.secondInstanceProcedure++;
      if (isClosed) {
        mc.closed++;
        inc(mc.modes, r.closureMode as string);
        if (r.closureMode === "维持") dq.upheldFirstInstance++;
      }
    }
    if ((type === "执" || type === "执恢") && isClosed) {
      inc(enforcementModes, r.closureMode as string);
      if (r.closureMode === "调解") dq.mediatedEnforcement++;
    }
    if (type === "执" || type === "执恢") {
      enfCases++;
      if (ls.includes("from-judgment")) fromJudgment++;
    }
    if (FIRST_INSTANCE.has(type) && isClosed && r.closureMode === "判决") {
      judgments++;
      if (r.appealed === "是") appealed++;
    }
    if (r.appealOutcome) {
      inc(appealOutcomes, r.appealOutcome);
      if (r.appealed !== "是") dq.appealOutcomeWithoutAppeal++;
    }
    if (
      type === "民初" &&
      isClosed &&
      (r.closureMode === "判决" || r.closureMode === "调解") &&
      r.amount !== null
    ) {
      enfEligible++;
      if (r.enforcementApplied === "是") enfApplied++;
    }

    // Events.
    const procKey = `${type}|${r.procedure ?? ""}`;
    inc(procCases, procKey);
    let extensions = 0;
    for (const e of evs) {
      inc(eventsByKind, e.kind as string);
      if (e.kind === "延长审限") extensions++;
      if (e.kind === "扣除审限" && e.to === null && isClosed) dq.openExclusionOnClosed++;
      if (
        type === "民初" &&
        e.kind === "扣除审限" &&
        e.reason === "公告" &&
        (e.from as string) >= "2022-01-01" &&
        e.to
      ) {
        co.notices++;
        if (day(e.to) - day(e.from as string) + 1 > 45) co.longNotice++;
      }
    }
    if (extensions > 0) inc(extCases, procKey);
    if (extensions >= 2) co.repeatExtension++;

    // Pending and the clock.
    if (!isClosed) {
      pending.total++;
      const age = asOfDay - filed;
      if (age > 6 * MONTH) pending.over6++;
      if (age > 12 * MONTH) pending.over12++;
      if (age > 18 * MONTH) pending.over18++;
      if (age > 24 * MONTH) pending.over24++;
      if (age > 36 * MONTH) pending.over36++;
      const open = new Set<number>();
      evs.forEach((e, i) => {
        if ((e.kind === "扣除审限" || e.kind === "中止诉讼") && e.to === null) open.add(i);
        if (e.kind === "恢复诉讼") {
          for (const j of open) if (evs[j]?.kind === "中止诉讼") open.delete(j);
        }
      });
      for (const j of open) {
        if (asOfDay - day(evs[j]?.from as string) >= 90) {
          co.openInterval90++;
          break;
        }
      }
    }
    const timeline = demoTimeline(r, evs);
    const res = computeTimeLimit(timeline, asOf);
    inc(status, res.status);
    if (res.status === "closed-on-time" || res.status === "closed-late") {
      co.closedWithLimit++;
      if (res.naturalDays > 0 && res.excludedDays > 0.3 * res.naturalDays) co.excludedOver30++;
      if (res.status === "closed-on-time") {
        const base = evs.length === 0 ? res : computeTimeLimit({ ...timeline, events: [] }, asOf);
        if (base.deadline && (r.closedOn as string) > base.deadline) co.naturalOverBase++;
      }
    }
    if (extensions > 0) lateExtensions(timeline, asOf, co);
    if (category === "civil") {
      for (const e of timeline.events) {
        if (
          e.kind === "procedureChange" &&
          e.newProcedure === "普通程序" &&
          res.originalProcedure === "简易程序"
        ) {
          co.conversions++;
          const before = timeline.events.filter(
            (x) => (x.kind === "exclusion" || x.kind === "suspension") && x.from < e.from,
          );
          const summary: TimeLimitResult = computeTimeLimit(
            { ...timeline, closedOn: null, events: before },
            e.from,
          );
          if (summary.deadline && day(e.from) >= day(summary.deadline) - 14) co.lateConversion++;
        }
      }
    }

    // Withdraw and refile.
    if (type === "民初") {
      const key = `${r.plaintiffs}|${r.defendants}|${r.cause}`;
      const w = withdrawn.get(key);
      if (w !== undefined && filed - w >= 1 && filed - w <= 90) co.refile++;
      if (isClosed && (r.closureMode === "撤诉" || r.closureMode === "按撤诉处理")) {
        co.withdrawals++;
        withdrawn.set(key, day(r.closedOn as string));
      }
    }
  }

  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const recorded = mc.ordinary + mc.summary + mc.small;
  const extensionRate: Record<string, number> = {};
  for (const [k, n] of Object.entries(extCases)) extensionRate[k] = share(n, procCases[k] ?? 0);
  const counts = [...judges.values()];
  const closedLimited = (status["closed-on-time"] ?? 0) + (status["closed-late"] ?? 0);
  return {
    cases,
    events,
    byType,
    trialShare: share(cases - (categories.enforcement ?? 0), cases),
    enforcementShare: share(categories.enforcement ?? 0, cases),
    criminalShare: share(categories.criminal ?? 0, cases),
    administrativeShare: share(categories.administrative ?? 0, cases),
    enterpriseShare: share(enterprise, cases),
    minchu: {
      total: mc.total,
      ordinaryShare: share(mc.ordinary, recorded),
      summaryShare: share(mc.summary, recorded),
      smallClaimsShare: share(mc.small, recorded),
      summaryPlusSmallShare: share(mc.summary + mc.small, recorded),
      missingProcedure: mc.missing,
      closed: mc.closed,
      judgmentShare: share(mc.modes.判决 ?? 0, mc.closed),
      mediationShare: share(mc.modes.调解 ?? 0, mc.closed),
      withdrawalShare: share((mc.modes.撤诉 ?? 0) + (mc.modes.按撤诉处理 ?? 0), mc.closed),
      modes: mc.modes,
    },
    appealRate: share(appealed, judgments),
    appealOutcomes,
    enforcementAppliedRate: share(enfApplied, enfEligible),
    enforcementModes,
    fromJudgmentShare: share(fromJudgment, enfCases),
    archivedShareOfClosed: share(archived, closed),
    eventsByKind,
    extensionRate,
    batchCases,
    batchDays: batchDays.size,
    pending,
    status,
    onTimeRate: share(status["closed-on-time"] ?? 0, closedLimited),
    concealed: {
      naturalOverBase: co.naturalOverBase,
      naturalOverBaseShare: share(co.naturalOverBase, co.closedWithLimit),
      openInterval90: co.openInterval90,
      longNotice: co.longNotice,
      longNoticeShare: share(co.longNotice, co.notices),
      lateExtension: co.lateExtension,
      lateExtensionShare: share(co.lateExtension, co.extensions),
      repeatExtension: co.repeatExtension,
      lateConversion: co.lateConversion,
      lateConversionShare: share(co.lateConversion, co.conversions),
      refile: co.refile,
      refileShareOfWithdrawals: share(co.refile, co.withdrawals),
      excludedOver30: co.excludedOver30,
      excludedOver30Share: share(co.excludedOver30, co.closedWithLimit),
    },
    dataQuality: dq,
    labels,
    judges: { count: judges.size, min: Math.min(...counts), max: Math.max(...counts) },
  };
}

/** Counts extensions approved after, or fewer than 15 days before, the deadline they extend. */
function lateExtensions(
  timeline: Timeline,
  asOf: string,
  co: { lateExtension: number; extensions: number },
): void {
  const sorted = timeline.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.from < b.e.from ? -1 : a.e.from > b.e.from ? 1 : a.i - b.i));
  for (let k = 0; k < sorted.length; k++) {
    const cur = sorted[k]?.e;
    if (cur?.kind !== "extension") continue;
    co.extensions++;
    // The deadline in force before this extension: every event but this and later extensions.
    const before = sorted.filter((x, j) => !(x.e.kind === "extension" && j >= k)).map((x) => x.e);
    const r = computeTimeLimit({ ...timeline, closedOn: null, events: before }, asOf);
    if (r.deadline && day(cur.from) > day(r.deadline) - 15) co.lateExtension++;
  }
}
