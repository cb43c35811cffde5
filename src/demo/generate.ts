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
import { civilFromDays, type DayNumber, daysFromCivil } from "../domain/calendar/civil-date.js";
import type { LegalCalendar } from "../domain/calendar/legal-calendar.js";
import type { CaseCategory } from "../domain/case/category.js";
import type { Procedure } from "../domain/case/procedure.js";
import { lookupTypeCode } from "../domain/case-number/index.js";
import { amountOf, capSmall, formatFen } from "./amounts.js";
import { CIVIL_PROCEDURE, CIVIL_ROUTING, type CivilCause, DATA_QUALITY } from "./catalog.js";
import { planLife } from "./closing.js";
import { createContext, type DemoContext, type EnforcementEntry, type RefileEntry } from "./context.js";
import type { DemoCourt, DemoDivision, DivisionKey } from "./court.js";
import type { DateHeap } from "./date-heap.js";
import { iso, nextWorking, prevWorking } from "./dates.js";
import { type Draft, FIRST_INSTANCE, newDraft, type Party } from "./draft.js";
import { completeCivil, fileCivil } from "./filing-civil.js";
import { allocateFilingDays } from "./filing-days.js";
import { fileOther } from "./filing-other.js";
import { refiledCase } from "./overruns.js";
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
      return this.finish(refiledCase(this.ctx, d, refile));
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
    planLife(this.ctx, x);
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
    planLife(
      this.ctx,
      x,
      share ? { closing: b.leaderClosing as number, mode: b.leaderMode as string } : undefined,
    );
    if (leader) {
      b.leaderMode = x.mode;
      const plain = x.events.length === 0 && !x.labels.includes("late") && !x.labels.includes("stuck");
      b.leaderClosing = plain ? x.closing : null;
    }
    return x;
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
      planLife(this.ctx, x, undefined, true);
      yield this.render(x);
    }
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
