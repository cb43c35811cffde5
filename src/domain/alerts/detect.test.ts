import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, daysFromCivil, formatIsoDate } from "../calendar/civil-date.js";
import type { CaseRecord } from "../case/case.js";
import { deriveFacts } from "../case/derive-facts.js";
import type { Procedure } from "../case/procedure.js";
import type { ExclusionReason, TimeLimitEvent } from "../time-limit/timeline.js";
import { AlertInputError, detectCaseAlerts } from "./detect.js";
import { ALERT_RULES, ALERT_RULES_BY_ID, RULE_IDS } from "./rules.js";
import { ALERT_SETTINGS_DEFAULTS, AlertSettingsError, resolveAlertSettings } from "./settings.js";
import { alertInput, caseRecord } from "./testing.js";
import { ALERT_FAMILIES, ALERT_SEVERITIES } from "./types.js";
import { NO_ALERTS } from "./util.js";

describe("the catalogue", () => {
  it("has every rule id once, with a Chinese title, explanation and basis", () => {
    const ids = Object.values(RULE_IDS);
    expect(ALERT_RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of ALERT_RULES) {
      // termination-search-overdue (family time-limit) and archive-overdue (data-quality) keep the
      // ids the plan named them by, without a family prefix.
      const planned: string[] = [RULE_IDS.terminationSearchOverdue, RULE_IDS.archiveOverdue];
      if (!planned.includes(r.id)) expect(r.id.startsWith(`${r.family}.`)).toBe(true);
      expect(ALERT_FAMILIES).toContain(r.family);
      expect(ALERT_SEVERITIES).toContain(r.defaultSeverity);
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.explanation.length).toBeGreaterThan(20);
      expect(r.basis.length).toBeGreaterThan(5);
      for (const [k, v] of Object.entries(r.settings)) {
        expect((ALERT_SETTINGS_DEFAULTS as unknown as Record<string, unknown>)[k]).toBe(v);
      }
    }
  });

  it("every setting belongs to some rule (disabledRules applies to all)", () => {
    const used = new Set(ALERT_RULES.flatMap((r) => Object.keys(r.settings)));
    for (const k of Object.keys(ALERT_SETTINGS_DEFAULTS)) {
      if (k !== "disabledRules") expect(used.has(k), k).toBe(true);
    }
  });
});

describe("settings", () => {
  it("rejects unknown names, wrong types, negative numbers and unknown rungs", () => {
    expect(() => resolveAlertSettings({ dueSoonDays: 3 } as never)).toThrow(AlertSettingsError);
    expect(() => resolveAlertSettings({ dueSoonDaysCivil: "30" } as never)).toThrow(AlertSettingsError);
    expect(() => resolveAlertSettings({ dueCriticalDays: -1 })).toThrow(AlertSettingsError);
    expect(() => resolveAlertSettings({ longPendingApproachRungs: "6,9" })).toThrow(AlertSettingsError);
  });

  it("compiles once per object and passes compiled settings through", () => {
    const s = { dueSoonDaysCivil: 20 };
    const c = resolveAlertSettings(s);
    expect(resolveAlertSettings(s)).toBe(c);
    expect(resolveAlertSettings(c)).toBe(c);
    expect(c.dueSoon.civil).toBe(20);
    expect(c.dueSoon.criminal).toBe(15);
  });
});

