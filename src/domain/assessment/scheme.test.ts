import { describe, expect, it } from "vitest";
import { offending } from "../../../test/helpers/user-text.js";
import { INDICATORS } from "../indicators/catalogue.js";
import { catalogueLookup } from "./catalogue-lookup.js";
import { EXAMPLE_SCHEME_2024 } from "./example-2024.js";
import { normalizeScheme, validateScheme } from "./scheme.js";

const base = (items: unknown[]) => ({ name: "考核办法", version: "1", items });

describe("validateScheme", () => {
  it("accepts the format's own example", () => {
    const example = base([
      { indicator: "on_time_rate", weight: 20, method: "range", min: 0.95, step: 0.01, penalty: 2 },
      { indicator: "clearance_rate", weight: 15, method: "target", target: 1.0, floor: 0.8 },
      { indicator: "avg_duration_days", weight: 15, method: "target", target: 60, floor: 150 },
      { indicator: "mediation_rate", weight: 20, method: "relative" },
      { indicator: "long_pending_12m", weight: 10, method: "deduct", points: 1 },
      { indicator: "reversal_remand_rate", weight: 20, method: "range", max: 0.05, step: 0.005, penalty: 4 },
    ]);
    expect(validateScheme(example, catalogueLookup)).toEqual([]);
  });

  it("names the item, the indicator and the missing parameter", () => {
    const errors = validateScheme(
      base([
        { indicator: "on_time_rate", weight: 20, method: "range", min: 0.95, step: 0.01, penalty: 2 },
        { indicator: "clearance_rate", weight: 15, method: "target", floor: 0.8 },
        { indicator: "mediation_rate", weight: 10, method: "target", floor: 0.1 },
      ]),
      catalogueLookup,
    );
    expect(errors.map((e) => e.message)).toEqual([
      "第 2 项（clearance_rate）：缺少参数 target（目标值）",
      "第 3 项（mediation_rate）：缺少参数 target（目标值）",
    ]);
    expect(errors[1]).toMatchObject({ index: 3, indicator: "mediation_rate", field: "target" });
  });

  it("refuses an unknown indicator, a weight ≤ 0, an unknown method", () => {
    const errors = validateScheme(
      base([
        { indicator: "no_such", weight: 10, method: "relative" },
        { indicator: "on_time_rate", weight: 0, method: "relative" },
        { indicator: "clearance_rate", weight: -5, method: "relative" },
        { indicator: "mediation_rate", weight: 5, method: "rank" },
      ]),
      catalogueLookup,
    );
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [1, "indicator"],
      [2, "weight"],
      [3, "weight"],
      [4, "method"],
    ]);
    expect(errors[0]?.message).toBe("第 1 项（no_such）：未知的指标 no_such");
    expect(errors[1]?.message).toBe("第 2 项（on_time_rate）：权重 weight 应大于 0，实为 0");
    expect(errors[3]?.message).toContain('第 4 项（mediation_rate）：未知的计分方法 "rank"');
  });

  it("refuses parameters of the wrong sign and a floor equal to the target", () => {
    const errors = validateScheme(
      base([
        { indicator: "on_time_rate", weight: 10, method: "range", min: 0.95, step: 0, penalty: -1 },
        { indicator: "clearance_rate", weight: 10, method: "target", target: 1, floor: 1 },
        { indicator: "long_pending_12m", weight: 10, method: "deduct", points: -2 },
        { indicator: "appeal_rate", weight: 10, method: "range", step: 0.01, penalty: 1 },
      ]),
      catalogueLookup,
    );
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [1, "step"],
      [1, "penalty"],
      [2, "floor"],
      [3, "points"],
      [4, "min"],
    ]);
    expect(errors[2]?.message).toBe(
      "第 2 项（clearance_rate）：零分线 floor 不能等于目标值 target（均为 1）",
    );
  });

  it("refuses relative on a neutral indicator and deduct on a share", () => {
    const errors = validateScheme(
      base([
        { indicator: "withdrawal_rate", weight: 10, method: "relative" },
        { indicator: "on_time_rate", weight: 10, method: "deduct", points: 1 },
      ]),
      catalogueLookup,
    );
    expect(errors.map((e) => [e.index, e.field])).toEqual([
      [1, "method"],
      [2, "method"],
    ]);
  });

  it("refuses a scheme without name, version or items, and a repeated indicator", () => {
    expect(validateScheme({ items: [] }, catalogueLookup).map((e) => e.field)).toEqual([
      "name",
      "version",
      "items",
    ]);
    const dup = validateScheme(
      base([
        { indicator: "mediation_rate", weight: 10, method: "relative" },
        { indicator: "mediation_rate", weight: 10, method: "relative" },
      ]),
      catalogueLookup,
    );
    expect(dup.map((e) => e.message)).toEqual(["第 2 项（mediation_rate）：指标与第 1 项重复"]);
  });

  it("normalizeScheme keeps only the method's parameters", () => {
    const s = normalizeScheme(
      base([
        { indicator: "mediation_rate", weight: 10, method: "relative", min: 3, note: " 说明 " },
      ]) as never,
    );
    expect(s.items[0]).toEqual({ indicator: "mediation_rate", weight: 10, method: "relative", note: "说明" });
  });
});

describe("the example scheme for 2024", () => {
  it("is valid, weighs 100 in all, includes 调解率 and notes every item", () => {
    expect(validateScheme(EXAMPLE_SCHEME_2024, catalogueLookup)).toEqual([]);
    // 12+8+6+12+6+8+8+10+6+5+4+6+5+4 = 100
    expect(EXAMPLE_SCHEME_2024.items.reduce((s, i) => s + i.weight, 0)).toBe(100);
    expect(EXAMPLE_SCHEME_2024.items.map((i) => i.indicator)).toContain("mediation_rate");
    expect(EXAMPLE_SCHEME_2024.items.length).toBeGreaterThanOrEqual(12);
    for (const item of EXAMPLE_SCHEME_2024.items) expect(item.note ?? "").toMatch(/[\u4e00-\u9fff]/);
    // The notes are shown to people: Chinese, no developer's marks or English.
    expect(
      offending(EXAMPLE_SCHEME_2024.items.map((i) => ({ where: i.indicator, text: i.note ?? "" }))),
    ).toEqual([]);
    const ids = new Set(INDICATORS.map((d) => d.id));
    for (const item of EXAMPLE_SCHEME_2024.items) expect(ids.has(item.indicator)).toBe(true);
  });
});
