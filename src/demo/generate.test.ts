/**
 * The demo generator: determinism, validity of every row against the import format, and the
 * shares documented in docs/demo-data.md (§ numbers below) on a 30,000-case sample.
 */
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { legalCalendar, tryParseIsoDate } from "../domain/calendar/index.js";
import { APPEAL_OUTCOMES, CLOSURE_MODES } from "../domain/case/case.js";
import { PROCEDURES } from "../domain/case/procedure.js";
import { parseCaseNumber } from "../domain/case-number/index.js";
import {
  computeTimeLimit,
  EVENT_KIND_NAMES,
  EXCLUSION_REASONS,
  parsePeriodLength,
  parseTimeline,
} from "../domain/time-limit/index.js";
import { type DemoCase, type DemoOptions, generateDemoCourt, planDemoCourt } from "./generate.js";
import { type DemoSummary, demoTimeline, summarizeDemo } from "./inspect.js";

// The enumerations of the import format, as the importer checks them.
const PROCEDURE_SET = new Set<string>(PROCEDURES);
const CLOSURE_MODE_SET = new Set<string>(CLOSURE_MODES);
const APPEAL_OUTCOME_SET = new Set<string>(APPEAL_OUTCOMES);
const EVENT_KINDS = new Set([...Object.values(EVENT_KIND_NAMES), "变更承办部门"]);
const REASONS = new Set<string>(EXCLUSION_REASONS);
const TYPE_CODES = new Set([
  "民初",
  "民特",
  "民督",
  "民撤",
  "刑初",
  "行初",
  "行审",
  "执",
  "执恢",
  "执保",
  "执异",
  "财保",
]);
const AMOUNT = /^\d+\.\d{2}$/;
const BOOL = new Set(["是", "否"]);

const ASOF = "2024-12-31";
const SAMPLE: DemoOptions = { cases: 30_000, fromYear: 2022, toYear: 2024, asOf: ASOF, seed: 1 };

function hashOf(options: DemoOptions): string {
  const h = createHash("sha256");
  for (const c of generateDemoCourt(options)) h.update(JSON.stringify(c));
  return h.digest("hex");
}

const day = (s: string) => tryParseIsoDate(s) as number;

let all: DemoCase[];
let summary: DemoSummary;

beforeAll(() => {
  all = [...generateDemoCourt(SAMPLE)];
  summary = summarizeDemo(all, ASOF);
});

