import { describe, expect, it } from "vitest";
import { parseIsoDate } from "../domain/calendar/civil-date.js";
import { TRIAGE_DEFAULTS, validateTriageSettings } from "../domain/triage/settings.js";
import { generateDemoCourt } from "./generate.js";
import { demoAverageWages, demoWageOfYear } from "./triage.js";

describe("the demo court's 繁简分流", () => {
  it("enters valid demo wages, marked as demo figures", () => {
    const wages = demoAverageWages();
    expect(validateTriageSettings({ ...TRIAGE_DEFAULTS, averageWages: wages })).toEqual([]);
    expect(wages.every((w) => w.demo === true)).toBe(true);
    // 90,000 × 1.04³ = 101,237.76 → 101,200 (rounded to 100).
    expect(demoWageOfYear(2023)).toBe(101_200);
  });

  it("sends some 速裁团队 cases to trial divisions, in time and late, and sets the flags", () => {
    const all = [
      ...generateDemoCourt({ cases: 12_000, fromYear: 2023, toYear: 2024, asOf: "2024-12-31", seed: 7 }),
    ];
    let onTime = 0;
    let late = 0;
    for (const c of all)
      for (const e of c.events) {
        if (e.kind !== "变更承办部门") continue;
        expect(e.priorDivision).toBe("速裁团队");
        expect(e.newDivision).not.toBe("速裁团队");
        expect(c.case.division).toBe(e.newDivision);
        const days = parseIsoDate(e.from as string) - parseIsoDate(c.case.filedOn as string);
        if (days <= 15) onTime++;
        else late++;
      }
    expect(onTime).toBeGreaterThan(10);
    expect(late).toBeGreaterThan(3);
    const count = (k: "foreignRelated" | "counterclaim" | "smallClaimsConsent") =>
      all.filter((c) => c.case[k] === "是").length;
    expect(count("foreignRelated")).toBeGreaterThan(0);
    expect(count("counterclaim")).toBeGreaterThan(20);
    expect(count("smallClaimsConsent")).toBeGreaterThan(0);
    // Conversions out of 小额 and 简易 exist already (events.ts).
    expect(
      all.some((c) => c.case.procedure === "小额诉讼程序" && c.events.some((e) => e.kind === "程序转换")),
    ).toBe(true);
  });
});
