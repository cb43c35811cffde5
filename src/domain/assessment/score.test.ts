/**
 * Scoring on every method's boundaries. Each expected figure is worked out by hand in the comment
 * beside it from the formulas of the format (docs/assessment.md), not read from the code.
 */
import { describe, expect, it } from "vitest";
import { offending } from "../../../test/helpers/user-text.js";
import { catalogueLookup } from "./catalogue-lookup.js";
import { EXAMPLE_SCHEME_2024 } from "./example-2024.js";
import type { IndicatorBrief, Scheme, SchemeItem } from "./scheme.js";
import { scoreUnits } from "./score.js";

const DEFS: Record<string, IndicatorBrief> = {
  on_time_rate: { id: "on_time_rate", name: "法定审限内结案率", unit: "%", direction: "higher" },
  reversal_remand_rate: {
    id: "reversal_remand_rate",
    name: "一审改判发回重审率",
    unit: "%",
    direction: "lower",
  },
  clearance_rate: { id: "clearance_rate", name: "结收比", unit: "%", direction: "higher" },
  avg_duration_days: { id: "avg_duration_days", name: "平均审理天数", unit: "天", direction: "lower" },
  mediation_rate: { id: "mediation_rate", name: "调解率", unit: "%", direction: "higher" },
  long_pending_12m: { id: "long_pending_12m", name: "超12个月未结案件数", unit: "件", direction: "lower" },
};
const lookup = (id: string) => DEFS[id];

function one(item: SchemeItem, values: (number | null)[]) {
  const scheme: Scheme = { name: "测试", version: "1", items: [item] };
  return scoreUnits(
    scheme,
    values.map((v, i) => ({ key: `单位${i + 1}`, values: { [item.indicator]: v } })),
    lookup,
  ).map((u) => u.items[0]);
}

describe("range (区间达标)", () => {
  const onTime: SchemeItem = {
    indicator: "on_time_rate",
    weight: 20,
    method: "range",
    min: 0.95,
    step: 0.01,
    penalty: 2,
  };

  it("exactly at the lower bound earns full points (bounds are included)", () => {
    const [r] = one(onTime, [0.95]);
    expect(r?.points).toBe(20);
    expect(r?.explanation).toBe("法定审限内结案率 95%，在合理区间（≥95%）内，得满分 20 分");
  });

  it("inside the range: full points, the sentence with the value", () => {
    const [r] = one(onTime, [0.961]);
    expect(r?.points).toBe(20);
    expect(r?.explanation).toBe("法定审限内结案率 96.1%，在合理区间（≥95%）内，得满分 20 分");
  });

  it("2.3 points below: ceil(2.3 / 1) = 3 steps × 2 = 6 off, 20 − 6 = 14", () => {
    const [r] = one(onTime, [0.927]);
    expect(r?.points).toBeCloseTo(14, 9);
    expect(r?.explanation).toBe(
      "法定审限内结案率 92.7%，低于下限 95% 差 2.3 个百分点，按每 1 个百分点扣 2 分（不足 1 个百分点按 1 个百分点计）扣 6 分，得 14 分",
    );
  });

  it("exactly one step below is one step, not two (binary fractions): 20 − 2 = 18", () => {
    // 0.95 − 0.94 = 0.01000…09 in binary; ceil(1.0000…9 − 1e-9) = 1
    const [r] = one(onTime, [0.94]);
    expect(r?.points).toBe(18);
    expect(r?.explanation).toBe(
      "法定审限内结案率 94%，低于下限 95% 差 1 个百分点，按每 1 个百分点扣 2 分扣 2 分，得 18 分",
    );
  });

  it("far below: 95% − 80% = 15 steps × 2 = 30 > 20, floored at 0", () => {
    const [r] = one(onTime, [0.8]);
    expect(r?.points).toBe(0);
    expect(r?.explanation).toContain("应扣 30 分，扣完为止，得 0 分");
  });

  it("an upper bound: at 2% full; 2.6% is 0.6 pp over, ceil(0.6 / 0.5) = 2 steps × 4 = 8, 20 − 8 = 12", () => {
    const rev: SchemeItem = {
      indicator: "reversal_remand_rate",
      weight: 20,
      method: "range",
      max: 0.02,
      step: 0.005,
      penalty: 4,
    };
    const [atEdge, over] = one(rev, [0.02, 0.026]);
    expect(atEdge?.points).toBe(20);
    expect(atEdge?.explanation).toBe("一审改判发回重审率 2%，在合理区间（≤2%）内，得满分 20 分");
    expect(over?.points).toBe(12);
    expect(over?.explanation).toContain("高于上限 2% 超出 0.6 个百分点，按每 0.5 个百分点扣 4 分");
  });

  it("both bounds: at the upper edge full; the nearest bound counts", () => {
    const both: SchemeItem = { ...onTime, min: 0.9, max: 0.98, step: 0.01, penalty: 1 };
    // 0.98 is the upper edge → 20; 0.99 is 1 pp above 0.98 → 20 − 1 = 19; 0.875 is 2.5 pp below 0.9 → 3 steps → 17
    const [edge, above, below] = one(both, [0.98, 0.99, 0.875]);
    expect(edge?.points).toBe(20);
    expect(edge?.explanation).toContain("在合理区间（90%～98%）内");
    expect(above?.points).toBe(19);
    expect(below?.points).toBe(17);
  });
});

