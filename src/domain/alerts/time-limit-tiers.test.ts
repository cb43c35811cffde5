import { describe, expect, it } from "vitest";
import type { TimeLimitEvent } from "../time-limit/timeline.js";
import { detectCaseAlerts } from "./detect.js";
import { RULE_IDS } from "./rules.js";
import type { AlertSettings } from "./settings.js";
import { alertInput, caseRecord } from "./testing.js";
import type { Alert } from "./types.js";

const TIERS: string[] = [RULE_IDS.usedTwoThirds, RULE_IDS.dueSoon, RULE_IDS.dueCritical, RULE_IDS.overdue];

function tiers(
  spec: Parameters<typeof caseRecord>[0],
  asOf: string,
  events: TimeLimitEvent[] = [],
  settings?: Partial<AlertSettings>,
): Alert[] {
  const alerts = detectCaseAlerts(alertInput(caseRecord(spec), events, asOf), asOf, settings);
  return alerts.filter((a) => TIERS.includes(a.ruleId));
}

// 民初 普通 filed 2024-03-01: raw end 2024-09-01 (Sunday) → deadline 2024-09-02 (Monday).
// periodDays = 2024-09-01 − 2024-03-01 = 184; 2/3 of 184 = 122.67, so usedDays ≥ 123 (usedDays × 3 ≥ 368).
const CIVIL = { typeCode: "民初", procedure: "普通程序" as const, filedOn: "2024-03-01" };

describe("审限预警 tiers — civil (民初 普通, deadline 2024-09-02)", () => {
  it("used-two-thirds fires at usedDays 123 (2024-07-02) and not at 122 (2024-07-01)", () => {
    // 2024-03-01 + 123 days: Mar 31 = +30, Apr 30 = +60, May 31 = +91, Jun 30 = +121, Jul 2 = +123.
    const a = tiers(CIVIL, "2024-07-02");
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.usedTwoThirds]);
    expect(a[0]!.severity).toBe("info");
    // daysLeft = 2024-09-02 − 2024-07-02 = 62; 123 × 100 / 184 = 66.8 → 66%.
    expect(a[0]!.reason).toBe(
      "已用审限 123 天，占审限期间 184 天的 66%，距届满（2024-09-02）还有 62 天（民事一审普通程序，法定审限 6 个月）",
    );
    expect(a[0]!.facts).toMatchObject({
      usedDays: 123,
      periodDays: 184,
      daysLeft: 62,
      deadline: "2024-09-02",
    });
    expect(a[0]!.key).toBe("time-limit.used-two-thirds|（2024）内0602民初1号|2024-09-01");
    expect(tiers(CIVIL, "2024-07-01")).toEqual([]);
  });

  it("due-soon fires at 30 days left (2024-08-03), not at 31 (2024-08-02, only 2/3 used)", () => {
    const a = tiers(CIVIL, "2024-08-03");
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]);
    expect(a[0]!.severity).toBe("warning");
    expect(a[0]!.reason).toBe(
      "距审限届满（2024-09-02）还有 30 天，预警线 30 天（民事一审普通程序，法定审限 6 个月）",
    );
    expect(tiers(CIVIL, "2024-08-02").map((x) => x.ruleId)).toEqual([RULE_IDS.usedTwoThirds]);
  });

  it("due-critical fires at 5 days left (2024-08-28), due-soon at 6 (2024-08-27)", () => {
    const a = tiers(CIVIL, "2024-08-28");
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.dueCritical]);
    expect(a[0]!.severity).toBe("serious");
    expect(a[0]!.reason).toBe("距审限届满（2024-09-02）仅剩 5 天（民事一审普通程序，法定审限 6 个月）");
    expect(tiers(CIVIL, "2024-08-27").map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]);
  });

  it("on the last day it is due-critical; the day after, overdue (critical)", () => {
    expect(tiers(CIVIL, "2024-09-02")[0]!.reason).toBe(
      "审限于今日（2024-09-02）届满（民事一审普通程序，法定审限 6 个月）",
    );
    const a = tiers(CIVIL, "2024-09-03");
    expect(a.map((x) => x.ruleId)).toEqual([RULE_IDS.overdue]);
    expect(a[0]!.severity).toBe("critical");
    expect(a[0]!.reason).toBe("审限已于 2024-09-02 届满，超期 1 天（民事一审普通程序，法定审限 6 个月）");
    expect(a[0]!.facts.daysLeft).toBe(-1);
  });

  it("the reason names extensions and excluded days", () => {
    // + 鉴定 2024-04-01…2024-04-10 (10 days inclusive) + extension 6 months (院长, 2024-08-01):
    // raw end 2025-03-01, + 10 = 2025-03-11 (Tue). As of 2025-02-20: 19 days left → due-soon.
    const events: TimeLimitEvent[] = [
      { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-10" },
      { kind: "extension", from: "2024-08-01", length: { months: 6 }, approvedBy: "院长" },
    ];
    const a = tiers(CIVIL, "2025-02-20", events);
    expect(a[0]!.reason).toBe(
      "距审限届满（2025-03-11）还有 19 天，预警线 30 天（民事一审普通程序，法定审限 6 个月，延长 1 次共 6 个月，已扣除 10 天）",
    );
    expect(a[0]!.key).toBe("time-limit.due-soon|（2024）内0602民初1号|2025-03-01");
  });

  it("no tier on a closed case, even one closed late", () => {
    expect(tiers({ ...CIVIL, closedOn: "2024-09-20", closureMode: "判决" }, "2024-10-01")).toEqual([]);
    expect(tiers({ ...CIVIL, closedOn: "2024-08-20", closureMode: "判决" }, "2024-08-30")).toEqual([]);
  });

  it("no tier without a statutory limit (民催; 涉外 is not modelled on the record)", () => {
    expect(tiers({ typeCode: "民催", filedOn: "2020-01-01" }, "2024-08-30")).toEqual([]);
  });

  it("a case closed after asOf is pending as of asOf", () => {
    expect(tiers({ ...CIVIL, closedOn: "2024-09-20", closureMode: "判决" }, "2024-09-03")[0]!.ruleId).toBe(
      RULE_IDS.overdue,
    );
  });
});

