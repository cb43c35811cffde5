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
  tryParseIsoDate,
} from "../domain/calendar/civil-date.js";
import type { LegalCalendar } from "../domain/calendar/legal-calendar.js";
import type { PeriodLength } from "../domain/calendar/period.js";
import type { CaseCategory } from "../domain/case/category.js";
import type { Procedure } from "../domain/case/procedure.js";
import { lookupTypeCode } from "../domain/case-number/index.js";
import {
  computeTimeLimit,
  type ExclusionReason,
  parsePeriodLength,
  type TimeLimitEvent,
} from "../domain/time-limit/index.js";
import { amountOf, capSmall, formatFen } from "./amounts.js";
import {
  APPEAL_RATE,
  ARCHIVE_DELAY,
  ARCHIVE_MISSING,
  CIVIL_CAUSES,
  CIVIL_PROCEDURE,
  CIVIL_ROUTING,
  type CivilCause,
  CONVERSIONS,
  DATA_QUALITY,
  DURATION,
  ENFORCEMENT_APPLIED,
  EXCLUSION_LENGTH,
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
import { type Draft, FIRST_INSTANCE, newDraft, type Party, type TrueEvent } from "./draft.js";
import { completeCivil, fileCivil } from "./filing-civil.js";
import { allocateFilingDays } from "./filing-days.js";
import { fileOther } from "./filing-other.js";
import { clamp } from "./math.js";
import { defendantsOf, judgeOf, party } from "./parties.js";
import { planDemoCourt } from "./plan.js";
import { createRng, type Rng, type WeightedTable } from "./rng.js";
import type { DemoTables } from "./tables.js";
import type { DemoCase, DemoEventRow, DemoOptions, DemoPlan } from "./types.js";

export { formatFen } from "./amounts.js";
export { planDemoCourt } from "./plan.js";
export type { DemoCase, DemoCaseRow, DemoEventRow, DemoLabel, DemoOptions, DemoPlan } from "./types.js";

/** Streams the demo court's cases in filing order. Same options → the same cases, byte for byte. */
export function* generateDemoCourt(options: DemoOptions): Generator<DemoCase, void, undefined> {
  yield* new DemoGenerator(planDemoCourt(options)).run();
}

// ————————————————————————————————————————————————————————————————————————————————

const FAR: IsoDate = "2199-12-31";

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
    const { days, counts } = allocateFilingDays(this.plan, this.cal);
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
      return this.finish(fileCivil(this.ctx, d, cause, []));
    }
    return this.finish(fileOther(this.ctx, type, d));
  }

  /** Closure mode, timing, appeal, enforcement, archive; then cut at asOf. */
  private finish(x: Draft): DemoCase {
    this.outcome(x);
    return this.render(x);
  }

  // ——— 民初 batches and refilings ———

  private batchLeader(d: DayNumber, cause: CivilCause, budget: number): Draft {
    const rng = this.rng;
    const [lo, hi] = cause.batch!.size;
    const size = Math.min(rng.between(lo, hi), budget);
    const plaintiff = party(this.ctx, cause.plaintiff);
    const group = this.tables.routing.get(cause.group) as WeightedTable<DivisionKey>;
    const division = this.court.division[rng.weighted(group)];
    const procedure: Procedure = rng.chance(CIVIL_PROCEDURE.smallClaimsBatch) ? "小额诉讼程序" : "简易程序";
    this.batch = {
      left: size,
      cause,
      plaintiff,
      division,
      judge: judgeOf(this.rng, division),
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
    const x = newDraft(this.ctx, "民初", d, ["batch"]);
    x.cause = b.cause.name;
    x.plaintiffs = [b.plaintiff];
    x.defendants = defendantsOf(this.ctx, b.cause.defendants);
    x.amountFen = amountOf(this.rng, b.cause);
    x.procedure = b.procedure;
    if (x.procedure === "小额诉讼程序") x.amountFen = capSmall(this.rng, x.amountFen);
    if (x.amountFen === null && x.procedure === "小额诉讼程序") x.procedure = "简易程序";
    x.division = b.division;
    x.judge = b.judge;
    completeCivil(this.ctx, x, b.cause);
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
    return fileCivil(this.ctx, d, r.cause, ["co:refile"], {
      plaintiffs: r.plaintiffs,
      defendants: r.defendants,
      amountFen: r.amountFen,
      division: r.division,
    });
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
        x = newDraft(this.ctx, "民初", day, ["backlog"], seq);
        x.cause = cause.name;
        x.plaintiffs = [party(this.ctx, cause.plaintiff)];
        x.defendants = defendantsOf(this.ctx, cause.defendants);
        x.amountFen = amountOf(this.rng, cause);
        x.procedure = "普通程序";
        x.division = this.court.division[CIVIL_ROUTING[cause.group][0]![0]];
        x.judge = judgeOf(this.rng, x.division);
        completeCivil(this.ctx, x, cause);
      } else x = fileOther(this.ctx, type, day, seq);
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