describe("planDemoCourt", () => {
  it("defaults to ≈ 21,000 cases a year up to asOf, toYear = asOf's year", () => {
    const p = planDemoCourt({ fromYear: 2024, asOf: "2026-11-27", seed: 1 });
    expect(p.toYear).toBe(2026);
    expect(p.firstFilingDay).toBe("2024-01-01");
    expect(p.lastFilingDay).toBe("2026-11-27");
    // 2024-01-01 … 2026-11-27 = 1,062 days × 21,000 / 365.25.
    expect(p.cases).toBe(61_060);
    expect(p.backlog).toBe(9);
    expect(p.court.code).toBe("内0602");
    expect(p.warnings).toEqual([]);
  });

  it("rejects bad options", () => {
    expect(() => planDemoCourt({ fromYear: 2024, asOf: "2024-02-30", seed: 1 })).toThrow(RangeError);
    expect(() => planDemoCourt({ fromYear: 2025, toYear: 2024, asOf: "2024-12-31", seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => planDemoCourt({ fromYear: 2025, asOf: "2024-12-31", seed: 1 })).toThrow(RangeError);
    expect(() => planDemoCourt({ fromYear: 2024, asOf: "2024-12-31", seed: 1.5 })).toThrow(RangeError);
    expect(() => planDemoCourt({ fromYear: 2024, asOf: "2024-12-31", seed: 1, cases: -1 })).toThrow(
      RangeError,
    );
    expect(() => planDemoCourt({ fromYear: 2024, asOf: "2024-12-31", seed: 1, court: "内06" })).toThrow(
      RangeError,
    );
  });

  it("files only on days the holiday calendar covers", () => {
    const cal = legalCalendar();
    const p = planDemoCourt({ fromYear: 2000, toYear: 2004, asOf: "2004-12-31", seed: 1, cases: 10 });
    expect(p.firstFilingDay).toBe(`${cal.firstYear}-01-01`);
    expect(p.warnings.length).toBe(1);
    const q = planDemoCourt({
      fromYear: cal.lastYear,
      asOf: `${cal.lastYear + 1}-03-01`,
      seed: 1,
      cases: 10,
    });
    expect(q.lastFilingDay).toBe(`${cal.lastYear}-12-31`);
    expect(() =>
      planDemoCourt({ fromYear: cal.lastYear + 1, asOf: `${cal.lastYear + 1}-03-01`, seed: 1 }),
    ).toThrow(RangeError);
  });
});

describe("determinism", () => {
  const small: DemoOptions = { cases: 4000, fromYear: 2023, toYear: 2024, asOf: "2024-12-31", seed: 7 };

  it("gives byte-identical output for the same options", () => {
    expect(hashOf(small)).toBe(hashOf({ ...small }));
  });

  it("gives different output for another seed, date or size", () => {
    const h = hashOf(small);
    expect(hashOf({ ...small, seed: 8 })).not.toBe(h);
    expect(hashOf({ ...small, asOf: "2024-12-30" })).not.toBe(h);
    expect(hashOf({ ...small, cases: 4001 })).not.toBe(h);
  });

  it("generates exactly the number of cases asked for", () => {
    expect([...generateDemoCourt({ ...small, cases: 500 })]).toHaveLength(500);
    expect([...generateDemoCourt({ ...small, cases: 0 })]).toHaveLength(0);
    expect(all).toHaveLength(30_000);
  });

  it("streams: the first case comes without generating the rest", () => {
    const it = generateDemoCourt({ fromYear: 2024, asOf: "2026-11-27", seed: 1, cases: 1_000_000 });
    const first = it.next();
    expect(first.done).toBe(false);
    it.return();
  });
});

describe("validity of every row (the importer accepts them all)", () => {
  it("has valid case numbers, unique, with contiguous sequences per type code and year", () => {
    const seen = new Set<string>();
    const seqs = new Map<string, number[]>();
    for (const { case: r, labels } of all) {
      const cn = parseCaseNumber(r.caseNumber as string);
      expect(cn.ok, r.caseNumber as string).toBe(true);
      if (!cn.ok || cn.value.legacy) throw new Error("legacy");
      expect(cn.value.normalized).toBe(r.caseNumber);
      expect(TYPE_CODES.has(cn.value.typeCode)).toBe(true);
      expect(seen.has(cn.value.normalized)).toBe(false);
      seen.add(cn.value.normalized);
      if (labels.includes("backlog")) {
        expect(cn.value.year).toBeLessThan(SAMPLE.fromYear);
        continue;
      }
      const key = `${cn.value.typeCode}|${cn.value.year}`;
      const list = seqs.get(key) ?? [];
      seqs.set(key, list);
      list.push(cn.value.sequence);
    }
    for (const [key, list] of seqs) {
      // In filing order: 1, 2, 3, … with no gap (a wrong court code keeps the court's own sequence).
      expect(
        list.every((s, i) => s === i + 1),
        key,
      ).toBe(true);
    }
    expect([...seqs.keys()].some((k) => k.startsWith("民初|2022"))).toBe(true);
  });

  it("files in order on working days of the window, and dates nothing after asOf", () => {
    const cal = legalCalendar();
    const asOf = day(ASOF);
    let prev = "";
    for (const { case: r, events, labels } of all) {
      const filed = r.filedOn as string;
      expect(filed >= prev).toBe(true);
      prev = filed;
      expect(cal.isWorkingDay(day(filed))).toBe(true);
      if (!labels.includes("backlog")) expect(filed >= "2022-01-01").toBe(true);
      for (const d of [r.filedOn, r.closedOn, r.appealClosedOn, r.archivedOn]) {
        if (d !== null) expect(day(d) <= asOf, `${r.caseNumber} ${d}`).toBe(true);
      }
      for (const e of events) {
        expect(day(e.from as string) <= asOf).toBe(true);
        if (e.to !== null) expect(day(e.to) <= asOf).toBe(true);
      }
    }
  });

  it("links an enforcement case on a judgment to that judgment (原审案号), and dates effect after closing", () => {
    const byNumber = new Map(all.map((c) => [c.case.caseNumber as string, c.case]));
    let linked = 0;
    for (const { case: r, labels } of all) {
      if (labels.includes("from-judgment")) {
        linked++;
        const origin = byNumber.get(r.originCaseNumber as string);
        expect(origin?.closedOn, r.caseNumber as string).toBeTruthy();
        // A judgment is enforced after it closed, on the parties it named.
        expect((origin?.closedOn as string) < (r.filedOn as string)).toBe(true);
        expect(origin?.cause).toBe(r.cause);
      } else expect(r.originCaseNumber).toBeNull();
      if (r.effectiveOn !== null) {
        expect(r.closedOn).not.toBeNull();
        expect(r.effectiveOn >= (r.closedOn as string)).toBe(true);
        expect(day(r.effectiveOn) <= day(ASOF)).toBe(true);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it("closes after filing, with a closure mode; pending cases have none", () => {
    for (const { case: r } of all) {
      if (r.closedOn !== null) {
        expect(r.closedOn >= (r.filedOn as string), r.caseNumber as string).toBe(true);
        expect(r.closureMode).not.toBeNull();
        if (r.archivedOn !== null) expect(r.archivedOn >= r.closedOn).toBe(true);
        if (r.appealClosedOn !== null) expect(r.appealClosedOn > r.closedOn).toBe(true);
      } else {
        expect(r.closureMode).toBeNull();
        expect(r.archivedOn).toBeNull();
        expect(r.appealed).toBeNull();
        expect(r.appealOutcome).toBeNull();
      }
    }
  });

  it("fills the required columns and uses only the format's values", () => {
    for (const { case: r } of all) {
      const cn = parseCaseNumber(r.caseNumber as string);
      const category = cn.ok ? cn.value.category : undefined;
      expect(r.division).toBeTruthy();
      expect(r.judge).toBeTruthy();
      if (category === "civil" || category === "criminal" || category === "administrative")
        expect(r.cause).toBeTruthy();
      if (r.procedure !== null) expect(PROCEDURE_SET.has(r.procedure), r.procedure).toBe(true);
      if (r.closureMode !== null) expect(CLOSURE_MODE_SET.has(r.closureMode), r.closureMode).toBe(true);
      if (r.appealOutcome !== null) expect(APPEAL_OUTCOME_SET.has(r.appealOutcome)).toBe(true);
      for (const b of [r.enterprise, r.appealed, r.enforcementApplied])
        if (b !== null) expect(BOOL.has(b)).toBe(true);
      expect(r.enterprise).not.toBeNull();
      for (const a of [r.amount, r.recoveredAmount]) if (a !== null) expect(a).toMatch(AMOUNT);
      if (r.recoveredAmount !== null && r.amount !== null) {
        expect(Number(r.recoveredAmount)).toBeLessThanOrEqual(Number(r.amount));
      }
      expect(r.plaintiffs).toBeTruthy();
    }
  });

  it("writes events of generated cases, with valid kinds, reasons, lengths and intervals", () => {
    for (const { case: r, events } of all) {
      for (const e of events) {
        expect(e.caseNumber).toBe(r.caseNumber);
        expect(EVENT_KINDS.has(e.kind as string)).toBe(true);
        expect(e.from).not.toBeNull();
        if (e.to !== null) expect(e.to >= (e.from as string)).toBe(true);
        if (e.kind === "扣除审限") expect(REASONS.has(e.reason as string)).toBe(true);
        else if (e.kind === "变更承办部门") {
          // 繁简分流: a 速裁团队 case sent to a trial division, with its reason (free text).
          expect(e.reason).toBeTruthy();
          expect(e.priorDivision).toBe("速裁团队");
          expect(e.newDivision).toBe(r.division);
        } else expect(e.reason).toBeNull();
        if (e.kind === "延长审限") expect(parsePeriodLength(e.length as string)).toBeDefined();
        else expect(e.length).toBeNull();
        if (e.kind === "程序转换") expect(PROCEDURE_SET.has(e.newProcedure as string)).toBe(true);
        if (e.kind !== "扣除审限" && e.kind !== "中止诉讼") expect(e.to).toBeNull();
        expect((e.from as string) >= (r.filedOn as string)).toBe(true);
        if (r.closedOn !== null) expect((e.from as string) <= r.closedOn).toBe(true);
      }
    }
  });

  it("gives timelines the clock accepts, with no warning but the expected ones", () => {
    const allowed = /未注明审理程序|“第二审程序”不常见|年节假日安排尚未收录/;
    for (const { case: r, events } of all) {
      // The timeline is the 审限's: without 繁简分流's flags and 变更承办部门 rows.
      const triageKeys = new Set(["foreignRelated", "counterclaim", "smallClaimsConsent"]);
      const json = {
        ...Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== null && !triageKeys.has(k))),
        events: events
          .filter((e) => e.kind !== "变更承办部门")
          .map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null))),
      };
      const parsed = parseTimeline(json);
      expect(parsed.ok, r.caseNumber as string).toBe(true);
      const res = computeTimeLimit(demoTimeline(r, events), ASOF);
      for (const w of res.warnings) expect(w, `${r.caseNumber}: ${w}`).toMatch(allowed);
    }
  });

  it("closes late only the cases planned to (label late or stuck)", () => {
    let unplanned = 0;
    let planned = 0;
    for (const { case: r, events, labels } of all) {
      const res = computeTimeLimit(demoTimeline(r, events), ASOF);
      if (res.status !== "closed-late") continue;
      if (labels.includes("late") || labels.includes("stuck")) planned++;
      else unplanned++;
    }
    expect(planned).toBeGreaterThan(150);
    expect(unplanned).toBeLessThanOrEqual(3);
  });
});

/** [name, value, low, high]: the tolerances of docs/demo-data.md §10. */
function shareChecks(s: DemoSummary, backlog: number): [string, number, number, number][] {
  return [
    ["trial share (§2)", s.trialShare, 0.595, 0.625],
    ["enforcement share (§2)", s.enforcementShare, 0.375, 0.405],
    ["criminal share (§2)", s.criminalShare, 0.072, 0.088],
    ["administrative share (§2)", s.administrativeShare, 0.016, 0.024],
    ["enterprise share (§4)", s.enterpriseShare, 0.5, 0.59],
    ["民初 简易+小额 (§3)", s.minchu.summaryPlusSmallShare, 0.85, 0.9],
    ["民初 小额 (§3)", s.minchu.smallClaimsShare, 0.24, 0.31],
    ["民初 普通 (§3)", s.minchu.ordinaryShare, 0.1, 0.15],
    ["民初 missing procedure (§8)", s.minchu.missingProcedure / s.minchu.total, 0.01, 0.02],
    ["民初 判决 (§5)", s.minchu.judgmentShare, 0.36, 0.43],
    ["民初 调解 (§5)", s.minchu.mediationShare, 0.22, 0.28],
    ["民初 撤诉+按撤诉处理 (§5)", s.minchu.withdrawalShare, 0.225, 0.28],
    ["appeal rate (§5)", s.appealRate, 0.085, 0.115],
    ["申请执行 (§5)", s.enforcementAppliedRate, 0.27, 0.33],
    ["archived (§5)", s.archivedShareOfClosed, 0.88, 0.94],
    ["审限内结案率 (§6)", s.onTimeRate, 0.985, 0.994],
    ["extensions 民初 普通 (§6)", s.extensionRate["民初|普通程序"] ?? 0, 0.045, 0.08],
    ["extensions 民初 简易 (§6)", s.extensionRate["民初|简易程序"] ?? 0, 0.02, 0.04],
    ["extensions 执 (§6)", s.extensionRate["执|执行实施"] ?? 0, 0.017, 0.032],
    ["扣除审限 per case (§6)", (s.eventsByKind.扣除审限 ?? 0) / s.cases, 0.07, 0.09],
    ["中止诉讼 per case (§6)", (s.eventsByKind.中止诉讼 ?? 0) / s.cases, 0.012, 0.018],
    ["程序转换 per case (§6)", (s.eventsByKind.程序转换 ?? 0) / s.cases, 0.012, 0.017],
    ["batch cases (§4)", s.batchCases, 600, 1600],
    ["batch days (§4)", s.batchDays, 20, 60],
    ["pending > 6 months (§9)", s.pending.over6, 80, 140],
    ["pending > 12 months (§9)", s.pending.over12, 12, 45],
    ["pending > 24 months (§9)", s.pending.over24, backlog + 1, 16],
    ["pending > 36 months (§9)", s.pending.over36, backlog, backlog],
    ["P1 natural > base, on time (§7)", s.concealed.naturalOverBaseShare, 0.05, 0.085],
    ["P2 open interval ≥ 90 days (§7)", s.concealed.openInterval90, 20, 80],
    ["P3 long 公告 (§7)", s.concealed.longNoticeShare, 0.03, 0.1],
    ["P4 late extension (§7)", s.concealed.lateExtensionShare, 0.05, 0.11],
    ["P5 repeated extension (§7)", s.concealed.repeatExtension, 20, 80],
    ["P6 late conversion (§7)", s.concealed.lateConversionShare, 0.06, 0.18],
    ["P7 withdraw and refile (§7)", s.concealed.refileShareOfWithdrawals, 0.02, 0.05],
    ["P8 excluded > 30 % (§7)", s.concealed.excludedOver30Share, 0.06, 0.09],
    ["DQ1 案号 year (§8)", s.dataQuality.caseNumberYear, 12, 50],
    ["DQ1' early January (§8)", s.dataQuality.earlyJanuaryPreviousYear, 10, 45],
    ["DQ2 foreign court code (§8)", s.dataQuality.foreignCourtCode, 15, 55],
    ["DQ3 维持 on 民初 (§8)", s.dataQuality.upheldFirstInstance, 8, 50],
    ["DQ3 调解 on 执 (§8)", s.dataQuality.mediatedEnforcement, 8, 50],
    ["DQ4 appeal outcome without appeal (§8)", s.dataQuality.appealOutcomeWithoutAppeal, 15, 55],
    ["DQ5 open exclusion on closed (§8)", s.dataQuality.openExclusionOnClosed, 10, 45],
    ["DQ6 民初 第二审程序 (§8)", s.dataQuality.secondInstanceProcedure, 4, 25],
  ];
}

describe("documented shares (30,000 cases, 2022–2024, asOf 2024-12-31)", () => {
  it.each([1, 20_240_611])("hold for seed %i", (seed) => {
    const s = seed === 1 ? summary : summarizeDemo(generateDemoCourt({ ...SAMPLE, seed }), ASOF);
    const backlog = planDemoCourt({ ...SAMPLE, seed }).backlog;
    const failures = shareChecks(s, backlog)
      .filter(([, v, lo, hi]) => !(v >= lo && v <= hi))
      .map(([name, v, lo, hi]) => `${name}: ${v} not in [${lo}, ${hi}]`);
    expect(failures).toEqual([]);
  });

  it("assigns every judge cases, unequally", () => {
    expect(summary.judges.count).toBe(60);
    expect(summary.judges.max / summary.judges.min).toBeGreaterThan(5);
  });
});

describe("planted patterns match what a detector finds in the rows", () => {
  const label = (l: string) => summary.labels[l as keyof DemoSummary["labels"]] ?? 0;

  it("data-quality problems: detected exactly as planted", () => {
    const dq = summary.dataQuality;
    expect(dq.caseNumberYear).toBe(label("dq:case-number-year"));
    expect(dq.earlyJanuaryPreviousYear).toBe(label("early-january-number"));
    expect(dq.foreignCourtCode).toBe(label("dq:foreign-court-code"));
    expect(dq.upheldFirstInstance + dq.mediatedEnforcement).toBe(label("dq:impossible-closure"));
    expect(dq.appealOutcomeWithoutAppeal).toBe(label("dq:appeal-outcome-without-appeal"));
    expect(dq.openExclusionOnClosed).toBe(label("dq:open-exclusion-on-closed"));
    expect(dq.secondInstanceProcedure).toBe(label("dq:procedure-type-mismatch"));
    expect(dq.missingProcedure).toBe(label("dq:missing-procedure"));
  });

  it("concealed overruns: found where planted (a few still hidden after asOf)", () => {
    const co = summary.concealed;
    expect(co.longNotice).toBeLessThanOrEqual(label("co:long-notice"));
    expect(co.longNotice).toBeGreaterThanOrEqual(0.8 * label("co:long-notice"));
    expect(Math.abs(co.refile - label("co:refile"))).toBeLessThanOrEqual(3);
    expect(co.repeatExtension).toBeLessThanOrEqual(label("co:repeat-extension"));
    expect(co.lateExtension).toBeGreaterThanOrEqual(0.6 * label("co:late-extension"));
    expect(co.lateConversion).toBeGreaterThanOrEqual(0.6 * label("co:late-conversion"));
  });

  it("closed cases carry their planted pattern in the rows", () => {
    for (const { case: r, events, labels } of all) {
      const extensions = events.filter((e) => e.kind === "延长审限").length;
      if (labels.includes("co:repeat-extension") && r.closedOn) expect(extensions).toBeGreaterThanOrEqual(2);
      if (!labels.includes("co:repeat-extension")) expect(extensions).toBeLessThanOrEqual(1);
      if (labels.includes("co:late-conversion") && r.closedOn) {
        expect(events.some((e) => e.kind === "程序转换" && e.newProcedure === "普通程序")).toBe(true);
      }
      if (labels.includes("batch")) expect(r.cause).toMatch(/^(物业服务合同纠纷|信用卡纠纷)$/);
      if (labels.includes("from-judgment")) expect(r.caseNumber).toMatch(/执\d+号$/);
    }
  });

  it("files batches of one plaintiff against many defendants on one day", () => {
    const groups = new Map<string, Set<string>>();
    for (const { case: r, labels } of all) {
      if (!labels.includes("batch")) continue;
      const k = `${r.filedOn}|${r.plaintiffs}|${r.judge}`;
      const g = groups.get(k) ?? new Set<string>();
      groups.set(k, g);
      g.add(r.defendants as string);
    }
    const sizes = [...groups.values()].map((g) => g.size);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(20);
    expect(sizes.filter((n) => n >= 10).length).toBeGreaterThanOrEqual(15);
  });

  it("enforces generated judgments with the same parties", () => {
    const judgments = new Map<string, string[]>();
    for (const { case: r } of all) {
      if (r.enforcementApplied !== "是") continue;
      const k = `${r.plaintiffs}|${r.defendants}`;
      judgments.set(k, [...(judgments.get(k) ?? []), r.closedOn as string]);
    }
    let matched = 0;
    let fromJudgment = 0;
    for (const { case: r, labels } of all) {
      if (!labels.includes("from-judgment")) continue;
      fromJudgment++;
      const closed = judgments.get(`${r.plaintiffs}|${r.defendants}`);
      if (closed !== undefined) {
        matched++;
        expect(closed.some((c) => (r.filedOn as string) > c)).toBe(true);
      }
    }
    expect(fromJudgment).toBeGreaterThan(1000);
    expect(matched / fromJudgment).toBeGreaterThan(0.95);
  });
});
