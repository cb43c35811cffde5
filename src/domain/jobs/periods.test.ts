import { describe, expect, it } from "vitest";
import { parsePeriod, periodContaining, periodOfRun, previousPeriod, recentPeriods } from "./periods.js";

describe("periods", () => {
  it("a monthly run on the 1st covers the month before, across a year's end", () => {
    expect(periodOfRun("month", "2024-07-01").label).toBe("2024-06");
    expect(periodOfRun("month", "2025-01-01")).toEqual({
      kind: "month",
      label: "2024-12",
      from: "2024-12-01",
      to: "2024-12-31",
      name: "2024年12月",
    });
  });

  it("a quarterly run after a quarter covers that quarter", () => {
    // Run on 5 January 2025: the fourth quarter of 2024, 1 October – 31 December.
    expect(periodOfRun("quarter", "2025-01-05")).toEqual({
      kind: "quarter",
      label: "2024Q4",
      from: "2024-10-01",
      to: "2024-12-31",
      name: "2024年第四季度",
    });
    expect(periodOfRun("quarter", "2024-07-05").label).toBe("2024Q2");
  });

  it("February has 29 days in a leap year (2024) and 28 otherwise (2100 is not leap)", () => {
    expect(parsePeriod("month", "2024-02")?.to).toBe("2024-02-29");
    expect(parsePeriod("month", "2023-02")?.to).toBe("2023-02-28");
    expect(parsePeriod("month", "2100-02")?.to).toBe("2100-02-28");
    expect(parsePeriod("month", "2000-02")?.to).toBe("2000-02-29");
  });

  it("refuses labels of the wrong shape", () => {
    expect(parsePeriod("month", "2024-13")).toBeUndefined();
    expect(parsePeriod("month", "2024Q1")).toBeUndefined();
    expect(parsePeriod("quarter", "2024Q5")).toBeUndefined();
    expect(parsePeriod("quarter", "2024-03")).toBeUndefined();
    expect(() => periodContaining("month", "2024/03/01")).toThrow(RangeError);
  });

  it("steps back across years", () => {
    expect(previousPeriod(parsePeriod("quarter", "2024Q1")!).label).toBe("2023Q4");
    expect(previousPeriod(parsePeriod("month", "2024-01")!).label).toBe("2023-12");
  });

  it("lists the most recent complete periods before a day, oldest first", () => {
    // As of 15 Feb 2025 the complete months are …, 2024-12, 2025-01; complete quarters …, 2024Q3, 2024Q4.
    expect(recentPeriods("month", "2025-02-15", 3).map((p) => p.label)).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
    ]);
    expect(recentPeriods("quarter", "2025-02-15", 2).map((p) => p.label)).toEqual(["2024Q3", "2024Q4"]);
  });
});
