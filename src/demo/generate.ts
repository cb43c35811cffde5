/**
 * `generateDemoCourt` — a deterministic generator of a realistic basic court's cases in the
 * import format (docs/import-format.md), calibrated on 鄂尔多斯市东胜区人民法院 (内0602); the
 * calibration and every share are in docs/demo-data.md and src/demo/catalog.ts.
 *
 * How a case is made: its filing day comes from a seasonal allocation of the total over the
 * window's working days; its type, cause, parties, procedure, division and judge are drawn; its
 * "true" life is planned in full — time-limit events, the closing date (drawn against the
 * deadline that `computeTimeLimit` gives for those events), appeal, enforcement, archiving —
 * and only then cut at `asOf`: anything dated after it is not yet known (a case closing later is
 * pending, an interval ending later is open). Pure: no clock, no Math.random(); cases are
 * yielded one at a time in filing order with small rolling state (batches, refilings, enforcement
 * applications), so a million cases never sit in memory.
 */
import {
  civilFromDays,
  type DayNumber,
  daysFromCivil,
  type IsoDate,
  isoWeekday,
  tryParseIsoDate,
} from "../domain/calendar/civil-date.js";
import type { LegalCalendar } from "../domain/calendar/legal-calendar.js";
import type { PeriodLength } from "../domain/calendar/period.js";
import type { CaseCategory } from "../domain/case/category.js";
import type { Procedure } from "../domain/case/procedure.js";
import { formatCaseNumber, lookupTypeCode } from "../domain/case-number/index.js";
import {
  type CaseIdentity,
  computeTimeLimit,
  type ExclusionReason,
  parsePeriodLength,
  type TimeLimitEvent,
} from "../domain/time-limit/index.js";
import {
  APPEAL_RATE,
  ARCHIVE_DELAY,
  ARCHIVE_MISSING,
  CIVIL_CAUSES,
  CIVIL_PROCEDURE,
  CIVIL_ROUTING,
  type CivilCause,
  CONVERSIONS,
  CRIMINAL_PROCEDURE,
  DATA_QUALITY,
  DURATION,
  ENFORCEMENT_APPLIED,
  EXCLUSION_LENGTH,
  EXCLUSION_RATES,
  EXTENSIONS,
  type ExclusionKind,
  LATE_CONVERSION_SHARE,
  LATE_EXTENSION_SHARE,
  LATE_RATE,
  LONG_INTERVAL_LENGTH,
  LONG_INTERVAL_RATE,
  LONG_NOTICE_SHARE,
  MODE_DURATION,
  NOTICE_PERIOD_CHANGE,
  type PartyKind,
  REFILE_RATE,
  SECOND_EXTENSION,
  STUCK_OVERRUN,
  STUCK_RATE,
  SUSPENSION_END,
} from "./catalog.js";
import { createContext, type DemoContext, type EnforcementEntry, type RefileEntry } from "./context.js";
import type { DemoCourt, DemoDivision, DivisionKey } from "./court.js";
import type { DateHeap } from "./date-heap.js";
import { iso, nextWorking, prevWorking } from "./dates.js";
import { type Draft, FIRST_INSTANCE, type Party, type TrueEvent } from "./draft.js";
import { clamp } from "./math.js";
import { personName } from "./names.js";
import { planDemoCourt } from "./plan.js";
import { createRng, type Rng, type WeightedTable } from "./rng.js";
import type { DemoTables } from "./tables.js";
import type { DemoCase, DemoEventRow, DemoLabel, DemoOptions, DemoPlan } from "./types.js";

export { planDemoCourt } from "./plan.js";
export type { DemoCase, DemoCaseRow, DemoEventRow, DemoLabel, DemoOptions, DemoPlan } from "./types.js";

/** Streams the demo court's cases in filing order. Same options → the same cases, byte for byte. */
export function* generateDemoCourt(options: DemoOptions): Generator<DemoCase, void, undefined> {
  yield* new DemoGenerator(planDemoCourt(options)).run();
}

// ————————————————————————————————————————————————————————————————————————————————

const FAR: IsoDate = "2199-12-31";
const MONTH_FACTOR = [1.12, 0.95, 1.08, 1.0, 0.97, 1.04, 1.0, 0.95, 1.0, 0.96, 1.03, 0.98];
const WEEKDAY_FACTOR = [0, 1.12, 1.05, 1.0, 1.0, 0.88, 0.6, 0.6];

interface BatchState {
  left: number;
  cause: CivilCause;
  plaintiff: Party;
  division: DemoDivision;
  judge: string;
  procedure: Procedure;
  leaderClosing: DayNumber | null;
  leaderMode: string | null;
}

/** Fen as yuan with two decimals: 1234567 → "12345.67". */
export function formatFen(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen - yuan * 100;
  return `${yuan}.${cents < 10 ? "0" : ""}${cents}`;
}

const PERIOD_CACHE = new Map<string, PeriodLength>();
function period(text: string): PeriodLength {
  let p = PERIOD_CACHE.get(text);
  if (!p) {
    p = parsePeriodLength(text);
    if (!p) throw new Error(`demo: bad period ${text}`);
    PERIOD_CACHE.set(text, p);
  }
  return p;
}

class DemoGenerator {
  private readonly ctx: DemoContext;
  private readonly rng: Rng;
  private readonly cal: LegalCalendar;
  private readonly court: DemoCourt;
  private readonly asOf: DayNumber;
  private readonly windowStart: DayNumber;
  private readonly windowEnd: DayNumber;
  private readonly fromYear: number;
  private readonly counters: Map<string, number>;
  private readonly refiles: DateHeap<RefileEntry>;
  private readonly applications: DateHeap<EnforcementEntry>;
  private batch: BatchState | null = null;
  private readonly deadlineMemo: Map<string, number | null>;
  private readonly tables: DemoTables;

  constructor(private readonly plan: DemoPlan) {
    const ctx = createContext(plan);
    this.ctx = ctx;
    this.rng = ctx.rng;
    this.cal = ctx.cal;
    this.court = ctx.court;
    this.asOf = ctx.asOf;
    this.windowStart = ctx.windowStart;
    this.windowEnd = ctx.windowEnd;
    this.fromYear = ctx.fromYear;
    this.counters = ctx.sequences;
    this.refiles = ctx.refiles;
    this.applications = ctx.applications;
    this.deadlineMemo = ctx.deadlineMemo;
    this.tables = ctx.tables;
  }

