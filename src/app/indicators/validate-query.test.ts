import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../shared/errors.js";
import { queryLimits } from "./query-limits.js";
import { resolveIndicators, validatePeriod } from "./validate-query.js";

function rejection(fn: () => void): InvalidInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InvalidInputError) return err;
    throw err;
  }
  throw new Error("not rejected");
}

describe("the size of an indicator question", () => {
  it("refuses 1800 to 2099 by month, naming the field and the limit", () => {
    const e = rejection(() => validatePeriod("1800-01-01", "2099-12-31", { byMonth: true }));
    expect(e.field).toBe("to");
    // 1800-01-01 … 2099-12-31: 300 years of 365 days plus the leap days — every fourth year from
    // 1804 to 2096 (74 years) but 1900 (1800 is no leap year either; 2000 is one) — 109,500 + 73.
    expect(e.message).toContain("共 109573 天");
    expect(e.message).toContain("最长 3653 天");
  });

  it("takes ten years (2015–2024: 3,653 days, 120 months), refuses one day more", () => {
    expect(() => validatePeriod("2015-01-01", "2024-12-31", { byMonth: true })).not.toThrow();
    const e = rejection(() => validatePeriod("2015-01-01", "2025-01-01"));
    expect(e.message).toContain("共 3654 天");
  });

  it("bounds the months of a trend with its own limit", () => {
    const e = rejection(() =>
      validatePeriod("2015-01-01", "2017-12-31", {
        byMonth: true,
        limits: { maxPeriodDays: 5000, maxMonths: 24, maxIndicators: 9 },
      }),
    );
    expect(e.message).toContain("共 36 个月，最多 24 个月");
  });

  it("bounds the indicators of one panel", () => {
    const many = Array.from({ length: 101 }, () => "filed");
    expect(rejection(() => resolveIndicators(many)).message).toContain("一次最多 100 个指标");
  });
});

describe("the limits as settings", () => {
  it("reads each limit from its environment variable, else the default", () => {
    expect(queryLimits({})).toEqual({ maxPeriodDays: 3653, maxMonths: 120, maxIndicators: 100 });
    expect(
      queryLimits({
        SHENGUAN_QUERY_MAX_PERIOD_DAYS: "366",
        SHENGUAN_QUERY_MAX_MONTHS: "12",
        SHENGUAN_QUERY_MAX_INDICATORS: " 20 ",
      }),
    ).toEqual({ maxPeriodDays: 366, maxMonths: 12, maxIndicators: 20 });
  });

  it("refuses a setting that is not a positive whole number, naming it", () => {
    expect(() => queryLimits({ SHENGUAN_QUERY_MAX_MONTHS: "0" })).toThrow(/SHENGUAN_QUERY_MAX_MONTHS/);
    expect(() => queryLimits({ SHENGUAN_QUERY_MAX_PERIOD_DAYS: "1e4" })).toThrow(
      /SHENGUAN_QUERY_MAX_PERIOD_DAYS/,
    );
  });

  it("words a shorter limit by its own length", () => {
    // 2024 is a leap year: 2024-01-01 … 2024-12-31 is 366 days, one more is refused; 366 days ≈ 一年.
    const limits = queryLimits({ SHENGUAN_QUERY_MAX_PERIOD_DAYS: "366" });
    expect(() => validatePeriod("2024-01-01", "2024-12-31", { limits })).not.toThrow();
    const e = rejection(() => validatePeriod("2024-01-01", "2025-01-01", { limits }));
    expect(e.message).toContain("共 367 天，最长 366 天（约一年）");
  });
});
