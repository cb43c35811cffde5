import { describe, expect, it } from "vitest";
import { reviewBulletinDocument } from "./bulletin.js";

describe("reviewBulletinDocument", () => {
  it("states the counts, the average, the common problems and the rectifications", () => {
    const doc = reviewBulletinDocument({
      courtName: "测试区人民法院",
      planTitle: "2026年10月常规评查",
      kindLabel: "常规评查",
      periodFrom: "2026-10-01",
      periodTo: "2026-10-31",
      seed: 202610,
      generatedOn: "2026-11-27",
      classes: ["合格", "瑕疵", "差错"],
      cases: [
        {
          caseNumber: "A号",
          division: "民一庭",
          judge: "张三",
          reviewerName: "李四",
          stateLabel: "已确认",
          score: 94,
          className: "合格",
          problems: [
            { section: "审理程序", text: "送达不合法", points: 4, severity: "瑕疵" },
            { section: "裁判文书", text: "文字差错", points: 2, severity: "瑕疵" },
          ],
        },
        {
          caseNumber: "B号",
          division: "刑庭",
          judge: "王五",
          reviewerName: "李四",
          stateLabel: "已确认",
          score: 79,
          className: "瑕疵",
          problems: [],
        },
        {
          caseNumber: "C号",
          division: "刑庭",
          judge: "王五",
          reviewerName: null,
          stateLabel: "待评查",
          score: null,
          className: null,
          problems: [],
        },
      ],
      problemsBySection: [
        { section: "审理程序", count: 1, points: 4 },
        { section: "裁判文书", count: 1, points: 2 },
      ],
      rectifications: [
        {
          caseNumber: "A号",
          judge: "张三",
          division: "民一庭",
          stateLabel: "待整改",
          dueOn: "2026-11-20",
          overdue: true,
        },
      ],
    });
    const text = doc.body.map((b) => ("text" in b ? b.text : "")).join("\n");
    // (94 + 79) / 2 = 86.5
    expect(text).toContain(
      "随机抽取（随机种子 202610）案件 3 件，已完成评查 2 件，平均得分 86.5 分；合格 1 件，瑕疵 1 件，差错 0 件。",
    );
    expect(text).toContain(
      "共发现问题 2 个，按评查项目分布如下：审理程序 1 个（扣 4 分），裁判文书 1 个（扣 2 分）。",
    );
    expect(text).toContain("A号：送达不合法（瑕疵，扣 4 分）");
    expect(text).toContain("下达整改 1 件，已验收 0 件，逾期未整改 1 件。");
    expect(doc.signature).toEqual(["测试区人民法院审判管理办公室", "2026年11月27日"]);
  });
});
