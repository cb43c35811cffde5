import { describe, expect, it } from "vitest";
import { monthPeriod, quarterPeriod, trendWindow } from "./period.js";

describe("report periods", () => {
  it("a quarter is its three calendar months", () => {
    // Q4 = October, November, December; December has 31 days.
    expect(quarterPeriod("2024Q4")).toEqual({
      id: "2024Q4",
      from: "2024-10-01",
      to: "2024-12-31",
      label: "2024年第四季度",
    });
    // Q1 of a leap year: January to March (March has 31 days).
    expect(quarterPeriod("2024Q1")).toMatchObject({
      from: "2024-01-01",
      to: "2024-03-31",
      label: "2024年第一季度",
    });
  });

  it("refuses malformed quarters and months", () => {
    for (const bad of ["2024Q5", "2024Q0", "2024-Q4", "24Q4", "2024q4", ""])
      expect(quarterPeriod(bad)).toBeUndefined();
    for (const bad of ["2024-13", "2024-1", "202411", "2024-11-01"]) expect(monthPeriod(bad)).toBeUndefined();
  });

  it("a month is its calendar days", () => {
    // November has 30 days; February 2024 has 29.
    expect(monthPeriod("2024-11")).toEqual({
      id: "2024-11",
      from: "2024-11-01",
      to: "2024-11-30",
      label: "2024年11月",
    });
    expect(monthPeriod("2024-02")?.to).toBe("2024-02-29");
  });

  it("the trend shows the twelve months ending with the period", () => {
    // December 2024 and the eleven months before: January 2024 … December 2024.
    expect(trendWindow({ to: "2024-12-31" })).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    // November 2024 back eleven months: December 2023.
    expect(trendWindow({ to: "2024-11-30" })).toEqual({ from: "2023-12-01", to: "2024-11-30" });
  });
});
