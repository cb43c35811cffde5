import { describe, expect, it } from "vitest";
import {
  classify,
  DEFAULT_CLASS_SCHEME,
  DEFAULT_SHEET,
  ScoringError,
  scoreReview,
  sheetTotal,
  validateScheme,
  validateSheet,
} from "./score-sheet.js";

describe("the default sheet", () => {
  it("has the six sections and is worth 100 points", () => {
    expect(DEFAULT_SHEET.sections.map((s) => s.name)).toEqual([
      "立案",
      "审理程序",
      "庭审规范",
      "裁判文书",
      "卷宗归档",
      "审限",
    ]);
    // 10 + 22 + 18 + 32 + 10 + 8 = 100
    expect(sheetTotal(DEFAULT_SHEET)).toBe(100);
    expect(validateSheet(DEFAULT_SHEET)).toEqual([]);
  });
});

describe("validateSheet", () => {
  it("names duplicate codes, bad points and deductions above the item", () => {
    const bad = {
      name: "自定义",
      sections: [
        {
          code: "a",
          name: "立案",
          items: [
            {
              code: "x",
              text: "甲",
              points: 5,
              deductions: [{ code: "x.1", text: "扣", points: 6, severity: "flaw" as const }],
            },
            { code: "x", text: "乙", points: 0, deductions: [] },
          ],
        },
      ],
    };
    const msgs = validateSheet(bad).map((p) => p.message);
    expect(msgs).toContain("评查项编号“x”重复");
    expect(msgs).toContain("评查项“乙”的分值应为正整数（现为 0）");
    expect(msgs).toContain("扣分项“扣”的扣分应大于 0 且不超过所属评查项分值 5（现为 6）");
  });
});

describe("classify (defect scheme 90 / 75)", () => {
  it("on the boundaries", () => {
    expect(classify(DEFAULT_CLASS_SCHEME, 90, false)).toBe("合格");
    expect(classify(DEFAULT_CLASS_SCHEME, 89.5, false)).toBe("瑕疵");
    expect(classify(DEFAULT_CLASS_SCHEME, 75, false)).toBe("瑕疵");
    expect(classify(DEFAULT_CLASS_SCHEME, 74.5, false)).toBe("差错");
    expect(classify(DEFAULT_CLASS_SCHEME, 100, true)).toBe("差错");
  });
  it("grade scheme 95 / 85 / 70", () => {
    const g = { kind: "grade", excellent: 95, qualified: 85, basic: 70 } as const;
    expect([95, 94, 85, 84, 70, 69].map((s) => classify(g, s, false))).toEqual([
      "优秀",
      "合格",
      "合格",
      "基本合格",
      "基本合格",
      "不合格",
    ]);
    expect(classify(g, 99, true)).toBe("不合格");
  });
  it("thresholds must be ordered", () => {
    expect(validateScheme({ kind: "defect", qualified: 70, flawed: 80 })).toContain("瑕疵线 ≤ 合格线");
    expect(validateScheme(DEFAULT_CLASS_SCHEME)).toBeNull();
  });
});

describe("scoreReview", () => {
  it("deducts listed and free deductions and classes the result", () => {
    // 送达不合法 4 + 文字差错 2 + free 1.5 on archive.1 = 7.5 → 92.5 → 合格
    const r = scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [
      { itemCode: "procedure.1", deductionCode: "procedure.1.1", note: "公告送达前未穷尽其他方式" },
      { itemCode: "judgment.3", deductionCode: "judgment.3.2", note: "" },
      { itemCode: "archive.1", points: 1.5, note: "送达回证未入卷" },
    ]);
    expect(r.score).toBe(92.5);
    expect(r.className).toBe("合格");
    expect(r.findings.map((f) => f.sectionName)).toEqual(["审理程序", "裁判文书", "卷宗归档"]);
    expect(r.bySection.find((s) => s.name === "审理程序")).toEqual({
      code: "procedure",
      name: "审理程序",
      points: 22,
      deducted: 4,
    });
  });
  it("an error finding makes the case 差错 whatever the score", () => {
    const r = scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [
      { itemCode: "time-limit.1", deductionCode: "time-limit.1.1", note: "" },
    ]);
    // 100 − 8 = 92, but 超审限且未依法延长 is an error
    expect(r.score).toBe(92);
    expect(r.className).toBe("差错");
  });
  it("refuses a finding that does not fit, naming the row", () => {
    expect(() => scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [{ itemCode: "nope", note: "x" }])).toThrow(
      "第 1 个问题：评查表中没有评查项“nope”",
    );
    // archive.2 is worth 4: 2 + 3 = 5 > 4
    expect(() =>
      scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [
        { itemCode: "archive.2", deductionCode: "archive.2.1", note: "" },
        { itemCode: "archive.2", points: 3, note: "电子卷宗缺失" },
      ]),
    ).toThrow("第 2 个问题：评查项“按期归档，电子卷宗同步生成”共扣 5 分，超过该项分值 4 分");
    expect(() =>
      scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [{ itemCode: "archive.2", points: 0.3, note: "x" }]),
    ).toThrow(ScoringError);
    expect(() =>
      scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, [{ itemCode: "archive.2", points: 1, note: " " }]),
    ).toThrow("须写明问题说明");
  });
  it("no findings: full marks", () => {
    expect(scoreReview(DEFAULT_SHEET, DEFAULT_CLASS_SCHEME, []).score).toBe(100);
  });
});
