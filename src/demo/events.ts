/**
 * Life — the true time-limit events of a case, planned in date order against its deadline:
 * at most one 程序转换, then 扣除审限 and 中止诉讼 intervals one after another (the 民特 statutory
 * notice, the catalog's exclusions, now and then a long interval), then 延长审限 (once, rarely
 * twice). Late conversions, late extensions and over-long notices are the concealed-overrun
 * patterns of overruns.ts. Nothing is cut at as-of here: that is render.ts.
 */
import type { DayNumber } from "../domain/calendar/civil-date.js";
import type { Procedure } from "../domain/case/procedure.js";
import type { ExclusionReason } from "../domain/time-limit/index.js";
import {
  CONVERSIONS,
  EXCLUSION_LENGTH,
  EXTENSIONS,
  type ExclusionKind,
  LONG_INTERVAL_LENGTH,
  LONG_INTERVAL_RATE,
  NOTICE_PERIOD_CHANGE,
  SECOND_EXTENSION,
  SUSPENSION_END,
} from "./catalog.js";
import type { DemoContext } from "./context.js";
import { iso, nextWorking, prevWorking } from "./dates.js";
import { deadline, ruleKey } from "./deadline.js";
import type { Draft, TrueEvent } from "./draft.js";
import { clamp } from "./math.js";
import { lateConversionDay, lateExtensionDay, longNoticeLength } from "./overruns.js";

/** Where the events leave the case: what the closing stage draws its closing day against. */
export interface EventPlan {
  /** The procedure in force after the events (the filing procedure unless converted). */
  procedure: Procedure | null;
  /** The last day taken by an event so far: the case closes after it. */
  cursor: DayNumber;
  /** The day the current procedure began: filing, or the 程序转换. */
  segmentStart: DayNumber;
  /**
   * The deadline so far (approximately: each interval pushes it by its length). Intervals start
   * before it, so a case is never overdue between two intervals unless it is meant to be.
   */
  end: DayNumber;
  /** Days excluded or suspended in all. */
  excluded: number;
  /** The deadline before the last extension (the final one when not extended). */
  prevDeadline: DayNumber;
  /** The deadline with every event. */
  finalDeadline: DayNumber;
  extended: boolean;
}

/**
 * Plans the events of a case with a statutory limit (`base`: its deadline without events) and sets
 * `x.events` and `x.finalProcedure`. `backlog`: a 旧存 case, always given a long interval.
 */
export function planEvents(ctx: DemoContext, x: Draft, base: DayNumber, backlog: boolean): EventPlan {
  const events: TrueEvent[] = [];
  const p: EventPlan = {
    procedure: x.procedure,
    cursor: x.filed,
    segmentStart: x.filed,
    end: base,
    excluded: 0,
    prevDeadline: base,
    finalDeadline: base,
    extended: false,
  };
  planConversion(ctx, x, base, events, p);
  x.finalProcedure = p.procedure;
  const key = ruleKey(x, p.procedure);
  planIntervals(ctx, x, backlog, events, p);
  planExtensions(ctx, x, base, key, events, p);
  x.events = events;
  return p;
}

/** 程序转换: the first conversion of the catalog's list for the procedure that is drawn, if any. */
function planConversion(
  ctx: DemoContext,
  x: Draft,
  base: DayNumber,
  events: TrueEvent[],
  p: EventPlan,
): void {
  const rng = ctx.rng;
  const F = x.filed;
  const proc = p.procedure;
  const limitDays = base - F;
  const conv = CONVERSIONS[ruleKey(x, proc)];
  if (!conv) return;
  for (const [to, chance] of conv) {
    if (!rng.chance(chance)) continue;
    let c: DayNumber | null = null;
    const civilSummary = x.identity.category === "civil" && proc === "简易程序";
    if (x.identity.category === "criminal")
      c = nextWorking(ctx.cal, F + rng.between(1, Math.max(1, limitDays - 3)));
    else if (civilSummary) c = lateConversionDay(ctx, x, base);
    if (c === null) {
      c = nextWorking(ctx.cal, F + rng.between(7, Math.max(8, limitDays - 22)));
      if (c > base - 15) c = prevWorking(ctx.cal, base - 15 - rng.between(0, 5), F + 1);
    }
    events.push({ kind: "procedureChange", from: c, newProcedure: to, note: conversionNote(proc, to) });
    p.procedure = to;
    p.cursor = c;
    p.segmentStart = c;
    p.end = deadline(ctx, x, events) as number;
    break;
  }
}

function conversionNote(from: Procedure | null, to: Procedure): string {
  if (from === "小额诉讼程序") return "不宜适用小额诉讼程序，裁定转换程序";
  if (from === "速裁程序") return "不宜适用速裁程序，转为其他程序审理";
  return to === "普通程序" ? "案情复杂，裁定转为普通程序" : "转换审理程序";
}

/** The kinds of interval, in the order they are drawn and placed. */
const INTERVAL_KINDS: readonly (ExclusionKind | "中止")[] = [
  "管辖异议",
  "公告",
  "鉴定",
  "审计评估",
  "和解",
  "调解",
  "补充侦查",
  "中止",
];