  *run(): Generator<DemoCase, void, undefined> {
    const { days, counts } = this.allocate();
    yield* this.backlog();
    const total = this.plan.cases - this.plan.backlog;
    let generated = 0;
    // A batch filed on one day may overflow that day's quota; the overflow is repaid from the
    // following days' quotas (at most 40 % of each), so the total stays exact.
    let debt = 0;
    for (let i = 0; i < days.length; i++) {
      const d = days[i] as number;
      let quota = counts[i] as number;
      const pay = Math.min(debt, Math.floor(quota * 0.4));
      quota -= pay;
      debt -= pay;
      if (i === days.length - 1) quota = total - generated;
      let k = 0;
      while (generated < total && (k < quota || (this.batch !== null && this.batch.left > 0))) {
        yield this.nextCase(d, total - generated);
        generated++;
        if (++k > quota) debt++;
      }
      this.batch = null;
    }
  }

  // ——— calendar helpers ———

  private nextWorking(d: DayNumber): DayNumber {
    return nextWorking(this.cal, d);
  }

  private prevWorking(d: DayNumber, lo: DayNumber): DayNumber {
    return prevWorking(this.cal, d, lo);
  }

  // ——— filing days ———

  /** Working days of the window and how many cases are filed on each (seasonal, deterministic). */
  private allocate(): { days: number[]; counts: Int32Array } {
    const rng = createRng(this.plan.seed, 0x64617973); // "days"
    const days: number[] = [];
    const weights: number[] = [];
    const festivals = new Map<number, [number, number] | null>();
    for (let d = this.windowStart; d <= this.windowEnd; d++) {
      if (!this.cal.isWorkingDay(d)) continue;
      const { year, month, day } = civilFromDays(d);
      if (!festivals.has(year)) festivals.set(year, this.springFestival(year));
      let w = (MONTH_FACTOR[month - 1] as number) * (WEEKDAY_FACTOR[isoWeekday(d)] as number);
      const sf = festivals.get(year);
      if (sf) {
        if (d >= sf[0] - 10 && d < sf[0]) w *= 0.55;
        else if (d > sf[1] && d <= sf[1] + 7) w *= 0.7;
      }
      if (month === 12 && day >= 24) w *= 0.8;
      if (month === 1 && day <= 10) w *= 1.15;
      w *= rng.lognormal(1, 0.12);
      days.push(d);
      weights.push(w);
    }
    const n = this.plan.cases - this.plan.backlog;
    const total = weights.reduce((a, b) => a + b, 0);
    const counts = new Int32Array(days.length);
    let acc = 0;
    let prev = 0;
    for (let i = 0; i < days.length; i++) {
      acc += weights[i] as number;
      const upto = i === days.length - 1 ? n : Math.round((n * acc) / total);
      counts[i] = upto - prev;
      prev = upto;
    }
    return { days, counts };
  }

  /** The Spring Festival break: the longest run of days off between January 15 and February 28. */
  private springFestival(year: number): [number, number] | null {
    const a = daysFromCivil(year, 1, 15);
    const b = daysFromCivil(year, 2, 28);
    if (!this.cal.covers(a) || !this.cal.covers(b)) return null;
    let best: [number, number] | null = null;
    let runStart = -1;
    for (let d = a; d <= b + 1; d++) {
      const off = d <= b && !this.cal.isWorkingDay(d);
      if (off && runStart < 0) runStart = d;
      if (!off && runStart >= 0) {
        if (!best || d - runStart > best[1] - best[0] + 1) best = [runStart, d - 1];
        runStart = -1;
      }
    }
    return best && best[1] - best[0] >= 4 ? best : null;
  }

  // ——— case numbers ———

  private assignNumber(typeCode: string, filed: DayNumber, labels: DemoLabel[], backlogSeq?: number): string {
    const { year, month, day } = civilFromDays(filed);
    let numberYear = year;
    let courtCode = this.court.code;
    const rng = this.rng;
    let sequence: number;
    if (backlogSeq !== undefined) sequence = backlogSeq;
    else {
      if (year - 1 >= this.fromYear) {
        if (month === 1 && day <= 7) {
          if (rng.chance(DATA_QUALITY.earlyJanuaryPreviousYear)) {
            numberYear = year - 1;
            labels.push("early-january-number");
          }
        } else if ((month > 1 || day >= 15) && rng.chance(DATA_QUALITY.caseNumberYear)) {
          numberYear = year - 1;
          labels.push("dq:case-number-year");
        }
      }
      const key = `${typeCode}|${numberYear}`;
      sequence = (this.counters.get(key) ?? 0) + 1;
      this.counters.set(key, sequence);
    }
    if (this.court.neighbours.length > 0 && rng.chance(DATA_QUALITY.foreignCourtCode)) {
      courtCode = rng.pick(this.court.neighbours);
      labels.push("dq:foreign-court-code");
    }
    return formatCaseNumber({ year: numberYear, courtCode, typeCode, sequence });
  }

  // ——— parties ———

  private party(kind: PartyKind): Party {
    const p = this.court.parties;
    const rng = this.rng;
    switch (kind) {
      case "person":
        return { name: personName(rng), enterprise: false };
      case "company":
        return { name: rng.pick(p.companies), enterprise: true };
      case "bank":
        return { name: rng.pick(p.banks), enterprise: true };
      case "card":
        return { name: rng.pick(p.cardCentres), enterprise: true };
      case "property":
        return { name: rng.pick(p.propertyCompanies), enterprise: true };
      case "heating":
        return { name: rng.pick(p.heatingCompanies), enterprise: true };
      case "insurer":
        return { name: rng.pick(p.insurers), enterprise: true };
      case "developer":
        return { name: rng.pick(p.developers), enterprise: true };
      case "builder":
        return { name: rng.pick(p.builders), enterprise: true };
      case "lender":
        return { name: rng.pick(p.lenders), enterprise: true };
      case "guarantor":
        return { name: rng.pick(p.guarantors), enterprise: true };
      case "agency":
        return { name: rng.pick(p.agencies), enterprise: false };
      case "prosecutor":
        return { name: this.court.procuratorate, enterprise: false };
    }
  }

  private defendantsOf(spec: CivilCause["defendants"]): Party[] {
    const out: Party[] = [];
    for (const s of spec) {
      if (typeof s === "string") out.push(this.party(s));
      else if (this.rng.chance(s[1])) out.push(this.party(s[0]));
    }
    // Every case has a defendant: when none of the optional ones came, a person.
    if (out.length === 0) out.push(this.party("person"));
    return out;
  }

  private amountOf(c: CivilCause): number | null {
    if (!c.amount || (c.amountMissing && this.rng.chance(c.amountMissing))) return null;
    const [median, sigma, cents] = c.amount;
    const y = clamp(this.rng.lognormal(median, sigma), 300, 80_000_000);
    return this.yuan(y, cents);
  }

  private yuan(y: number, cents: boolean): number {
    if (cents) return Math.round(y * 100);
    if (y >= 10_000 && this.rng.chance(0.6)) return Math.round(y / 1000) * 100_000;
    return Math.round(y) * 100;
  }