describe("审限预警 tiers — criminal and enforcement windows", () => {
  // 刑初 普通 filed 2024-09-01: 2 months → 2024-11-01 (Friday); periodDays 61.
  const CRIM = { typeCode: "刑初", procedure: "普通程序" as const, filedOn: "2024-09-01" };
  it("criminal due-soon at 15 days left (2024-10-17), not at 16 (2024-10-16)", () => {
    expect(tiers(CRIM, "2024-10-17").map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]);
    // 16 days left: usedDays 45, 45 × 3 = 135 ≥ 122 → only the 2/3 tier.
    expect(tiers(CRIM, "2024-10-16").map((x) => x.ruleId)).toEqual([RULE_IDS.usedTwoThirds]);
  });

  it("administrative uses 15 days, enforcement 30", () => {
    // 行初 普通 and 执 filed 2024-03-01 both end 2024-09-02.
    const adm = { typeCode: "行初", procedure: "普通程序" as const, filedOn: "2024-03-01" };
    expect(tiers(adm, "2024-08-18").map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]); // 15 left
    expect(tiers(adm, "2024-08-17").map((x) => x.ruleId)).toEqual([RULE_IDS.usedTwoThirds]); // 16 left
    const enf = { typeCode: "执", filedOn: "2024-03-01" };
    expect(tiers(enf, "2024-08-03").map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]); // 30 left
  });

  it("a short period caps the due-soon window at its last third (民特 30 days → 10)", () => {
    // 民特 filed 2024-11-01: 30 days → raw end 2024-12-01 (Sunday) → 2024-12-02; periodDays 30.
    // Window = min(30, ceil(30 / 3)) = 10.
    const special = { typeCode: "民特", filedOn: "2024-11-01" };
    expect(tiers(special, "2024-11-02")).toEqual([]); // 30 days left, used 1
    expect(tiers(special, "2024-11-20")).toEqual([]); // 12 left, used 19: 57 < 60
    expect(tiers(special, "2024-11-21").map((x) => x.ruleId)).toEqual([RULE_IDS.usedTwoThirds]); // used 20: 60 ≥ 60
    expect(tiers(special, "2024-11-22").map((x) => x.ruleId)).toEqual([RULE_IDS.dueSoon]); // 10 left
    // Without the cap the 30-day window covers the whole period from the day after filing.
    expect(tiers(special, "2024-11-02", [], { dueSoonCapToLastThird: false }).map((x) => x.ruleId)).toEqual([
      RULE_IDS.dueSoon,
    ]);
  });

  it("per-call settings override the windows", () => {
    expect(tiers(CIVIL, "2024-08-02", [], { dueSoonDaysCivil: 31 }).map((x) => x.ruleId)).toEqual([
      RULE_IDS.dueSoon,
    ]);
    expect(
      tiers(CIVIL, "2024-08-03", [], { disabledRules: "time-limit.due-soon" }).map((x) => x.ruleId),
    ).toEqual([RULE_IDS.usedTwoThirds]);
  });
});
