import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../case/derive-facts.js";
import { isSmallClaimsEligible } from "./eligible.js";
import { TRIAGE_DEFAULTS, type TriageSettings } from "./settings.js";
import { smallClaimsEligibility, type TriageCase } from "./small-claims.js";

// Wage 100,000 yuan from 2025-06-01: threshold 50,000.00 yuan (5,000,000 fen), ceiling 200,000.00.
const s: TriageSettings = {
  ...TRIAGE_DEFAULTS,
  averageWages: [{ appliesFrom: "2025-06-01", wageYear: 2024, yuan: 100_000, source: "测试" }],
};

/** A small deterministic generator (mulberry32), so the comparison covers the same cases each run. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CAUSES = [
  "民间借贷纠纷",
  "信用卡纠纷",
  "离婚纠纷",
  "物权确认纠纷",
  "物业服务合同纠纷",
  "建设工程施工合同纠纷",
  null,
  "追索劳动报酬纠纷",
];
const AMOUNTS = [null, 100, 4_999_999, 5_000_000, 5_000_001, 19_999_999, 20_000_000, 20_000_001, 90_000_000];
const REASONS = ["鉴定", "公告", "审计评估", "管辖异议", "和解"];
const TRI = [null, true, false];

describe("isSmallClaimsEligible", () => {
  it("agrees with smallClaimsEligibility on 5,000 varied cases (amounts at the thresholds, every exclusion)", () => {
    const r = rng(19);
    const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
    let eligible = 0;
    for (let i = 0; i < 5000; i++) {
      const events: StoredEvent[] =
        r() < 0.3
          ? [
              {
                id: 1,
                kind: "exclusion",
                reason: pick(REASONS),
                from: r() < 0.5 ? "2025-07-10" : "2025-09-10",
                to: null,
                lengthMonths: null,
                lengthDays: null,
                newProcedure: null,
                approvedBy: null,
                note: null,
              },
            ]
          : [];
      const c: TriageCase = {
        caseNumber: "",
        typeCode: "民初",
        cause: pick(CAUSES),
        procedure: "简易程序",
        division: "速裁团队",
        judge: "",
        filedOn: r() < 0.1 ? "2025-05-01" : "2025-07-01",
        closedOn: null,
        amountFen: pick(AMOUNTS),
        plaintiffs: null,
        defendants: null,
        foreignRelated: pick(TRI),
        counterclaim: pick(TRI),
        smallClaimsConsent: pick(TRI),
        events,
      };
      const want = smallClaimsEligibility(c, s, "2025-08-01").eligible;
      expect(isSmallClaimsEligible(c, s, "2025-08-01")).toBe(want);
      if (want) eligible++;
    }
    // Both outcomes occur, so the comparison means something.
    expect(eligible).toBeGreaterThan(100);
    expect(eligible).toBeLessThan(4900);
  });

  it("exactly 50 % of the wage is eligible; one fen more only with consent (第一百六十五条)", () => {
    const base = {
      cause: "民间借贷纠纷",
      filedOn: "2025-07-01",
      smallClaimsConsent: null,
      foreignRelated: null,
      counterclaim: null,
      events: [],
    };
    expect(isSmallClaimsEligible({ ...base, amountFen: 5_000_000 }, s, "2025-08-01")).toBe(true);
    expect(isSmallClaimsEligible({ ...base, amountFen: 5_000_001 }, s, "2025-08-01")).toBe(false);
    expect(
      isSmallClaimsEligible({ ...base, amountFen: 20_000_000, smallClaimsConsent: true }, s, "2025-08-01"),
    ).toBe(true);
  });
});
