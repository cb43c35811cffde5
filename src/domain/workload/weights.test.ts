import { describe, expect, it } from "vitest";
import {
  checkWorkloadWeights,
  DEFAULT_WORKLOAD_WEIGHTS,
  parseWorkloadWeights,
  type WorkloadWeights,
  weightOf,
} from "./weights.js";

const W: WorkloadWeights = {
  otherWeight: 0.7,
  rows: [
    { typeCode: "民初", procedure: "普通程序", weight: 1, basis: "本院实践" },
    { typeCode: "民初", procedure: "简易程序", weight: 0.6, basis: "本院实践" },
    { typeCode: "民初", procedure: "*", weight: 0.5, basis: "本院实践" },
    { typeCode: "执", procedure: "*", weight: 0.3, basis: "本院实践" },
  ],
};

describe("weightOf", () => {
  it("takes the row of the type code and procedure, else the type code's * row, else other cases'", () => {
    expect(weightOf(W, "民初", "普通程序")).toBe(1);
    expect(weightOf(W, "民初", "简易程序")).toBe(0.6);
    // 民初 under 小额诉讼程序 has no row of its own: the 民初 * row.
    expect(weightOf(W, "民初", "小额诉讼程序")).toBe(0.5);
    expect(weightOf(W, "执", "执行实施")).toBe(0.3);
    // 刑初 has no row at all: other cases' weight.
    expect(weightOf(W, "刑初", "普通程序")).toBe(0.7);
  });

  it("the defaults: 民初 普通程序 is the 1.0 basis; lighter procedures weigh less", () => {
    const d = DEFAULT_WORKLOAD_WEIGHTS;
    expect(weightOf(d, "民初", "普通程序")).toBe(1);
    expect(weightOf(d, "民初", "简易程序")).toBeLessThan(1);
    expect(weightOf(d, "民初", "小额诉讼程序")).toBeLessThan(weightOf(d, "民初", "简易程序"));
    expect(weightOf(d, "民初", "速裁程序")).toBeLessThan(weightOf(d, "民初", "小额诉讼程序"));
    expect(d.rows.every((r) => r.basis.length > 0)).toBe(true);
  });
});

describe("checkWorkloadWeights", () => {
  const ok = (rows: unknown[]) => checkWorkloadWeights({ otherWeight: 1, rows });

  it("accepts a valid table and keeps its rows", () => {
    const r = ok([{ typeCode: "民初", procedure: "普通程序", weight: 1.25 }]);
    expect(r).toEqual({
      weights: {
        otherWeight: 1,
        rows: [{ typeCode: "民初", procedure: "普通程序", weight: 1.25, basis: "本院实践" }],
      },
    });
  });

  it("names the row, its type code and procedure, and the value when a weight is bad", () => {
    const r = ok([
      { typeCode: "民初", procedure: "普通程序", weight: 1 },
      { typeCode: "民初", procedure: "简易程序", weight: 0 },
    ]);
    expect(r).toEqual({
      field: "rows[1].weight",
      message: "第 2 行（民初 简易程序）：权重应大于 0 且不超过 10，当前为 0",
    });
    expect(ok([{ typeCode: "执", procedure: "*", weight: 0.333 }])).toEqual({
      field: "rows[0].weight",
      message: "第 1 行（执 任何程序）：权重最多两位小数，当前为 0.333",
    });
    expect(ok([{ typeCode: "执", procedure: "*", weight: "1" }])).toMatchObject({ field: "rows[0].weight" });
  });

  it("refuses an unknown procedure, an empty type code and a repeated row", () => {
    expect(ok([{ typeCode: "民初", procedure: "普通", weight: 1 }])).toMatchObject({
      field: "rows[0].procedure",
      message: expect.stringMatching(/^第 1 行（民初 普通）：审理程序应为/),
    });
    expect(ok([{ typeCode: "", procedure: "*", weight: 1 }])).toMatchObject({ field: "rows[0].typeCode" });
    expect(
      ok([
        { typeCode: "执", procedure: "*", weight: 0.3 },
        { typeCode: "执", procedure: "*", weight: 0.4 },
      ]),
    ).toEqual({
      field: "rows[1]",
      message: "第 2 行（执 任何程序）：与第 1 行重复（同一代字和程序只能有一个权重）",
    });
    expect(checkWorkloadWeights({ rows: [], otherWeight: -1 })).toMatchObject({ field: "otherWeight" });
    expect(checkWorkloadWeights({ rows: [], extra: 1 })).toMatchObject({ field: "extra" });
  });

  it("reads the stored setting: absent is the defaults, bad JSON a problem", () => {
    expect(parseWorkloadWeights(undefined)).toEqual({ weights: DEFAULT_WORKLOAD_WEIGHTS });
    expect(parseWorkloadWeights("{")).toEqual({
      field: "workload_weights",
      message: "案件权重设置不是有效的 JSON",
    });
  });
});