  private judgeOf(div: DemoDivision): string {
    return this.rng.weighted(div.judgeTable).name;
  }

  // ——— drafts ———

  private newDraft(typeCode: string, filed: DayNumber, labels: DemoLabel[], backlogSeq?: number): Draft {
    const identity = this.tables.identities.get(typeCode) as CaseIdentity;
    return {
      typeCode,
      identity,
      filed,
      caseNumber: this.assignNumber(typeCode, filed, labels, backlogSeq),
      labels,
      cause: null,
      procedure: null,
      recordedProcedure: null,
      division: this.court.division.fastTrack,
      judge: "",
      plaintiffs: [],
      defendants: [],
      enterpriseExtra: false,
      amountFen: null,
      exclusionRates: {},
      mode: "其他",
      events: [],
      closing: null,
      finalProcedure: null,
      appeal: null,
      enforcementOn: null,
      recoveredFen: null,
      archived: null,
    };
  }

  /** The next case filed on day d; `budget`: cases still to generate (a batch never exceeds it). */
  private nextCase(d: DayNumber, budget: number): DemoCase {
    const rng = this.rng;
    if (this.batch && this.batch.left > 0) return this.render(this.batchMember(d));
    const refile = this.refiles.peek();
    if (refile && refile.date <= d) {
      this.refiles.pop();
      return this.finish(this.refiled(d, refile));
    }
    const type = rng.weighted(this.tables.type);
    if (type === "民初") {
      const cause = rng.weighted(this.tables.cause);
      const p = this.tables.batchStart.get(cause.name);
      if (p !== undefined && cause.batch && budget >= 8 && rng.chance(p)) {
        return this.render(this.batchLeader(d, cause, budget));
      }
      return this.finish(this.civil(d, cause, []));
    }
    return this.finish(this.other(type, d));
  }

  /** Closure mode, timing, appeal, enforcement, archive; then cut at asOf. */
  private finish(x: Draft): DemoCase {
    this.outcome(x);
    return this.render(x);
  }

  // ——— 民初 ———

  private civil(
    filed: DayNumber,
    cause: CivilCause,
    labels: DemoLabel[],
    given?: { plaintiffs: Party[]; defendants: Party[]; amountFen: number | null; division?: DemoDivision },
  ): Draft {
    const rng = this.rng;
    const x = this.newDraft("民初", filed, labels);
    x.cause = cause.name;
    x.plaintiffs = given?.plaintiffs ?? [this.party(cause.plaintiff)];
    x.defendants = given?.defendants ?? this.defendantsOf(cause.defendants);
    x.amountFen = given ? given.amountFen : this.amountOf(cause);
    const pOrd = CIVIL_PROCEDURE.ordinary[cause.group];
    const pSmall = cause.small && x.amountFen !== null ? CIVIL_PROCEDURE.smallClaims : 0;
    const u = rng.next();
    const proc: Procedure = u < pOrd ? "普通程序" : u < pOrd + pSmall ? "小额诉讼程序" : "简易程序";
    if (proc === "小额诉讼程序") x.amountFen = this.capSmall(x.amountFen);
    x.procedure = proc;
    let key = rng.weighted(this.tables.routing.get(cause.group) as WeightedTable<DivisionKey>);
    if (proc === "小额诉讼程序" && cause.group !== "complex" && rng.chance(0.3)) key = "fastTrack";
    if (key === "fastTrack" && proc === "普通程序") key = CIVIL_ROUTING[cause.group][0]![0];
    x.division = given?.division ?? this.court.division[key];
    x.judge = this.judgeOf(x.division);
    this.civilCommon(x, cause);
    return x;
  }

  private capSmall(fen: number | null): number | null {
    if (fen === null) return null;
    const cap = CIVIL_PROCEDURE.smallClaimsCap * 100;
    if (fen <= cap) return fen;
    return Math.round(this.rng.uniform(0.04, 1) * cap);
  }

  private civilCommon(x: Draft, cause: CivilCause): void {
    const base = EXCLUSION_RATES.民初 ?? {};
    x.exclusionRates = {
      ...base,
      ...(cause.notice !== undefined ? { 公告: cause.notice } : {}),
      ...(cause.appraisal !== undefined ? { 鉴定: cause.appraisal } : {}),
      ...(cause.jurisdiction !== undefined ? { 管辖异议: cause.jurisdiction } : {}),
      ...(cause.audit !== undefined ? { 审计评估: cause.audit } : {}),
    };
    const rng = this.rng;
    x.recordedProcedure = x.procedure;
    if (rng.chance(DATA_QUALITY.missingProcedure)) {
      x.recordedProcedure = null;
      x.labels.push("dq:missing-procedure");
    } else if (rng.chance(DATA_QUALITY.secondInstanceProcedure)) {
      x.recordedProcedure = "第二审程序";
      x.labels.push("dq:procedure-type-mismatch");
    }
  }

  private batchLeader(d: DayNumber, cause: CivilCause, budget: number): Draft {
    const rng = this.rng;
    const [lo, hi] = cause.batch!.size;
    const size = Math.min(rng.between(lo, hi), budget);
    const plaintiff = this.party(cause.plaintiff);
    const group = this.tables.routing.get(cause.group) as WeightedTable<DivisionKey>;
    const division = this.court.division[rng.weighted(group)];
    const procedure: Procedure = rng.chance(CIVIL_PROCEDURE.smallClaimsBatch) ? "小额诉讼程序" : "简易程序";
    this.batch = {
      left: size,
      cause,
      plaintiff,
      division,
      judge: this.judgeOf(division),
      procedure,
      leaderClosing: null,
      leaderMode: null,
    };
    return this.batchMember(d);
  }

  private batchMember(d: DayNumber): Draft {
    const b = this.batch as BatchState;
    const leader = b.leaderMode === null;
    b.left--;
    const x = this.newDraft("民初", d, ["batch"]);
    x.cause = b.cause.name;
    x.plaintiffs = [b.plaintiff];
    x.defendants = this.defendantsOf(b.cause.defendants);
    x.amountFen = this.amountOf(b.cause);
    x.procedure = b.procedure;
    if (x.procedure === "小额诉讼程序") x.amountFen = this.capSmall(x.amountFen);
    if (x.amountFen === null && x.procedure === "小额诉讼程序") x.procedure = "简易程序";
    x.division = b.division;
    x.judge = b.judge;
    this.civilCommon(x, b.cause);
    const share = !leader && this.rng.chance(0.7) && b.leaderClosing !== null;
    this.outcome(x, share ? { closing: b.leaderClosing as number, mode: b.leaderMode as string } : undefined);
    if (leader) {
      b.leaderMode = x.mode;
      const plain = x.events.length === 0 && !x.labels.includes("late") && !x.labels.includes("stuck");
      b.leaderClosing = plain ? x.closing : null;
    }
    return x;
  }

