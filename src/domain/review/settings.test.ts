import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_SETTINGS, validateReviewSettings } from "./settings.js";

describe("review settings", () => {
  it("the defaults are valid", () => {
    expect(validateReviewSettings(DEFAULT_REVIEW_SETTINGS)).toEqual([]);
  });
  it("names each bad field", () => {
    const bad = {
      ...DEFAULT_REVIEW_SETTINGS,
      recentMonths: -1,
      trimAtScorers: 2,
      classScheme: { kind: "defect" as const, qualified: 60, flawed: 70 },
    };
    expect(validateReviewSettings(bad).map((p) => p.field)).toEqual([
      "recentMonths",
      "trimAtScorers",
      "classScheme",
    ]);
    expect(validateReviewSettings(bad)[0]!.message).toBe(
      "近期已评查案件的回避月数应为不小于 0 的整数（现为 -1）",
    );
  });
});
