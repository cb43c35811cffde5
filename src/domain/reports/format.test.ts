import { describe, expect, it } from "vitest";
import { indicatorById } from "../indicators/index.js";
import { count, countChange, oneDecimal, pct, rangeText, valueChange, valueText } from "./format.js";

describe("report number formats", () => {
  it("writes counts with thousands separators and shares with one decimal", () => {
    expect(count(1234)).toBe("1,234");
    expect(count(1234567)).toBe("1,234,567");
    // 0.9612 × 100 = 96.12 → 96.1
    expect(pct(0.9612)).toBe("96.1%");
    // 0.00045 × 100 = 0.045 → 0.0 (never "-0.0")
    expect(oneDecimal(-0.04)).toBe("0.0");
    expect(valueText("天", 45.26)).toBe("45.3 天");
    expect(valueText("%", null)).toBe("—");
  });

  it("writes a count's change with the arithmetic", () => {
    // 1,234 − 1,178 = 56; 56 ÷ 1,178 = 4.75…% → +4.8%
    expect(countChange("同比", 1234, 1178)).toBe("同比增加 56 件（+4.8%）");
    // 988 − 1,000 = −12; −12 ÷ 1,000 = −1.2%
    expect(countChange("环比", 988, 1000)).toBe("环比减少 12 件（-1.2%）");
    expect(countChange("同比", 7, 7)).toBe("同比持平");
    // No base: the change has no percentage.
    expect(countChange("同比", 5, 0)).toBe("同比增加 5 件（上年同期为 0 件）");
    expect(countChange("环比", 5, 0)).toBe("环比增加 5 件（上期为 0 件）");
  });

  it("writes a share's change in percentage points and a duration's in days", () => {
    // 96.1% − 94.9% = 1.2 个百分点
    expect(valueChange("同比", "%", 0.961, 0.949)).toBe("同比上升 1.2 个百分点");
    // 40.0 − 43.5 = −3.5 天
    expect(valueChange("环比", "天", 40, 43.5)).toBe("环比缩短 3.5 天");
    expect(valueChange("同比", "%", 0.5, null)).toBe("同比无可比数据");
    expect(valueChange("同比", "件", 12, 10)).toBe("同比增加 2 件（+20.0%）");
  });

  it("writes reference ranges from the catalogue", () => {
    // on_time_rate: min 0.95; reversal_remand_rate: max 0.02; overdue_pending: max 0 件.
    expect(rangeText(indicatorById("on_time_rate")!)).toBe("不低于 95.0%");
    expect(rangeText(indicatorById("reversal_remand_rate")!)).toBe("不高于 2.0%");
    expect(rangeText(indicatorById("overdue_pending")!)).toBe("为 0 件");
    expect(rangeText(indicatorById("filed")!)).toBe("—");
  });
});
