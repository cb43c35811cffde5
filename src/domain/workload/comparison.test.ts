import { describe, expect, it } from "vitest";
import { indicatorById } from "../indicators/index.js";
import { compareWithCourt, referenceText } from "./comparison.js";

const def = (id: string) => {
  const d = indicatorById(id);
  if (!d) throw new Error(id);
  return d;
};

describe("compareWithCourt", () => {
  it("compares a count with the court's mean per division and a share with the court's figure", () => {
    const filed = def("filed");
    const onTime = def("on_time_rate");
    const rows = compareWithCourt(
      [filed, onTime],
      {
        filed: { value: 300, numerator: 300, denominator: null, assessment: "none" },
        on_time_rate: { value: 0.9, numerator: 90, denominator: 100, assessment: "weak" },
      },
      {
        filed: { value: 1000, numerator: 1000, denominator: null },
        on_time_rate: { value: 0.95, numerator: 950, denominator: 1000 },
      },
      4,
    );
    // filed: court 1000 ÷ 4 divisions = 250; 300 − 250 = +50.
    expect(rows[0]).toMatchObject({ basis: "per-division", value: 300, courtValue: 250, difference: 50 });
    // on-time rate 90% against the court's 95%: −5 points, the bad way for "higher is better".
    expect(rows[1]?.basis).toBe("court");
    expect(rows[1]?.difference).toBeCloseTo(-0.05, 10);
    expect(rows[1]).toMatchObject({ worse: true, assessment: "weak" });
  });

  it("has no difference without a figure on either side", () => {
    const rows = compareWithCourt([def("on_time_rate")], {}, {}, 0);
    expect(rows[0]).toMatchObject({
      value: null,
      courtValue: null,
      difference: null,
      worse: false,
      assessment: "none",
    });
  });

  it("writes the reference range in words", () => {
    expect(referenceText({ ...def("on_time_rate"), reference: { min: 0.95, source: "x" } })).toBe("≥95%");
    expect(referenceText({ ...def("filed"), reference: undefined })).toBeNull();
  });
});