  private refiled(d: DayNumber, r: RefileEntry): Draft {
    return this.civil(d, r.cause, ["co:refile"], {
      plaintiffs: r.plaintiffs,
      defendants: r.defendants,
      amountFen: r.amountFen,
      division: r.division,
    });
  }

  // ——— the other type codes ———

  private other(type: string, filed: DayNumber, backlogSeq?: number): Draft {
    const rng = this.rng;
    const labels: DemoLabel[] = backlogSeq !== undefined ? ["backlog"] : [];
    const div = this.court.division;
    switch (type) {
      case "刑初": {
        const x = this.newDraft(type, filed, labels, backlogSeq);
        const charge = rng.weighted(this.tables.charge);
        x.cause = charge.name;
        const [fast, summary] = CRIMINAL_PROCEDURE[charge.mix];
        const u = rng.next();
        x.procedure = u < fast ? "速裁程序" : u < fast + summary ? "简易程序" : "普通程序";
        x.recordedProcedure = x.procedure;
        x.plaintiffs = [this.party("prosecutor")];
        const n = charge.maxDefendants === 1 ? 1 : Math.min(charge.maxDefendants, 1 + rng.geometric(0.35));
        x.defendants = Array.from({ length: n }, () => this.party("person"));
        x.enterpriseExtra = rng.chance(charge.enterprise);
        x.division = div.criminal;
        x.judge = this.judgeOf(x.division);
        const rates = { ...EXCLUSION_RATES.刑初 };
        if (x.procedure !== "普通程序") delete rates.补充侦查;
        x.exclusionRates = rates;
        return x;
      }
      case "行初": {
        const x = this.newDraft(type, filed, labels, backlogSeq);
        x.cause = rng.weighted(this.tables.admin);
        x.procedure = rng.chance(0.85) ? "普通程序" : "简易程序";
        x.recordedProcedure = x.procedure;
        x.plaintiffs = [this.party(rng.chance(0.85) ? "person" : "company")];
        x.defendants = [this.party("agency")];
        if (rng.chance(0.1)) x.defendants.push({ name: `${this.court.place}人民政府`, enterprise: false });
        x.division = div.administrative;
        x.judge = this.judgeOf(x.division);
        x.exclusionRates = EXCLUSION_RATES.行初 ?? {};
        return x;
      }
      case "行审": {
        const x = this.newDraft(type, filed, labels);
        x.cause = rng.weighted(this.tables.adminReview);
        x.plaintiffs = [this.party("agency")];
        x.defendants = [this.party(rng.chance(0.6) ? "person" : "company")];
        x.amountFen = rng.chance(0.5)
          ? this.yuan(clamp(rng.lognormal(5000, 1), 200, 2_000_000), false)
          : null;
        x.division = div.administrative;
        x.judge = this.judgeOf(x.division);
        return x;
      }
      case "民特": {
        const x = this.newDraft(type, filed, labels);
        const cause = rng.weighted(this.tables.special);
        x.cause = cause;
        x.procedure = "特别程序";
        x.recordedProcedure = x.procedure;
        if (cause === "申请司法确认调解协议") {
          x.plaintiffs = [this.party("person"), this.party(rng.chance(0.7) ? "person" : "company")];
          x.amountFen = rng.chance(0.5)
            ? this.yuan(clamp(rng.lognormal(30_000, 1), 500, 5_000_000), false)
            : null;
        } else if (cause === "申请实现担保物权") {
          x.plaintiffs = [this.party(rng.chance(0.7) ? "bank" : "lender")];
          x.defendants = [this.party("person")];
          x.amountFen = this.yuan(clamp(rng.lognormal(200_000, 0.8), 10_000, 20_000_000), true);
        } else {
          x.plaintiffs = [this.party("person")];
          x.defendants = [this.party("person")];
          if (cause === "申请宣告自然人失踪") x.statutoryNotice = 90;
          if (cause === "申请宣告自然人死亡") x.statutoryNotice = 365;
        }
        const k = rng.next();
        x.division = k < 0.7 ? div.fastTrack : k < 0.85 ? div.tribunal1 : div.tribunal2;
        x.judge = this.judgeOf(x.division);
        return x;
      }
      case "民督": {
        const x = this.newDraft(type, filed, labels);
        x.cause = "申请支付令";
        x.procedure = "督促程序";
        x.recordedProcedure = x.procedure;
        x.plaintiffs = [this.party(rng.chance(0.7) ? "company" : "bank")];
        x.defendants = [this.party(rng.chance(0.6) ? "person" : "company")];
        x.amountFen = this.yuan(clamp(rng.lognormal(40_000, 1), 1000, 5_000_000), true);
        x.division = div.fastTrack;
        x.judge = this.judgeOf(x.division);
        return x;
      }
      case "民撤": {
        const x = this.newDraft(type, filed, labels);
        x.cause = "第三人撤销之诉";
        x.procedure = "普通程序";
        x.recordedProcedure = x.procedure;
        x.plaintiffs = [this.party("person")];
        x.defendants = [this.party("person"), this.party(rng.chance(0.5) ? "person" : "company")];
        x.amountFen = rng.chance(0.5)
          ? this.yuan(clamp(rng.lognormal(200_000, 1), 5000, 20_000_000), false)
          : null;
        x.division = rng.chance(0.5) ? div.civil1 : div.civil2;
        x.judge = this.judgeOf(x.division);
        x.exclusionRates = EXCLUSION_RATES.民撤 ?? {};
        return x;
      }
      case "财保": {
        const x = this.newDraft(type, filed, labels);
        x.cause = rng.chance(0.8) ? "申请诉前财产保全" : "申请仲裁前财产保全";
        x.plaintiffs = [this.party(rng.chance(0.6) ? "person" : "company")];
        x.defendants = [this.party(rng.chance(0.6) ? "person" : "company")];
        x.amountFen = this.yuan(clamp(rng.lognormal(100_000, 1.1), 2000, 50_000_000), false);
        x.division = div.fastTrack;
        x.judge = this.judgeOf(x.division);
        return x;
      }
      case "执":
      case "执恢": {
        const x = this.newDraft(type, filed, labels, backlogSeq);
        const app = type === "执" && backlogSeq === undefined ? this.applications.peek() : undefined;
        if (app && app.date <= filed) {
          this.applications.pop();
          x.cause = app.cause;
          x.plaintiffs = app.plaintiffs;
          x.defendants = app.defendants;
          x.amountFen = Math.round(app.amountFen * rng.uniform(0.85, 1.15));
          x.procedure = "执行实施";
          x.labels.push("from-judgment");
        } else if (type === "执" && rng.chance(0.04)) {
          x.cause = rng.weighted(this.tables.adminReview);
          x.procedure = "非诉执行";
          x.plaintiffs = [this.party("agency")];
          x.defendants = [this.party(rng.chance(0.6) ? "person" : "company")];
          x.amountFen = this.yuan(clamp(rng.lognormal(8000, 1), 200, 5_000_000), false);
        } else {
          const c = rng.weighted(this.tables.moneyCause);
          x.cause = c.name;
          x.procedure = "执行实施";
          x.plaintiffs = [this.party(c.plaintiff)];
          x.defendants = this.defendantsOf(c.defendants);
          x.amountFen = this.amountOf(c) ?? this.yuan(rng.lognormal(50_000, 1), false);
        }
        x.recordedProcedure = x.procedure;
        x.division = x.procedure === "非诉执行" || rng.chance(0.5) ? div.enforcement2 : div.enforcement1;
        x.judge = this.judgeOf(x.division);
        x.exclusionRates = EXCLUSION_RATES[type] ?? {};
        return x;
      }
      case "执保": {
        const x = this.newDraft(type, filed, labels);
        const c = rng.weighted(this.tables.moneyCause);
        x.cause = c.name;
        x.plaintiffs = [this.party(c.plaintiff)];
        x.defendants = this.defendantsOf(c.defendants);
        x.amountFen = this.amountOf(c) ?? this.yuan(rng.lognormal(50_000, 1), false);
        x.division = rng.chance(0.6) ? div.enforcement1 : div.enforcement2;
        x.judge = this.judgeOf(x.division);
        return x;
      }
      case "执异": {
        const x = this.newDraft(type, filed, labels);
        x.procedure = "执行审查";
        x.recordedProcedure = x.procedure;
        x.plaintiffs = [this.party(rng.chance(0.8) ? "person" : "company")];
        x.defendants = [this.party(rng.chance(0.6) ? "person" : "company")];
        x.division = rng.chance(0.5) ? div.enforcement1 : div.enforcement2;
        x.judge = this.judgeOf(x.division);
        return x;
      }
    }
    throw new Error(`demo: no generator for ${type}`);
  }

