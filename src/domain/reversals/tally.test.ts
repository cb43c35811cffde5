import { describe, expect, it } from "vitest";
import { tallyEntries } from "./tally.js";

describe("tallyEntries", () => {
  const entries = [
    { division: "民一庭", judge: "甲", outcome: "改判" as const, reason: "事实认定", responsibility: "差错" },
    {
      division: "民一庭",
      judge: "甲",
      outcome: "发回重审" as const,
      reason: "新证据",
      responsibility: "非差错",
    },
    { division: "民一庭", judge: "乙", outcome: "改判" as const, reason: null, responsibility: null },
    { division: "刑庭", judge: "丙", outcome: "改判" as const, reason: "法律适用", responsibility: "瑕疵" },
  ];

  it("counts by division: 差错占比 = 差错 ÷ classified", () => {
    const { rows, total } = tallyEntries(entries, "division");
    // 刑庭 sorts before 民一庭 by code point (刑 U+5211 < 民 U+6C11).
    expect(rows.map((r) => [r.key, r.total, r.reversed, r.remanded, r.classified, r.errors])).toEqual([
      ["刑庭", 1, 1, 0, 1, 0],
      ["民一庭", 3, 2, 1, 2, 1],
    ]);
    // 民一庭: 1 差错 of 2 classified = 0.5; the unclassified one is left out.
    expect(rows[1]?.errorShare).toBe(0.5);
    expect(rows[0]?.errorShare).toBe(0);
    // Court: 1 of 3 classified.
    expect(total.errorShare).toBeCloseTo(1 / 3);
    expect(total.byReason).toMatchObject({ 事实认定: 1, 新证据: 1, 法律适用: 1, 程序违法: 0 });
    expect(total.byResponsibility).toEqual({ 差错: 1, 瑕疵: 1, 非差错: 1 });
  });

  it("counts by judge; a group with nothing classified has no share", () => {
    const { rows } = tallyEntries(entries, "judge");
    const yi = rows.find((r) => r.judge === "乙");
    expect(yi).toMatchObject({ total: 1, classified: 0, unclassified: 1, errorShare: null });
  });
});
