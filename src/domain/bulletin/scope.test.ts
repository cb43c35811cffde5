import { describe, expect, it } from "vitest";
import type { BulletinData, TimeLimitCase } from "./model.js";
import { bulletinDocument, bulletinTitle } from "./narrative.js";
import { scopeBulletin } from "./scope.js";

const OVERDUE = "time-limit.overdue";

function overdueCase(caseNumber: string, division: string, judge: string): TimeLimitCase {
  return {
    caseNumber,
    caseId: null,
    division,
    judge,
    filedOn: "2024-01-10",
    cause: "买卖合同纠纷",
    ruleId: OVERDUE,
    title: "已超审限",
    severity: "critical",
    reason: "",
    tier: "已超审限",
    deadline: "2024-04-10",
    daysLeft: -81,
  };
}

/** A court of two divisions: 民一庭 has 2 overdue cases (1 last month), 民二庭 1 (0 last month). */
function court(): BulletinData {
  const tally = (a: number, b: number, asOf: string) => ({
    asOf,
    total: { [OVERDUE]: a + b },
    byDivision: { 民一庭: { [OVERDUE]: a }, ...(b ? { 民二庭: { [OVERDUE]: b } } : {}) },
    byJudge: [
      { division: "民一庭", judge: "张三", counts: { [OVERDUE]: a } },
      ...(b ? [{ division: "民二庭", judge: "李四", counts: { [OVERDUE]: b } }] : []),
    ],
  });
  const figure = (value: number) => ({ value, numerator: null, denominator: null });
  return {
    court: { code: "150602", name: "东胜区人民法院" },
    month: "2024-06",
    from: "2024-06-01",
    to: "2024-06-30",
    asOf: "2024-06-30",
    previous: { month: "2024-05", asOf: "2024-05-31" },
    newlyFound: { total: 3, byFamily: { "time-limit": 3 } },
    orders: {
      total: { issued: 3, answered: 1, overdue: 0, closed: 0 },
      byDivision: [
        { division: "民一庭", counts: { issued: 2, answered: 1, overdue: 0, closed: 0 } },
        { division: "民二庭", counts: { issued: 1, answered: 0, overdue: 0, closed: 0 } },
      ],
    },
    generatedOn: "2024-07-01",
    divisions: ["民一庭", "民二庭"],
    thisMonth: tally(2, 1, "2024-06-30"),
    lastMonth: tally(1, 0, "2024-05-31"),
    timeLimit: [
      overdueCase("（2024）民初1号", "民一庭", "张三"),
      overdueCase("（2024）民初2号", "民一庭", "张三"),
      overdueCase("（2024）民初3号", "民二庭", "李四"),
    ],
    longPending: [],
    concealed: [],
    topConcealed: [],
    indicators: {
      ids: ["filed"],
      catalogueVersion: "test",
      court: { filed: figure(30) },
      byDivision: [
        { division: "民一庭", figures: { filed: figure(20) } },
        { division: "民二庭", figures: { filed: figure(10) } },
      ],
    },
  };
}

describe("a division's version of the bulletin", () => {
  const newly = { total: 2, byFamily: { "time-limit": 2 } };
  const mine = scopeBulletin(court(), "民一庭", newly);

  it("keeps the division's counts, cases, 督办 and figures only", () => {
    expect(mine.division).toBe("民一庭");
    expect(mine.divisions).toEqual(["民一庭"]);
    // 民一庭: 2 overdue now, 1 last month — its row of the court's tally, now its total.
    expect(mine.thisMonth.total).toEqual({ [OVERDUE]: 2 });
    expect(mine.lastMonth.total).toEqual({ [OVERDUE]: 1 });
    expect(mine.thisMonth.byJudge.map((j) => j.judge)).toEqual(["张三"]);
    expect(mine.timeLimit.map((c) => c.caseNumber)).toEqual(["（2024）民初1号", "（2024）民初2号"]);
    expect(mine.orders.total).toEqual({ issued: 2, answered: 1, overdue: 0, closed: 0 });
    expect(mine.indicators.court.filed?.value).toBe(20);
    expect(mine.indicators.byDivision.map((g) => g.division)).toEqual(["民一庭"]);
    expect(mine.newlyFound).toBe(newly);
  });

  it("says 民一庭 where the court's says 全院, and nothing of 民二庭", () => {
    expect(bulletinTitle(mine)).toBe("东胜区人民法院民一庭 2024年6月审限与长期未结案件通报");
    const text = JSON.stringify(bulletinDocument(mine));
    expect(text).toContain("截至2024年6月30日，民一庭超审限未结案件 2 件，较上月增加 1 件");
    expect(text).toContain("民一庭合计");
    expect(text).not.toContain("全院");
    expect(text).not.toContain("民二庭");
    expect(text).not.toContain("民初3号");
    // The court's own version still speaks of 全院: 3 overdue, 2 more than last month's 1.
    expect(JSON.stringify(bulletinDocument(court()))).toContain("全院超审限未结案件 3 件，较上月增加 2 件");
  });

  it("is empty, not wrong, for a division with nothing to report", () => {
    const none = scopeBulletin(court(), "刑庭", { total: 0, byFamily: {} });
    expect(none.thisMonth.total).toEqual({});
    expect(none.timeLimit).toEqual([]);
    expect(none.orders.total).toEqual({ issued: 0, answered: 0, overdue: 0, closed: 0 });
    expect(none.indicators.byDivision).toEqual([]);
  });
});