describe("target (线性得分)", () => {
  const clearance: SchemeItem = {
    indicator: "clearance_rate",
    weight: 15,
    method: "target",
    target: 1,
    floor: 0.8,
  };

  it("at the target: full; above it: still full (clamped)", () => {
    const [at, above] = one(clearance, [1, 1.12]);
    expect(at?.points).toBe(15);
    expect(at?.explanation).toBe("结收比 100%，达到目标值 100%，得满分 15 分");
    expect(above?.points).toBe(15);
  });

  it("at the floor: 0; below the floor: 0 (clamped)", () => {
    const [at, below] = one(clearance, [0.8, 0.7]);
    expect(at?.points).toBe(0);
    expect(at?.explanation).toBe("结收比 80%，等于零分线 80%（目标值 100%），得 0 分");
    expect(below?.points).toBe(0);
    expect(below?.explanation).toContain("低于零分线 80%");
  });

  it("between: 15 × (0.9 − 0.8) / (1 − 0.8) = 7.5", () => {
    const [r] = one(clearance, [0.9]);
    expect(r?.points).toBeCloseTo(7.5, 9);
    expect(r?.explanation).toBe(
      "结收比 90%，介于零分线 80% 与目标值 100% 之间，按线性得分 15 ×（90 − 80）÷（100 − 80）= 7.5 分",
    );
  });

  it("lower is better (floor > target): 15 × (105 − 150) / (60 − 150) = 15 × 0.5 = 7.5; 60 full; 150 none", () => {
    const days: SchemeItem = {
      indicator: "avg_duration_days",
      weight: 15,
      method: "target",
      target: 60,
      floor: 150,
    };
    const [mid, at, worst, better] = one(days, [105, 60, 150, 45]);
    expect(mid?.points).toBeCloseTo(7.5, 9);
    expect(mid?.explanation).toContain("平均审理天数 105 天，介于零分线 150 天 与目标值 60 天 之间");
    expect(at?.points).toBe(15);
    expect(worst?.points).toBe(0);
    expect(better?.points).toBe(15);
  });
});

describe("relative (比例得分)", () => {
  const mediation: SchemeItem = { indicator: "mediation_rate", weight: 20, method: "relative" };

  it("higher is better: best 40%; 30% earns 20 × 30 / 40 = 15; a null unit is left out of the best", () => {
    const [a, b, c] = one(mediation, [0.4, 0.3, null]);
    expect(a?.points).toBe(20);
    expect(b?.points).toBeCloseTo(15, 9);
    expect(b?.explanation).toBe("调解率 30%，各单位最高（最优）为 40%，得 20 × 30 ÷ 40 = 15 分");
    expect(c?.scored).toBe(false);
  });

  it("all units equal: every one is the best and earns the full weight", () => {
    const rs = one(mediation, [0.25, 0.25, 0.25]);
    expect(rs.map((r) => r?.points)).toEqual([20, 20, 20]);
  });

  it("higher is better and best = 0: every unit earns the full weight", () => {
    const rs = one(mediation, [0, 0]);
    expect(rs.map((r) => r?.points)).toEqual([20, 20]);
    expect(rs[0]?.explanation).toBe("调解率 0%，各单位均为 0，均得满分 20 分");
  });

  it("lower is better: best 1%; 4% earns 20 × 1 / 4 = 5", () => {
    const rev: SchemeItem = { indicator: "reversal_remand_rate", weight: 20, method: "relative" };
    const [best, worse] = one(rev, [0.01, 0.04]);
    expect(best?.points).toBe(20);
    expect(worse?.points).toBeCloseTo(5, 9);
  });

  it("lower is better and best = 0: the zero unit earns w, every unit above 0 earns 0", () => {
    const rev: SchemeItem = { indicator: "reversal_remand_rate", weight: 20, method: "relative" };
    const [zero, some] = one(rev, [0, 0.03]);
    expect(zero?.points).toBe(20);
    expect(some?.points).toBe(0);
    expect(some?.explanation).toContain("各单位最低为 0%，本单位不为 0，得 0 分");
  });
});