describe("detectCaseAlerts", () => {
  it("returns the shared frozen empty array when nothing fires", () => {
    const r = caseRecord({ closedOn: "2024-05-01", closureMode: "判决" });
    const a = detectCaseAlerts(alertInput(r, [], "2024-12-31"), "2024-12-31");
    expect(a).toBe(NO_ALERTS);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it("refuses facts derived for another date", () => {
    const r = caseRecord();
    expect(() => detectCaseAlerts(alertInput(r, [], "2024-12-30"), "2024-12-31")).toThrow(AlertInputError);
  });

  it("orders the families and gives each alert the catalogue's family and a stable key", () => {
    // 民初 without a procedure, filed 2023-01-10, pending on 2024-02-01: overdue, 12 months, missing procedure.
    const r = caseRecord({ filedOn: "2023-01-10", procedure: null });
    const asOf = "2024-02-01";
    const a = detectCaseAlerts(alertInput(r, [], asOf), asOf);
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.overdue, "long-pending.12m", RULE_IDS.missingProcedure]);
    for (const x of a) {
      expect(x.family).toBe(ALERT_RULES_BY_ID.get(x.ruleId)!.family);
      expect(x.asOf).toBe(asOf);
      expect(x.key.startsWith(`${x.ruleId}|${r.caseNumber}|`)).toBe(true);
    }
    // Recomputed the next day: the same findings keep their keys.
    const next = detectCaseAlerts(alertInput(r, [], "2024-02-02"), "2024-02-02");
    expect(next.map((x) => x.key)).toEqual(a.map((x) => x.key));
  });

  it("an open exclusion moves the deadline daily but not the key", () => {
    // 普通 filed 2024-03-01, extension +6 months, then 鉴定 open from 2025-02-01: daysLeft stays put.
    const r = caseRecord();
    const events: TimeLimitEvent[] = [
      { kind: "extension", from: "2024-08-01", length: { months: 6 }, approvedBy: "院长" },
      { kind: "exclusion", reason: "鉴定", from: "2025-02-01" },
    ];
    const k1 = detectCaseAlerts(alertInput(r, events, "2025-02-10"), "2025-02-10").find(
      (x) => x.family === "time-limit",
    );
    const k2 = detectCaseAlerts(alertInput(r, events, "2025-02-11"), "2025-02-11").find(
      (x) => x.family === "time-limit",
    );
    expect(k1?.ruleId).toBe(RULE_IDS.dueSoon);
    expect(k2?.key).toBe(k1?.key);
    expect(k2?.facts.deadline).not.toBe(k1?.facts.deadline);
  });

  it("runs the data-quality rules alone when facts are null", () => {
    const r = caseRecord({ closedOn: "2024-02-01", closureMode: "判决" });
    const a = detectCaseAlerts({ record: r, events: [], facts: null }, "2024-12-31");
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.closedBeforeFiled]);
  });
});

// ── property ────────────────────────────────────────────────────────────────

const TYPES: { typeCode: string; procedures: (Procedure | null)[] }[] = [
  { typeCode: "民初", procedures: ["普通程序", "简易程序", "小额诉讼程序", null] },
  { typeCode: "刑初", procedures: ["普通程序", "简易程序", "速裁程序"] },
  { typeCode: "行初", procedures: ["普通程序", "简易程序"] },
  { typeCode: "执", procedures: [null] },
  { typeCode: "民终", procedures: [null] },
  { typeCode: "民特", procedures: [null] },
  { typeCode: "民催", procedures: [null] },
  { typeCode: "执异", procedures: [null] },
];
const REASONS: ExclusionReason[] = ["公告", "鉴定", "管辖异议", "调解", "其他"];
const BASE = daysFromCivil(2021, 1, 1);

const eventArb = fc.oneof(
  fc.record({
    kind: fc.constant("extension" as const),
    at: fc.nat(400),
    months: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({
    kind: fc.constant("exclusion" as const),
    at: fc.nat(400),
    len: fc.option(fc.nat(120), { nil: undefined }),
    reason: fc.constantFrom(...REASONS),
  }),
  fc.record({
    kind: fc.constant("suspension" as const),
    at: fc.nat(400),
    len: fc.option(fc.nat(200), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("resumption" as const), at: fc.nat(400) }),
  fc.record({ kind: fc.constant("procedureChange" as const), at: fc.nat(200) }),
);

const caseArb = fc.record({
  type: fc.constantFrom(...TYPES),
  procIndex: fc.nat(3),
  filedOffset: fc.nat(3 * 365),
  age: fc.nat(4 * 365),
  closedAfter: fc.option(fc.nat(3 * 365), { nil: undefined }),
  events: fc.array(eventArb, { maxLength: 4 }),
});

describe("property: one tier, one rung, nothing on closed or no-limit cases", () => {
  it("holds for random timelines", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const filed = BASE + c.filedOffset;
        const d = (n: number) => formatIsoDate(filed + n);
        const procedure = c.type.procedures[c.procIndex % c.type.procedures.length] ?? null;
        const record: CaseRecord = caseRecord({
          typeCode: c.type.typeCode,
          procedure,
          filedOn: d(0),
          ...(c.closedAfter !== undefined
            ? { closedOn: d(c.closedAfter), closureMode: "判决" as const }
            : {}),
        });
        const events: TimeLimitEvent[] = c.events.map((e): TimeLimitEvent => {
          switch (e.kind) {
            case "extension":
              return { kind: "extension", from: d(e.at), length: { months: e.months }, approvedBy: "院长" };
            case "exclusion":
              return {
                kind: "exclusion",
                reason: e.reason,
                from: d(e.at),
                to: e.len === undefined ? null : d(e.at + e.len),
              };
            case "suspension":
              return { kind: "suspension", from: d(e.at), to: e.len === undefined ? null : d(e.at + e.len) };
            case "resumption":
              return { kind: "resumption", from: d(e.at) };
            default:
              return { kind: "procedureChange", from: d(e.at), newProcedure: "普通程序" };
          }
        });
        const asOf = d(c.age);
        const facts = deriveFacts(record, events, asOf);
        const alerts = detectCaseAlerts({ record, events, facts }, asOf);
        const tiers = alerts.filter((a) => a.family === "time-limit");
        const rungs = alerts.filter(
          (a) => a.family === "long-pending" && a.ruleId !== RULE_IDS.longPendingApproaching,
        );
        expect(tiers.length).toBeLessThanOrEqual(1);
        expect(rungs.length).toBeLessThanOrEqual(1);
        if (facts.closedOn !== null || facts.status === "no-limit") expect(tiers).toEqual([]);
        if (facts.closedOn !== null) expect(alerts.filter((a) => a.family === "long-pending")).toEqual([]);
        if (facts.closedOn === null && facts.status === "overdue") {
          expect(tiers.map((a) => a.ruleId)).toEqual([RULE_IDS.overdue]);
        }
        // Rungs agree with deriveFacts' own long-pending months.
        expect(rungs.map((a) => a.facts.months)).toEqual(
          facts.longPendingMonths > 0 ? [facts.longPendingMonths] : [],
        );
        // Keys are unique within a case and stable on recomputation.
        const keys = alerts.map((a) => a.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(detectCaseAlerts({ record, events, facts }, asOf).map((a) => a.key)).toEqual(keys);
      }),
      { numRuns: 400 },
    );
  });
});

