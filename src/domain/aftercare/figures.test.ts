import { describe, expect, it } from "vitest";
import {
  type ExplanationFigureRow,
  type PerformanceFigureRow,
  performanceClass,
  tallyExplanations,
  tallyPerformance,
} from "./figures.js";

const ex = (
  division: string,
  judge: string,
  firstInstance: boolean,
  appealed: boolean,
  explained: boolean,
): ExplanationFigureRow => ({
  division,
  judge,
  firstInstance,
  appealed,
  explained,
});

describe("释明 figures", () => {
  // 民一庭 张三: 4 民初 judgments — 2 explained (1 appealed), 2 not (2 appealed); 民一庭 李四: 1 民终
  // judgment explained; 民二庭 王五: 1 民初 not explained, not appealed.
  const rows = [
    ex("民一庭", "张三", true, false, true),
    ex("民一庭", "张三", true, true, true),
    ex("民一庭", "张三", true, true, false),
    ex("民一庭", "张三", true, true, false),
    ex("民一庭", "李四", false, false, true),
    ex("民二庭", "王五", true, false, false),
  ];
  it("by division: share recorded, 服判息诉率 with and without", () => {
    const t = tallyExplanations(rows, "division");
    // 民一庭: 5 judgments, 3 explained → 60 %; with: 2 民初, 1 not appealed → 50 %; without: 2, 0 → 0 %.
    expect(t.rows[0]).toMatchObject({ division: "民一庭", judgments: 5, explained: 3, share: 0.6 });
    expect(t.rows[0]?.acceptedWith).toEqual({ n: 2, hit: 1, rate: 0.5 });
    expect(t.rows[0]?.acceptedWithout).toEqual({ n: 2, hit: 0, rate: 0 });
    // 民二庭: 1 judgment, none explained; without: 1, 1 → 100 %; with: none → null.
    expect(t.rows[1]).toMatchObject({ division: "民二庭", judgments: 1, explained: 0, share: 0 });
    expect(t.rows[1]?.acceptedWith.rate).toBeNull();
    // Total: 6 judgments, 3 explained; without: 3 民初, 1 accepted.
    expect(t.total).toMatchObject({ judgments: 6, explained: 3, share: 0.5 });
    expect(t.total.acceptedWithout).toEqual({ n: 3, hit: 1, rate: 1 / 3 });
  });
  it("by judge", () => {
    const t = tallyExplanations(rows, "judge");
    // Keys sort by division then judge (code point order: 张 U+5F20 before 李 U+674E).
    expect(t.rows.map((r) => [r.judge, r.judgments])).toEqual([
      ["张三", 4],
      ["李四", 1],
      ["王五", 1],
    ]);
    const zs = t.rows.find((r) => r.judge === "张三");
    expect(zs).toMatchObject({ judgments: 4, explained: 2, share: 0.5 });
  });
});

const pf = (x: Partial<PerformanceFigureRow>): PerformanceFigureRow => ({
  division: "民一庭",
  judge: "张三",
  effective: true,
  enforced: false,
  outcome: null,
  enforcementApplied: null,
  ...x,
});

describe("自动履行率 counting rule", () => {
  it("classes each case in the rule's order", () => {
    expect(performanceClass(pf({ effective: false, enforced: true }))).toBe("not-effective");
    expect(performanceClass(pf({ enforced: true, outcome: "全部履行" }))).toBe("enforced");
    expect(performanceClass(pf({ outcome: "全部履行", enforcementApplied: 1 }))).toBe("performed");
    expect(performanceClass(pf({ outcome: "部分履行" }))).toBe("not-performed");
    expect(performanceClass(pf({ enforcementApplied: 1 }))).toBe("enforced");
    expect(performanceClass(pf({ enforcementApplied: 0 }))).toBe("presumed");
  });
  it("the rate on a hand-built set", () => {
    // 6 rows: 1 not effective (out), 1 全部履行, 1 presumed, 1 未履行, 1 执 link, 1 申请执行 = 是.
    // Effective 5; voluntary 2 → 40 %; recorded (outcome or 执): 全部, 未履行, 执 → 3/5 = 60 %.
    const t = tallyPerformance(
      [
        pf({ effective: false }),
        pf({ outcome: "全部履行" }),
        pf({}),
        pf({ outcome: "未履行" }),
        pf({ enforced: true }),
        pf({ enforcementApplied: 1 }),
      ],
      "division",
    );
    expect(t.total).toMatchObject({
      effective: 5,
      performed: 1,
      presumed: 1,
      notPerformed: 1,
      enforced: 2,
      rate: 0.4,
      recordedShare: 0.6,
    });
  });
});

describe("grouped counts", () => {
  it("a row standing for several cases counts as many", () => {
    // 3 explained 民初 not appealed + 1 unexplained 民初 appealed → 4 judgments, 3 explained (75 %);
    // with: 3 of 3 accepted; without: 0 of 1.
    const t = tallyExplanations(
      [{ ...ex("民一庭", "张三", true, false, true), count: 3 }, ex("民一庭", "张三", true, true, false)],
      "division",
    );
    expect(t.total).toMatchObject({ judgments: 4, explained: 3, share: 0.75 });
    expect(t.total.acceptedWith).toEqual({ n: 3, hit: 3, rate: 1 });
    expect(t.total.acceptedWithout).toEqual({ n: 1, hit: 0, rate: 0 });
    // 4 presumed + 1 enforced → 4 ÷ 5 = 80 %.
    const p = tallyPerformance([pf({ count: 4 }), pf({ enforced: true })], "judge");
    expect(p.total).toMatchObject({ effective: 5, presumed: 4, enforced: 1, rate: 0.8 });
  });
});