describe("deduct (扣分)", () => {
  const lp: SchemeItem = { indicator: "long_pending_12m", weight: 10, method: "deduct", points: 1 };

  it("none: full; 3 cases: 10 − 3 × 1 = 7; 12 cases: 10 − 12 < 0 → 0 (floor at 0)", () => {
    const [none, three, many] = one(lp, [0, 3, 12]);
    expect(none?.points).toBe(10);
    expect(three?.points).toBe(7);
    expect(three?.explanation).toBe("超12个月未结案件数 3 件，每件扣 1 分，扣 3 分，得 7 分");
    expect(many?.points).toBe(0);
    expect(many?.explanation).toContain("应扣 12 分，扣完为止，得 0 分");
  });

  it("exactly w / points cases: 10 − 10 × 1 = 0", () => {
    const [r] = one(lp, [10]);
    expect(r?.points).toBe(0);
  });
});

describe("null values and the total", () => {
  const scheme: Scheme = {
    name: "测试",
    version: "1",
    items: [
      { indicator: "on_time_rate", weight: 20, method: "range", min: 0.95, step: 0.01, penalty: 2 },
      { indicator: "clearance_rate", weight: 30, method: "target", target: 1, floor: 0.8 },
      { indicator: "long_pending_12m", weight: 50, method: "deduct", points: 5 },
    ],
  };

  it("every item scored: 100 × (14 + 30 + 40) / 100 = 84", () => {
    // on time 92.7% → 20 − 3 × 2 = 14 (as above); clearance 100% is the target → 30;
    // long pending 2 → 50 − 2 × 5 = 40. Σ points = 84; Σ weights = 100 → 84
    const [u] = scoreUnits(
      scheme,
      [{ key: "民一庭", values: { on_time_rate: 0.927, clearance_rate: 1, long_pending_12m: 2 } }],
      lookup,
    );
    expect(u?.total).toBeCloseTo(84, 9);
  });

  it("a zero denominator (null) is not scored and its weight leaves the total: 100 × (14 + 40) / 70", () => {
    // Σ points = 14 + 40 = 54; Σ weights of scored items = 20 + 50 = 70 → 77.142857…
    const [u] = scoreUnits(
      scheme,
      [{ key: "民一庭", values: { on_time_rate: 0.927, clearance_rate: null, long_pending_12m: 2 } }],
      lookup,
    );
    expect(u?.total).toBeCloseTo((100 * 54) / 70, 9);
    const clearance = u?.items[1];
    expect(clearance).toMatchObject({ scored: false, points: null, value: null, weight: 30 });
    expect(clearance?.explanation).toBe("结收比无可计算数据（分母为零），不计分，权重不计入总分");
  });

  it("nothing scored: the total is null (not 0)", () => {
    const ratesOnly: Scheme = { ...scheme, items: scheme.items.slice(0, 2) };
    const [u] = scoreUnits(ratesOnly, [{ key: "刑庭", values: { on_time_rate: null } }], lookup);
    expect(u?.total).toBeNull();
    expect(u?.items.every((i) => !i.scored)).toBe(true);
  });
});

describe("explanations are for people", () => {
  it("every sentence of the example scheme over a spread of values is Chinese without developer text", () => {
    // Values below, at and above every bound: shares 0 … 1.2, days 0 … 300, counts 0 … 20, and none.
    const samples = [
      null,
      0,
      0.01,
      0.02,
      0.1,
      0.27,
      0.5,
      0.85,
      0.9,
      0.95,
      1,
      1.2,
      45,
      60,
      105,
      150,
      300,
      3,
      20,
    ];
    const units = samples.map((v, n) => ({
      key: `单位${n}`,
      values: Object.fromEntries(EXAMPLE_SCHEME_2024.items.map((i) => [i.indicator, v])),
    }));
    const texts = scoreUnits(EXAMPLE_SCHEME_2024, units, catalogueLookup).flatMap((u) =>
      u.items.map((i) => ({ where: `${u.key} ${i.indicator}`, text: i.explanation })),
    );
    expect(texts.length).toBe(samples.length * 14);
    expect(offending(texts)).toEqual([]);
  });
});
