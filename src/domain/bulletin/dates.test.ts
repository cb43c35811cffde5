import { describe, expect, it } from "vitest";
import { formatDaysLeft } from "../../../web/src/shared/format.js";
import { changeText, daysLeftText, monthBounds } from "./dates.js";

describe("days to the deadline in words", () => {
  it("reads overdue days as 已超 N 天, never as a negative number", () => {
    expect(daysLeftText(-128)).toBe("已超 128 天");
    expect(daysLeftText(-1)).toBe("已超 1 天");
    expect(daysLeftText(0)).toBe("今日届满");
    expect(daysLeftText(5)).toBe("剩余 5 天");
    expect(daysLeftText(null)).toBe("");
    expect(daysLeftText(undefined)).toBe("");
  });

  it("the screens say the same (— where an export leaves the cell empty)", () => {
    for (const d of [-963, -128, -1, 0, 1, 5, 30, 182]) expect(formatDaysLeft(d)).toBe(daysLeftText(d));
    expect(formatDaysLeft(null)).toBe("—");
    for (const d of [-963, -1, 0, 7]) expect(formatDaysLeft(d)).not.toMatch(/-\d/);
  });
});

describe("bulletin dates", () => {
  it("bounds a month and names the previous one (January → December of the year before)", () => {
    expect(monthBounds("2024-02")).toEqual({ from: "2024-02-01", to: "2024-02-29", previous: "2024-01" });
    expect(monthBounds("2025-01")).toEqual({ from: "2025-01-01", to: "2025-01-31", previous: "2024-12" });
  });

  it("words a change against last month", () => {
    expect(changeText(5, 3)).toBe("较上月增加 2 件");
    expect(changeText(3, 5, "条")).toBe("较上月减少 2 条");
    expect(changeText(2, 2)).toBe("与上月持平");
  });
});
