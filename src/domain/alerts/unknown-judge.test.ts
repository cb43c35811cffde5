import { describe, expect, it } from "vitest";
import { StaffIndex } from "../people/resolve.js";
import { judgeProblem, unknownJudgeAlert } from "./unknown-judge.js";

const index = new StaffIndex([
  { name: "张三", division: "民事审判第一庭", active: true },
  { name: "王五", division: "民事审判第一庭", active: false },
]);

describe("judgeProblem", () => {
  it("a name the division's register lacks", () => {
    expect(judgeProblem(index, "民事审判第一庭", "李四", false)).toBe("unknown");
    // 张三 is registered in 民一庭, not in 刑事审判庭.
    expect(judgeProblem(index, "刑事审判庭", "张三", true)).toBe("unknown");
  });

  it("a member who left: a problem only while the case is pending", () => {
    expect(judgeProblem(index, "民事审判第一庭", "王五", true)).toBe("inactive");
    expect(judgeProblem(index, "民事审判第一庭", "王五", false)).toBeUndefined();
  });

  it("nothing against an empty register, nor for an empty 承办人", () => {
    expect(judgeProblem(new StaffIndex([]), "民事审判第一庭", "李四", true)).toBeUndefined();
    expect(judgeProblem(index, "民事审判第一庭", " ", true)).toBeUndefined();
    expect(judgeProblem(index, "民事审判第一庭", "待定", true)).toBeUndefined();
    expect(judgeProblem(index, "民事审判第一庭", "张三", true)).toBeUndefined();
  });
});

describe("unknownJudgeAlert", () => {
  it("a stable key per case and problem, the names in the reason", () => {
    const a = unknownJudgeAlert(
      { caseNumber: "（2024）内0602民初1号", division: "民事审判第一庭", judge: "李四" },
      "unknown",
      "2024-05-01",
    );
    expect(a.key).toBe("data-quality.judge-unknown|（2024）内0602民初1号|unknown");
    expect(a.family).toBe("data-quality");
    expect(a.reason).toBe("承办人“李四”不在“民事审判第一庭”的人员名册中");
  });
});