const NOTES: Record<ExclusionKind | "中止", readonly string[]> = {
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

const REASON: Record<ExclusionKind, ExclusionReason> = {
  公告: "公告",
  鉴定: "鉴定",
  管辖异议: "管辖异议",
  审计评估: "审计评估",
  和解: "和解",
  调解: "调解",
  补充侦查: "补充侦查",
};

/** 扣除审限 and 中止诉讼, placed one after another. */
function planIntervals(
  ctx: DemoContext,
  x: Draft,
  backlog: boolean,
  events: TrueEvent[],
  p: EventPlan,
): void {
  const rng = ctx.rng;
  const F = x.filed;
  if (x.statutoryNotice) {
    const from = nextWorking(ctx.cal, F + rng.between(2, 8));
    const to = from + x.statutoryNotice - 1;
    events.push({
      kind: "exclusion",
      reason: "公告",
      from,
      to,
      note: `宣告${x.statutoryNotice === 90 ? "失踪" : "死亡"}公告期间`,
    });
    p.excluded += x.statutoryNotice;
    p.end += x.statutoryNotice;
    p.cursor = to;
  }
  for (const kind of INTERVAL_KINDS) {
    const rate = x.exclusionRates[kind];
    if (!rate || !rng.chance(rate)) continue;
    const room = Math.max(1, Math.floor((p.end - p.cursor) / 2));
    const gap =
      kind === "管辖异议" ? rng.between(3, 15) : kind === "公告" ? rng.between(3, 25) : rng.between(8, 40);
    const from = nextWorking(ctx.cal, p.cursor + Math.min(gap, room));
    const len = exclusionLength(ctx, kind, from, x);
    const to = from + len - 1;
    const note = rng.pick(NOTES[kind]);
    if (kind === "中止") {
      events.push({
        kind: "suspension",
        from,
        to,
        resumptionRow: rng.chance(SUSPENSION_END.resumptionRow),
        note,
      });
    } else events.push({ kind: "exclusion", reason: REASON[kind], from, to, note });
    p.excluded += len;
    p.end += len;
    p.cursor = to;
  }
  // A long interval (鉴定, 审计评估 or 中止 of 120–1,100 days): every backlog case has one.
  const longRate = LONG_INTERVAL_RATE[x.typeCode];
  if (backlog || (longRate && rng.chance(longRate))) {
    const from = nextWorking(
      ctx.cal,
      p.cursor + Math.min(rng.between(10, 60), Math.max(1, Math.floor((p.end - p.cursor) / 2))),
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
    p.excluded += len;
    p.cursor = to ?? p.cursor;
  }
}

/** The length of an interval: a 公告 runs its notice period (30 or 60 days) and a little more. */
function exclusionLength(ctx: DemoContext, kind: ExclusionKind | "中止", from: DayNumber, x: Draft): number {
  const rng = ctx.rng;
  if (kind === "公告") {
    const periodDays = iso(from) >= NOTICE_PERIOD_CHANGE ? 30 : 60;
    if (periodDays === 30 && x.typeCode === "民初") {
      const long = longNoticeLength(rng, x);
      if (long !== null) return long;
    }
    return periodDays + 1 + rng.between(0, 8);
  }
  const [median, sigma, lo, hi] = EXCLUSION_LENGTH[kind];
  return Math.round(clamp(rng.lognormal(median, sigma), lo, hi));
}

/** 延长审限: once at the catalog's rate for the procedure in force, a second time now and then. */
function planExtensions(
  ctx: DemoContext,
  x: Draft,
  base: DayNumber,
  key: string,
  events: TrueEvent[],
  p: EventPlan,
): void {
  const rng = ctx.rng;
  const d0 = events.length === 0 ? base : (deadline(ctx, x, events) as number);
  p.prevDeadline = d0;
  p.finalDeadline = d0;
  const ext = EXTENSIONS[key];
  if (ext && rng.chance(ext.rate)) {
    const a = extensionDay(ctx, x, d0, p.segmentStart);
    events.push({
      kind: "extension",
      from: a,
      length: ext.length,
      approvedBy: ext.approvedBy,
      note: ext.note,
    });
    p.cursor = Math.max(p.cursor, a);
    let d1 = deadline(ctx, x, events) as number;
    p.extended = true;
    const second = SECOND_EXTENSION[key];
    if (ext.second && second && rng.chance(ext.second)) {
      p.prevDeadline = d1;
      const a2 = extensionDay(ctx, x, d1, Math.max(p.segmentStart, a));
      events.push({
        kind: "extension",
        from: a2,
        length: second.length,
        approvedBy: second.approvedBy,
        note: second.note,
      });
      p.cursor = Math.max(p.cursor, a2);
      d1 = deadline(ctx, x, events) as number;
      x.labels.push("co:repeat-extension");
    }
    p.finalDeadline = d1;
  }
}

/** The approval day of an extension: 15–45 days before the deadline, or (late) after it or < 15 days before. */
function extensionDay(ctx: DemoContext, x: Draft, deadline: DayNumber, notBefore: DayNumber): DayNumber {
  const rng = ctx.rng;
  const a =
    lateExtensionDay(ctx, x, deadline) ?? prevWorking(ctx.cal, deadline - rng.between(15, 45), notBefore + 1);
  return a <= notBefore ? nextWorking(ctx.cal, notBefore + 1) : a;
}