  // ——— backlog (旧存) ———

  private *backlog(): Generator<DemoCase, void, undefined> {
    const n = this.plan.backlog;
    if (n === 0) return;
    const rng = createRng(this.plan.seed, 0x6f6c64); // "old"
    const lo = Math.max(this.windowStart - 3 * 365, daysFromCivil(this.cal.firstYear, 1, 1));
    const hi = this.windowStart - 400;
    const picks: { day: number; type: string }[] = [];
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      const type = u < 0.55 ? "民初" : u < 0.9 ? "执" : u < 0.95 ? "行初" : "刑初";
      picks.push({ day: this.nextWorking(rng.between(lo, hi)), type });
    }
    picks.sort((a, b) => a.day - b.day);
    const used = new Set<string>();
    const maxSeq: Record<string, number> = { 民初: 9000, 执: 6500, 行初: 220, 刑初: 1600 };
    for (const { day, type } of picks) {
      let seq = 0;
      const year = civilFromDays(day).year;
      do seq = rng.between(1, maxSeq[type] as number);
      while (used.has(`${type}|${year}|${seq}`));
      used.add(`${type}|${year}|${seq}`);
      let x: Draft;
      if (type === "民初") {
        const cause = this.rng.weighted(this.tables.cause);
        x = this.newDraft("民初", day, ["backlog"], seq);
        x.cause = cause.name;
        x.plaintiffs = [this.party(cause.plaintiff)];
        x.defendants = this.defendantsOf(cause.defendants);
        x.amountFen = this.amountOf(cause);
        x.procedure = "普通程序";
        x.division = this.court.division[CIVIL_ROUTING[cause.group][0]![0]];
        x.judge = this.judgeOf(x.division);
        this.civilCommon(x, cause);
      } else x = this.other(type, day, seq);
      this.outcome(x, undefined, true);
      yield this.render(x);
    }
  }

  // ——— the life of a case ———

  private ruleKey(x: Draft, proc: Procedure | null): string {
    return x.typeCode === "民初" ||
      x.typeCode === "刑初" ||
      x.typeCode === "行初" ||
      x.typeCode === "执" ||
      x.typeCode === "执恢"
      ? `${x.typeCode}|${proc}`
      : x.typeCode;
  }

  private deadline(x: Draft, events: TrueEvent[]): DayNumber | null {
    let memoKey: string | undefined;
    if (events.length === 0) {
      memoKey = `${x.typeCode}|${x.procedure}|${x.filed}`;
      const hit = this.deadlineMemo.get(memoKey);
      if (hit !== undefined || this.deadlineMemo.has(memoKey)) return hit ?? null;
    }
    const tlEvents: TimeLimitEvent[] = events.map((e): TimeLimitEvent => {
      switch (e.kind) {
        case "extension":
          return { kind: "extension", from: iso(e.from), length: period(e.length), approvedBy: e.approvedBy };
        case "exclusion":
          return {
            kind: "exclusion",
            reason: e.reason,
            from: iso(e.from),
            to: e.to === null ? null : iso(e.to),
          };
        case "suspension":
          return { kind: "suspension", from: iso(e.from), to: e.to === null ? null : iso(e.to) };
        default:
          return { kind: "procedureChange", from: iso(e.from), newProcedure: e.newProcedure };
      }
    });
    const r = computeTimeLimit(
      {
        caseNumber: x.caseNumber,
        procedure: x.procedure,
        filedOn: iso(x.filed),
        closedOn: null,
        events: tlEvents,
      },
      FAR,
      undefined,
      x.identity,
    );
    const d = r.deadline === null ? null : (tryParseIsoDate(r.deadline) as number);
    if (memoKey !== undefined) {
      if (this.deadlineMemo.size > 100_000) this.deadlineMemo.clear();
      this.deadlineMemo.set(memoKey, d);
    }
    return d;
  }

  private drawMode(x: Draft): string {
    if (x.typeCode === "民特") {
      const confirm = x.cause === "申请司法确认调解协议" || x.cause === "申请实现担保物权";
      return this.rng.weighted(confirm ? this.tables.specialConfirm : this.tables.specialDeclare);
    }
    const t = this.tables.modes.get(x.typeCode);
    return t ? this.rng.weighted(t) : "其他";
  }

  private exclusionLength(kind: ExclusionKind | "中止", from: DayNumber, x: Draft): number {
    const rng = this.rng;
    if (kind === "公告") {
      const periodDays = iso(from) >= NOTICE_PERIOD_CHANGE ? 30 : 60;
      if (periodDays === 30 && x.typeCode === "民初" && rng.chance(LONG_NOTICE_SHARE)) {
        x.labels.push("co:long-notice");
        return rng.between(60, 90);
      }
      return periodDays + 1 + rng.between(0, 8);
    }
    const [median, sigma, lo, hi] = EXCLUSION_LENGTH[kind];
    return Math.round(clamp(rng.lognormal(median, sigma), lo, hi));
  }

  private static readonly NOTES: Record<ExclusionKind | "中止", readonly string[]> = {
    公告: ["公告送达起诉状副本及开庭传票", "被告下落不明，公告送达", "公告送达应诉材料"],
    鉴定: ["委托司法鉴定", "委托伤残等级鉴定", "委托工程造价鉴定", "委托笔迹鉴定"],
    管辖异议: ["被告提出管辖权异议", "管辖权异议上诉期间"],
    审计评估: ["委托审计", "委托评估", "财产评估拍卖"],
    和解: ["当事人申请庭外和解"],
    调解: ["委托调解"],
    补充侦查: ["检察院建议补充侦查"],
    中止: [
      "本案须以另一案审理结果为依据",
      "一方当事人丧失诉讼行为能力",
      "涉嫌刑事犯罪，移送公安机关",
      "被执行人无财产可供执行，中止执行",
    ],
  };

  private static readonly REASON: Record<ExclusionKind, ExclusionReason> = {
    公告: "公告",
    鉴定: "鉴定",
    管辖异议: "管辖异议",
    审计评估: "审计评估",
    和解: "和解",
    调解: "调解",
    补充侦查: "补充侦查",
  };

  /**
   * Plans the whole life of the case: mode, events, closing (true dates, before the asOf cut).
   * `shared`: a batch member tried together with its leader. `backlog`: never closes in sight.
   */
  private outcome(x: Draft, shared?: { closing: DayNumber; mode: string }, backlog = false): void {
    const rng = this.rng;
    const F = x.filed;
    x.mode = shared?.mode ?? this.drawMode(x);
    let proc = x.procedure;
    const events: TrueEvent[] = [];
    const base = this.deadline(x, []);

    if (base === null) {
      // No statutory limit (执保): quick, now and then slow.
      const [m, s] = DURATION[x.typeCode] ?? [5, 0.8];
      x.closing = backlog ? null : this.prevWorking(F + Math.round(clamp(rng.lognormal(m, s), 0, 400)), F);
      x.finalProcedure = proc;
      this.afterClosing(x);
      return;
    }
    const limitDays = base - F;
    let cursor = F;
    let segmentStart = F;
    // The deadline so far (approximately: each interval pushes it by its length). Intervals start
    // before it, so a case is never overdue between two intervals unless it is meant to be.
    let end = base;

    // 程序转换.
    const conv = CONVERSIONS[this.ruleKey(x, proc)];
    if (conv) {
      for (const [to, p] of conv) {
        if (!rng.chance(p)) continue;
        let c: DayNumber;
        const civilSummary = x.identity.category === "civil" && proc === "简易程序";
        if (x.identity.category === "criminal")
          c = this.nextWorking(F + rng.between(1, Math.max(1, limitDays - 3)));
        else if (civilSummary && rng.chance(LATE_CONVERSION_SHARE)) {
          c = this.nextWorking(base + rng.between(-14, 12));
          x.labels.push("co:late-conversion");
        } else {
          c = this.nextWorking(F + rng.between(7, Math.max(8, limitDays - 22)));
          if (c > base - 15) c = this.prevWorking(base - 15 - rng.between(0, 5), F + 1);
        }
        events.push({ kind: "procedureChange", from: c, newProcedure: to, note: conversionNote(proc, to) });
        proc = to;
        cursor = c;
        segmentStart = c;
        end = this.deadline(x, events) as number;
        break;
      }
    }
    x.finalProcedure = proc;
    const key = this.ruleKey(x, proc);

    // 扣除审限 and 中止诉讼, placed one after another.
    let excluded = 0;
    if (x.statutoryNotice) {
      const from = this.nextWorking(F + rng.between(2, 8));
      const to = from + x.statutoryNotice - 1;
      events.push({
        kind: "exclusion",
        reason: "公告",
        from,
        to,
        note: `宣告${x.statutoryNotice === 90 ? "失踪" : "死亡"}公告期间`,
      });
      excluded += x.statutoryNotice;
      end += x.statutoryNotice;
      cursor = to;
    }
    const kinds: (ExclusionKind | "中止")[] = [
      "管辖异议",
      "公告",
      "鉴定",
      "审计评估",
      "和解",
      "调解",
      "补充侦查",
      "中止",
    ];
    for (const kind of kinds) {
      const rate = x.exclusionRates[kind];
      if (!rate || !rng.chance(rate)) continue;
      const room = Math.max(1, Math.floor((end - cursor) / 2));
      const gap =
        kind === "管辖异议" ? rng.between(3, 15) : kind === "公告" ? rng.between(3, 25) : rng.between(8, 40);
      const from = this.nextWorking(cursor + Math.min(gap, room));
      const len = this.exclusionLength(kind, from, x);
      const to = from + len - 1;
      const note = rng.pick(DemoGenerator.NOTES[kind]);
      if (kind === "中止") {
        events.push({
          kind: "suspension",
          from,
          to,
          resumptionRow: rng.chance(SUSPENSION_END.resumptionRow),
          note,
        });
      } else events.push({ kind: "exclusion", reason: DemoGenerator.REASON[kind], from, to, note });
      excluded += len;
      end += len;
      cursor = to;
    }
    const longRate = LONG_INTERVAL_RATE[x.typeCode];
    if (backlog || (longRate && rng.chance(longRate))) {
      const from = this.nextWorking(
        cursor + Math.min(rng.between(10, 60), Math.max(1, Math.floor((end - cursor) / 2))),
      );
      const [m, s, lo, hi] = LONG_INTERVAL_LENGTH;
      const len = Math.round(clamp(rng.lognormal(m, s), lo, hi));
      const u = rng.next();
      const enforcement = x.identity.category === "enforcement";
      const suspend = backlog || u < (enforcement ? 0.7 : x.typeCode === "行初" ? 0.6 : 0.4);
      const to = backlog && rng.chance(0.5) ? null : from + len - 1;
      if (suspend) {
        events.push({
          kind: "suspension",
          from,
          to,
          resumptionRow: rng.chance(0.5),
          note: enforcement ? "被执行人无财产可供执行，中止执行" : "本案须以另一案审理结果为依据",
        });
      } else {
        const reason: ExclusionReason = enforcement || u > 0.8 ? "审计评估" : "鉴定";
        events.push({
          kind: "exclusion",
          reason,
          from,
          to,
          note: reason === "鉴定" ? "委托司法鉴定" : "委托审计评估",
        });
      }
      if (!backlog) x.labels.push("long-interval");
      excluded += len;
      cursor = to ?? cursor;
    }

    // 延长审限.
    const d0 = events.length === 0 ? base : (this.deadline(x, events) as number);
    let prevDeadline = d0;
    let finalDeadline = d0;
    let extended = false;
    const ext = EXTENSIONS[key];
    if (ext && rng.chance(ext.rate)) {
      const a = this.extensionDay(x, d0, segmentStart);
      events.push({
        kind: "extension",
        from: a,
        length: ext.length,
        approvedBy: ext.approvedBy,
        note: ext.note,
      });
      cursor = Math.max(cursor, a);
      let d1 = this.deadline(x, events) as number;
      extended = true;
      const second = SECOND_EXTENSION[key];
      if (ext.second && second && rng.chance(ext.second)) {
        prevDeadline = d1;
        const a2 = this.extensionDay(x, d1, Math.max(segmentStart, a));
        events.push({
          kind: "extension",
          from: a2,
          length: second.length,
          approvedBy: second.approvedBy,
          note: second.note,
        });
        cursor = Math.max(cursor, a2);
        d1 = this.deadline(x, events) as number;
        x.labels.push("co:repeat-extension");
      }
      finalDeadline = d1;
    }
    x.events = events;

    // Closing.
    const late = rng.chance(LATE_RATE[x.typeCode] ?? 0);
    const stuck = !late && rng.chance(STUCK_RATE[x.typeCode] ?? 0);
    const lower = cursor > F ? cursor + 1 : F;
    let closing: DayNumber | null;
    if (backlog) closing = null;
    else if (stuck) {
      const [m, s, lo, hi] = STUCK_OVERRUN;
      closing = this.nextWorking(
        Math.max(finalDeadline, lower) + Math.round(clamp(rng.lognormal(m, s), lo, hi)),
      );
      x.labels.push("stuck");
    } else if (late) {
      closing = this.nextWorking(Math.max(finalDeadline, lower) + 1 + Math.min(rng.geometric(8), 120));
      x.labels.push("late");
    } else if (shared && events.length === 0 && shared.closing <= finalDeadline && shared.closing >= F) {
      closing = shared.closing;
    } else if (extended) {
      const c = prevDeadline + 1 + Math.floor(rng.next() * Math.max(1, finalDeadline - prevDeadline));
      closing = this.prevWorking(Math.max(c, lower), Math.max(lower, prevDeadline + 1));
    } else {
      const [m, s] = DURATION[this.ruleKey(x, proc)] ?? DURATION[x.typeCode] ?? [30, 0.6];
      const mult = MODE_DURATION[x.mode] ?? 1;
      let c = F + Math.round(rng.lognormal(m * mult, s)) + excluded;
      if (c < lower) c = lower + rng.between(0, 10);
      if (c > finalDeadline)
        c = finalDeadline - Math.floor(rng.next() ** 2 * 0.25 * Math.max(0, finalDeadline - lower));
      closing = this.prevWorking(Math.max(c, lower), lower);
    }
    x.closing = closing;
    this.afterClosing(x);
  }

  /** The approval day of an extension: 15–45 days before the deadline, or (late) after it or < 15 days before. */
  private extensionDay(x: Draft, deadline: DayNumber, notBefore: DayNumber): DayNumber {
    const rng = this.rng;
    let a: DayNumber;
    if (rng.chance(LATE_EXTENSION_SHARE)) {
      a = this.nextWorking(rng.chance(0.6) ? deadline - rng.between(0, 14) : deadline + rng.between(1, 20));
      if (!x.labels.includes("co:late-extension")) x.labels.push("co:late-extension");
    } else a = this.prevWorking(deadline - rng.between(15, 45), notBefore + 1);
    return a <= notBefore ? this.nextWorking(notBefore + 1) : a;
  }

  /** Appeal, enforcement application, recovery and archiving — planned from the true closing. */
  private afterClosing(x: Draft): void {
    const rng = this.rng;
    const c = x.closing;
    if (c === null) {
      if (x.typeCode === "执" || x.typeCode === "执恢") this.recovery(x);
      return;
    }
    if (FIRST_INSTANCE.has(x.typeCode) && x.mode === "判决" && x.finalProcedure !== "小额诉讼程序") {
      if (rng.chance(APPEAL_RATE[x.typeCode] ?? 0)) {
        const table = x.identity.category === "criminal" ? this.tables.criminalAppeal : this.tables.appeal;
        x.appeal = {
          filed: c + rng.between(5, 15),
          closed: this.nextWorking(c + rng.between(60, 120)),
          outcome: rng.weighted(table),
        };
      }
    }
    if (x.typeCode === "民初" && x.amountFen !== null) {
      const p = ENFORCEMENT_APPLIED[x.mode];
      if (p && rng.chance(p)) {
        x.enforcementOn = this.nextWorking(c + rng.between(30, 150));
        if (x.enforcementOn <= this.windowEnd && this.applications.size < 5000) {
          this.applications.push({
            date: x.enforcementOn,
            cause: x.cause as string,
            plaintiffs: x.plaintiffs,
            defendants: x.defendants,
            amountFen: x.amountFen,
          });
        }
      }
    }
    if (
      x.typeCode === "民初" &&
      (x.mode === "撤诉" || x.mode === "按撤诉处理") &&
      c <= this.asOf &&
      rng.chance(REFILE_RATE)
    ) {
      const date = this.nextWorking(c + rng.between(3, 80));
      const cause = CIVIL_CAUSES.find((k) => k.name === x.cause);
      if (cause && date <= this.windowEnd) {
        this.refiles.push({
          date,
          cause,
          plaintiffs: x.plaintiffs,
          defendants: x.defendants,
          amountFen: x.amountFen,
          division: x.division,
        });
      }
    }
    if (x.typeCode === "执" || x.typeCode === "执恢") this.recovery(x);
    const [m, s, lo, hi] = ARCHIVE_DELAY;
    const archived = this.nextWorking(c + Math.round(clamp(rng.lognormal(m, s), lo, hi)));
    x.archived = rng.chance(ARCHIVE_MISSING) ? null : archived;
  }

  private recovery(x: Draft): void {
    const rng = this.rng;
    const amount = x.amountFen ?? 0;
    const closed = x.closing !== null && x.closing <= this.asOf;
    let share: number;
    if (!closed) share = rng.chance(0.5) ? 0 : rng.uniform(0, 0.4);
    else {
      switch (x.mode) {
        case "执行完毕":
          share = 1;
          break;
        case "和解":
          share = rng.uniform(0.4, 1);
          break;
        case "终结本次执行程序":
          share = rng.chance(0.6) ? 0 : rng.uniform(0.01, 0.3);
          break;
        case "终结执行":
          share = rng.chance(0.5) ? 0 : rng.uniform(0, 0.5);
          break;
        default:
          share = 0;
      }
    }
    x.recoveredFen = Math.round(amount * share);
  }

  // ——— the asOf cut and the import rows ———

  private render(x: Draft): DemoCase {
    const rng = this.rng;
    const asOf = this.asOf;
    const closed = x.closing !== null && x.closing <= asOf;
    const cn = x.caseNumber;
    let mode: string | null = closed ? x.mode : null;
    const labels = x.labels;

    const rows: DemoEventRow[] = [];
    const froms: number[] = [];
    const add = (from: DayNumber, row: DemoEventRow) => {
      rows.push(row);
      froms.push(from);
    };
    for (const e of x.events) {
      if (e.from > asOf) continue;
      switch (e.kind) {
        case "extension":
          add(
            e.from,
            eventRow(cn, "延长审限", e.from, { length: e.length, approvedBy: e.approvedBy, note: e.note }),
          );
          break;
        case "procedureChange":
          add(e.from, eventRow(cn, "程序转换", e.from, { newProcedure: e.newProcedure, note: e.note }));
          break;
        case "exclusion": {
          const to = e.to === null || e.to > asOf ? null : iso(e.to);
          add(e.from, eventRow(cn, "扣除审限", e.from, { reason: e.reason, to, note: e.note }));
          break;
        }
        case "suspension": {
          const ended = e.to !== null && e.to <= asOf;
          if (e.resumptionRow) {
            add(e.from, eventRow(cn, "中止诉讼", e.from, { note: e.note }));
            if (ended)
              add(
                e.to as number,
                eventRow(cn, "恢复诉讼", e.to as number, { note: "中止诉讼的原因消除，恢复审理" }),
              );
          } else
            add(
              e.from,
              eventRow(cn, "中止诉讼", e.from, { to: ended ? iso(e.to as number) : null, note: e.note }),
            );
          break;
        }
      }
    }

    // Data-quality problems that need the closed state.
    if (closed && x.typeCode === "民初") {
      if (rng.chance(DATA_QUALITY.upheldFirstInstance)) {
        mode = "维持";
        labels.push("dq:impossible-closure");
      }
      if (rng.chance(DATA_QUALITY.openExclusionOnClosed)) {
        const span = (x.closing as number) - x.filed;
        const from = this.prevWorking(x.filed + rng.between(1, Math.max(1, Math.floor(span / 2))), x.filed);
        if (from <= (x.closing as number)) {
          const reason = rng.chance(0.5) ? "鉴定" : "公告";
          add(
            from,
            eventRow(cn, "扣除审限", from, {
              reason,
              to: null,
              note: reason === "鉴定" ? "委托司法鉴定" : "公告送达",
            }),
          );
          labels.push("dq:open-exclusion-on-closed");
        }
      }
    }
    if (
      closed &&
      (x.typeCode === "执" || x.typeCode === "执恢") &&
      rng.chance(DATA_QUALITY.mediatedEnforcement)
    ) {
      mode = "调解";
      labels.push("dq:impossible-closure");
    }

    let appealed: string | null = null;
    let appealOutcome: string | null = null;
    let appealClosedOn: string | null = null;
    if (closed && FIRST_INSTANCE.has(x.typeCode)) {
      const a = x.appeal;
      if (a && a.filed <= asOf) {
        appealed = "是";
        if (a.closed <= asOf) {
          appealOutcome = a.outcome;
          appealClosedOn = iso(a.closed);
        }
      } else {
        appealed = "否";
        if (x.mode === "判决" && rng.chance(DATA_QUALITY.appealOutcomeWithoutAppeal)) {
          const closedOn = this.nextWorking((x.closing as number) + rng.between(60, 120));
          if (closedOn <= asOf) {
            appealed = rng.chance(0.5) ? "否" : null;
            appealOutcome = rng.weighted(this.tables.appeal);
            appealClosedOn = iso(closedOn);
            labels.push("dq:appeal-outcome-without-appeal");
          }
        }
      }
    }

    let enforcementApplied: string | null = null;
    if (closed && x.typeCode === "民初" && (x.mode === "判决" || x.mode === "调解") && x.amountFen !== null) {
      enforcementApplied = x.enforcementOn !== null && x.enforcementOn <= asOf ? "是" : "否";
    }

    let order: number[] | undefined;
    if (rows.length > 1) {
      order = rows.map((_, i) => i).sort((a, b) => (froms[a] as number) - (froms[b] as number) || a - b);
    }
    const enterprise =
      x.enterpriseExtra || x.plaintiffs.some((p) => p.enterprise) || x.defendants.some((p) => p.enterprise);
    return {
      case: {
        caseNumber: cn,
        cause: x.cause,
        filedOn: iso(x.filed),
        procedure: x.recordedProcedure,
        division: x.division.name,
        judge: x.judge,
        closedOn: closed ? iso(x.closing as number) : null,
        closureMode: mode,
        amount: x.amountFen === null ? null : formatFen(x.amountFen),
        plaintiffs: x.plaintiffs.length ? x.plaintiffs.map((p) => p.name).join("、") : null,
        defendants: x.defendants.length ? x.defendants.map((p) => p.name).join("、") : null,
        enterprise: enterprise ? "是" : "否",
        appealed,
        appealOutcome,
        appealClosedOn,
        enforcementApplied,
        recoveredAmount: x.recoveredFen === null ? null : formatFen(x.recoveredFen),
        archivedOn: closed && x.archived !== null && x.archived <= asOf ? iso(x.archived) : null,
      },
      events: order ? order.map((i) => rows[i] as DemoEventRow) : rows,
      labels,
    };
  }
}

function conversionNote(from: Procedure | null, to: Procedure): string {
  if (from === "小额诉讼程序") return "不宜适用小额诉讼程序，裁定转换程序";
  if (from === "速裁程序") return "不宜适用速裁程序，转为其他程序审理";
  return to === "普通程序" ? "案情复杂，裁定转为普通程序" : "转换审理程序";
}

function eventRow(
  caseNumber: string,
  kind: string,
  from: DayNumber,
  o: {
    reason?: string;
    to?: string | null;
    length?: string;
    newProcedure?: string;
    approvedBy?: string;
    note?: string;
  },
): DemoEventRow {
  return {
    caseNumber,
    kind,
    reason: o.reason ?? null,
    from: iso(from),
    to: o.to ?? null,
    length: o.length ?? null,
    newProcedure: o.newProcedure ?? null,
    approvedBy: o.approvedBy ?? null,
    note: o.note ?? null,
  };
}

/** The category of each generated type code. */
export function demoTypeCategory(typeCode: string): CaseCategory | undefined {
  return lookupTypeCode(typeCode)?.category;
}
