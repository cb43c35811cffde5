import { describe, expect, it } from "vitest";
import type { WorkloadWeights } from "./weights.js";
import { computeWorkload, shareOfMean, type WorkloadCountRow } from "./workload.js";

const W: WorkloadWeights = {
  otherWeight: 1,
  rows: [
    { typeCode: "民初", procedure: "普通程序", weight: 1, basis: "本院实践" },
    { typeCode: "民初", procedure: "简易程序", weight: 0.6, basis: "本院实践" },
    { typeCode: "民初", procedure: "小额诉讼程序", weight: 0.4, basis: "本院实践" },
    { typeCode: "执", procedure: "*", weight: 0.3, basis: "本院实践" },
  ],
};

const row = (
  division: string,
  judge: string,
  typeCode: string,
  procedure: string,
  received: number,
  closed: number,
  pending: number,
): WorkloadCountRow => ({ division, judge, typeCode, procedure, received, closed, pending });

const ROWS = [
  // 甲: received 10 普通 + 5 简易 = 10×1 + 5×0.6 = 13; closed 8 + 2 = 8 + 1.2 = 9.2; pending 4 + 3 = 4 + 1.8 = 5.8
  row("民一庭", "甲", "民初", "普通程序", 10, 8, 4),
  row("民一庭", "甲", "民初", "简易程序", 5, 2, 3),
  // 乙: received 20 小额 = 8; closed 15 × 0.4 = 6; pending 5 × 0.4 = 2
  row("民一庭", "乙", "民初", "小额诉讼程序", 20, 15, 5),
  // 丙 (执行局): 30 执 × 0.3 = 9 received, 20 × 0.3 = 6 closed, 10 × 0.3 = 3 pending
  row("执行局", "丙", "执", "执行实施", 30, 20, 10),
];

describe("computeWorkload", () => {
  const s = computeWorkload(ROWS, W);

  it("weights each judge's received, closed and pending cases", () => {
    const jia = s.judges.find((j) => j.judge === "甲");
    expect(jia?.counts).toEqual({ received: 15, closed: 10, pending: 7 });
    expect(jia?.weighted).toEqual({ received: 13, closed: 9.2, pending: 5.8 });
    expect(s.judges.find((j) => j.judge === "乙")?.weighted).toEqual({ received: 8, closed: 6, pending: 2 });
  });

  it("averages per judge of the division and of the court", () => {
    // 民一庭: received (13 + 8) / 2 = 10.5; closed (9.2 + 6) / 2 = 7.6; pending (5.8 + 2) / 2 = 3.9
    const civil = s.divisions.find((d) => d.unit === "民一庭");
    expect(civil?.judges).toBe(2);
    expect(civil?.mean).toEqual({ received: 10.5, closed: 7.6, pending: 3.9 });
    expect(civil?.weighted).toEqual({ received: 21, closed: 15.2, pending: 7.8 });
    // 全院: received (13 + 8 + 9) / 3 = 10; closed (9.2 + 6 + 6) / 3 = 7.0666… → 7.07; pending (5.8 + 2 + 3) / 3 = 3.6
    expect(s.court).toMatchObject({
      unit: "全院",
      judges: 3,
      mean: { received: 10, closed: 7.07, pending: 3.6 },
    });
  });

  it("gives each judge's share above or below the division mean in percent", () => {
    // 甲 received 13 vs mean 10.5: (13 − 10.5) / 10.5 = 23.809…% → 23.8; 乙 8: −23.8
    // closed 9.2 vs 7.6: 1.6 / 7.6 = 21.05…% → 21.1; 乙 6: −21.1
    // pending 5.8 vs 3.9: 1.9 / 3.9 = 48.717…% → 48.7; 乙 2: −1.9 / 3.9 → −48.7
    const jia = s.judges.find((j) => j.judge === "甲");
    const yi = s.judges.find((j) => j.judge === "乙");
    expect(jia?.share).toEqual({ received: 23.8, closed: 21.1, pending: 48.7 });
    expect(yi?.share).toEqual({ received: -23.8, closed: -21.1, pending: -48.7 });
    // 丙 alone in 执行局 is the mean: 0%.
    expect(s.judges.find((j) => j.judge === "丙")?.share).toEqual({ received: 0, closed: 0, pending: 0 });
  });

  it("lists roster judges without cases at zero, and their share is −100%", () => {
    const r = computeWorkload(ROWS, W, [{ division: "民一庭", judge: "丁" }]);
    const ding = r.judges.find((j) => j.judge === "丁");
    expect(ding?.weighted).toEqual({ received: 0, closed: 0, pending: 0 });
    // Mean received now (13 + 8 + 0) / 3 = 7; 丁: (0 − 7) / 7 = −100%
    expect(ding?.share.received).toBe(-100);
    expect(r.divisions.find((d) => d.unit === "民一庭")?.mean.received).toBe(7);
  });

  it("orders by division, then judge, whatever the input order", () => {
    const r = computeWorkload([...ROWS].reverse(), W);
    // Code points: 执 U+6267 < 民 U+6C11; 乙 U+4E59 < 甲 U+7532.
    expect(r.judges.map((j) => j.judge)).toEqual(["丙", "乙", "甲"]);
    expect(r).toEqual(s);
  });
});

describe("shareOfMean", () => {
  it("is null when the mean is zero", () => {
    expect(shareOfMean(0, 0, 3)).toBeNull();
  });
  it("(x − mean) / mean × 100, one decimal: 2 of mean 3 is −33.3%", () => {
    // values 2, 4, 3 → sum 9, mean 3; 2 → (2 − 3) / 3 = −33.33…%
    expect(shareOfMean(2, 9, 3)).toBe(-33.3);
  });
});