// ── speed ───────────────────────────────────────────────────────────────────

describe("speed (printed, not asserted)", () => {
  // deriveFacts costs ~50–100 µs a case, so deriving 200,000 distinct cases would take the test
  // 10–20 s: 20,000 distinct facts-derived cases (ALERT_SPEED_DISTINCT to change) are detected in
  // turn until 200,000 detections are made.
  it("detectCaseAlerts over 200,000 facts-derived cases", () => {
    const asOf = "2024-12-31";
    const asOfDay = daysFromCivil(2024, 12, 31);
    const N = 200_000;
    const distinct = Math.min(N, Number(process.env.ALERT_SPEED_DISTINCT ?? 20_000));
    const inputs: Parameters<typeof detectCaseAlerts>[0][] = [];
    const kinds = ["民初", "民初", "民初", "执", "执", "刑初", "民终", "民特", "行初", "执恢"];
    const t0 = performance.now();
    for (let i = 0; i < distinct; i++) {
      const typeCode = kinds[i % kinds.length]!;
      // 85 % closed, filed over the last 2½ years; pending cases spread over the same years.
      const filed = asOfDay - 30 - ((i * 7919) % 900);
      const closed = i % 20 < 17 ? Math.min(filed + 20 + ((i * 31) % 150), asOfDay) : null;
      const procedure: Procedure | null =
        typeCode === "民初"
          ? i % 3 === 0
            ? "简易程序"
            : "普通程序"
          : typeCode === "刑初" || typeCode === "行初"
            ? "普通程序"
            : null;
      const record = caseRecord({
        seq: i + 1,
        typeCode,
        procedure,
        filedOn: formatIsoDate(filed),
        closedOn: closed === null ? null : formatIsoDate(closed),
        closureMode: closed === null ? null : typeCode.startsWith("执") ? "执行完毕" : "判决",
      });
      const events: TimeLimitEvent[] = [];
      if (i % 13 === 0) {
        events.push({
          kind: "exclusion",
          reason: "公告",
          from: formatIsoDate(filed + 10),
          to: formatIsoDate(filed + 40),
        });
      }
      if (i % 17 === 0) {
        events.push({
          kind: "extension",
          from: formatIsoDate(addMonths(filed, 5)),
          length: { months: 3 },
          approvedBy: "院长",
        });
      }
      if (i % 29 === 0) events.push({ kind: "suspension", from: formatIsoDate(filed + 15) });
      inputs.push({ record, events, facts: deriveFacts(record, events, asOf) });
    }
    const deriveMs = performance.now() - t0;
    const settings = resolveAlertSettings();
    for (const input of inputs) detectCaseAlerts(input, asOf, settings); // warm-up
    const t1 = performance.now();
    let count = 0;
    let withAlerts = 0;
    for (let i = 0; i < N; i++) {
      const n = detectCaseAlerts(inputs[i % distinct]!, asOf, settings).length;
      count += n;
      if (n > 0) withAlerts++;
    }
    const ms = performance.now() - t1;
    console.log(
      `detectCaseAlerts: ${N.toLocaleString("en")} cases (${distinct.toLocaleString("en")} distinct) in ${ms.toFixed(0)} ms = ` +
        `${Math.round((N / ms) * 1000).toLocaleString("en")} cases/s; ${count.toLocaleString("en")} alerts on ` +
        `${withAlerts.toLocaleString("en")} cases. (deriveFacts for the ${distinct.toLocaleString("en")} inputs: ${deriveMs.toFixed(0)} ms)`,
    );
  });
});
