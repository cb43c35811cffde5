import { describe, expect, it } from "vitest";
import { seriousness } from "./seriousness.js";

describe("seriousness", () => {
  it("measures each finding by its days", () => {
    // Overdue by 128 days ranks above overdue by 3; 2 days left above 20 days left.
    expect(seriousness({ ruleId: "time-limit.overdue", facts: { daysLeft: -128 } })).toBe(128);
    expect(seriousness({ ruleId: "time-limit.overdue", facts: { daysLeft: -3 } })).toBe(3);
    expect(seriousness({ ruleId: "time-limit.due-soon", facts: { daysLeft: 2 } })).toBeGreaterThan(
      seriousness({ ruleId: "time-limit.due-soon", facts: { daysLeft: 20 } }),
    );
    expect(seriousness({ ruleId: "long-pending.24m", facts: { naturalDays: 800 } })).toBe(800);
    expect(
      seriousness({ ruleId: "long-pending.approaching", facts: { daysUntil: 5, naturalDays: 360 } }),
    ).toBe(-5);
    expect(
      seriousness({
        ruleId: "concealed-overrun.natural-over-limit",
        facts: { overDays: 200, naturalDays: 400 },
      }),
    ).toBe(200);
    expect(seriousness({ ruleId: "concealed-overrun.excluded-share", facts: { excludedDays: 190 } })).toBe(
      190,
    );
    expect(seriousness({ ruleId: "data-quality.missing-procedure", facts: {} })).toBe(0);
  });
});
