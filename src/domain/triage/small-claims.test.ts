import { describe, expect, it } from "vitest";
import type { StoredEvent } from "../case/derive-facts.js";
import { TRIAGE_DEFAULTS, type TriageSettings, validateTriageSettings } from "./settings.js";
import { SMALL_CLAIMS_RULES as R, smallClaimsEligibility, type TriageCase } from "./small-claims.js";

// A wage of 100,000 yuan applying from 2025-06-01: 50 % = 50,000.00 yuan, 2× = 200,000.00 yuan
// (民事诉讼法第一百六十五条; "以下" includes the figure, 民法典第一千二百五十九条).
const settings: TriageSettings = {
  ...TRIAGE_DEFAULTS,
  averageWages: [
    { appliesFrom: "2024-06-01", wageYear: 2023, yuan: 90_000, source: "测试" },
    { appliesFrom: "2025-06-01", wageYear: 2024, yuan: 100_000, source: "测试" },
  ],
};

function c(over: Partial<TriageCase> = {}): TriageCase {
  return {
    caseNumber: "（2025）内0602民初1号",
    typeCode: "民初",
    cause: "民间借贷纠纷",
    procedure: "简易程序",
    division: "速裁团队",
    judge: "张三",
    filedOn: "2025-07-01",
    closedOn: null,
    amountFen: 3_000_000,
    plaintiffs: "王某",
    defendants: "李某",
    foreignRelated: null,
    counterclaim: null,
    smallClaimsConsent: null,
    events: [],
    ...over,
  };
}

const ev = (reason: string, from: string): StoredEvent => ({
  id: 1,
  kind: "exclusion",
  reason,
  from,
  to: null,
  lengthMonths: null,
  lengthDays: null,
  newProcedure: null,
  approvedBy: null,
  note: null,
});

const rules = (r: ReturnType<typeof smallClaimsEligibility>) => r.exclusions.map((x) => x.rule);

describe("小额诉讼 eligibility", () => {
  it("the defaults are valid and name catalogue causes", () => {
    expect(validateTriageSettings(settings)).toEqual([]);
  });

  it("exactly 50 % of the wage (50,000.00) is within; one fen more is the consent band", () => {
    const at = smallClaimsEligibility(c({ amountFen: 5_000_000 }), settings, "2025-07-02");
    expect(at.thresholdFen).toBe(5_000_000);
    expect(at.band).toBe("within");
    expect(at.eligible).toBe(true);
    expect(at.reasons.map((x) => x.rule)).toEqual([R.moneyCause, R.amount]);
    const above = smallClaimsEligibility(c({ amountFen: 5_000_001 }), settings, "2025-07-02");
    expect(above.band).toBe("consent");
    expect(above.eligible).toBe(false);
    expect(rules(above)).toEqual([R.noConsent]);
  });

  it("up to exactly 2× the wage (200,000.00) with both parties' consent; above it never", () => {
    const at = smallClaimsEligibility(
      c({ amountFen: 20_000_000, smallClaimsConsent: true }),
      settings,
      "2025-07-02",
    );
    expect(at.ceilingFen).toBe(20_000_000);
    expect(at.eligible).toBe(true);
    expect(at.reasons.at(-1)?.rule).toBe(R.consent);
    const over = smallClaimsEligibility(
      c({ amountFen: 20_000_001, smallClaimsConsent: true }),
      settings,
      "2025-07-02",
    );
    expect(over.band).toBe("over");
    expect(over.eligible).toBe(false);
    expect(rules(over)).toEqual([R.overAmount]);
  });

  it("the wage in force on the filing date: before 2025-06-01 the 2023 figure (45,000.00)", () => {
    const r = smallClaimsEligibility(
      c({ filedOn: "2025-05-31", amountFen: 4_600_000 }),
      settings,
      "2025-07-02",
    );
    expect(r.thresholdFen).toBe(4_500_000);
    expect(r.band).toBe("consent");
    const none = smallClaimsEligibility(c({ filedOn: "2024-05-31" }), settings, "2025-07-02");
    expect(rules(none)).toEqual([R.noWage]);
  });

  it("names every exclusion of art. 166 that fires", () => {
    const r = smallClaimsEligibility(
      c({
        foreignRelated: true,
        counterclaim: true,
        events: [ev("公告", "2025-07-10"), ev("鉴定", "2025-08-01")],
      }),
      settings,
      "2025-09-01",
    );
    expect(rules(r)).toEqual([R.foreign, R.appraisal, R.whereabouts, R.counterclaim]);
    expect(r.exclusions.map((x) => x.text).join("")).toContain("第一百六十六条第四项");
    // events after the as-of date are not known yet
    const earlier = smallClaimsEligibility(c({ events: [ev("鉴定", "2025-08-01")] }), settings, "2025-07-15");
    expect(earlier.eligible).toBe(true);
  });

  it("人身关系 and 确权 causes are excluded; a sub-cause matches its parent in the list", () => {
    expect(rules(smallClaimsEligibility(c({ cause: "离婚纠纷" }), settings, "2025-07-02"))).toEqual([
      R.notMoneyCause,
      R.personal,
    ]);
    expect(rules(smallClaimsEligibility(c({ cause: "所有权确认纠纷" }), settings, "2025-07-02"))).toContain(
      R.ownership,
    );
    // 民间借贷纠纷 is under 借款合同纠纷 in the catalogue
    expect(smallClaimsEligibility(c(), settings, "2025-07-02").reasons[0]?.text).toContain("借款合同纠纷");
  });
});
