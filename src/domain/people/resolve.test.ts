import { describe, expect, it } from "vitest";
import { registerProblems, resolveStaff, StaffIndex } from "./resolve.js";

const register = [
  { id: 1, name: "张三", division: "民事审判第一庭" },
  { id: 2, name: "张三", division: "刑事审判庭" },
  { id: 3, name: "李四", division: "民事审判第一庭" },
];

describe("resolveStaff", () => {
  it("finds a name within its division only", () => {
    expect(resolveStaff(register, "刑事审判庭", "张三")).toEqual({ kind: "found", member: register[1] });
    expect(resolveStaff(register, "刑事审判庭", "李四")).toEqual({ kind: "none" });
  });

  it("ignores whitespace in the name as exports write it", () => {
    expect(resolveStaff(register, " 民事审判第一庭", "李　四")).toMatchObject({
      kind: "found",
      member: { id: 3 },
    });
  });

  it("within a court: that court's members and those of no court, never another court's", () => {
    const courts = [
      { id: 5, name: "王五", division: "民事审判第一庭", courtCode: "内0603" },
      { id: 6, name: "赵六", division: "民事审判第一庭", courtCode: null },
    ];
    const index = new StaffIndex(courts);
    expect(index.resolve("民事审判第一庭", "王五", "内0602")).toEqual({ kind: "none" });
    expect(index.resolve("民事审判第一庭", "王五", "内0603")).toMatchObject({ member: { id: 5 } });
    expect(index.resolve("民事审判第一庭", "王五")).toMatchObject({ member: { id: 5 } });
    expect(index.resolve("民事审判第一庭", "赵六", "内0602")).toMatchObject({ member: { id: 6 } });
    expect(index.resolve("民事审判第一庭", "赵六", "内0603")).toMatchObject({ member: { id: 6 } });
  });

  it("says ambiguous rather than guessing between two of one name", () => {
    const twice = [...register, { id: 4, name: "李四", division: "民事审判第一庭" }];
    const r = new StaffIndex(twice).resolve("民事审判第一庭", "李四");
    expect(r).toEqual({ kind: "ambiguous", members: [twice[2], twice[3]] });
  });
});

describe("registerProblems", () => {
  it("one name in two divisions is fine", () => {
    expect(
      registerProblems([
        { row: 2, staffNo: "1", name: "张三", division: "甲庭" },
        { row: 3, staffNo: "2", name: "张三", division: "乙庭" },
      ]),
    ).toEqual([]);
  });

  it("one name in one division of two courts is fine; a member of no court clashes with both", () => {
    const two = [
      { row: 2, staffNo: "1", name: "张三", division: "甲庭", courtCode: "内0602" },
      { row: 3, staffNo: "2", name: "张三", division: "甲庭", courtCode: "内0603" },
    ];
    expect(registerProblems(two)).toEqual([]);
    const third = registerProblems([...two, { row: 4, staffNo: "3", name: "张三", division: "甲庭" }]);
    expect(third).toEqual([expect.objectContaining({ row: 4, column: "姓名", value: "张三" })]);
  });

  it("a name twice in one division names the later row and the earlier one", () => {
    const p = registerProblems([
      { staffNo: "1", name: "张三", division: "甲庭" },
      { row: 5, staffNo: "2", name: "张 三", division: "甲庭" },
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ row: 5, column: "姓名", value: "张 三" });
    expect(p[0]?.message).toContain("同一部门“甲庭”中有两名“张 三”（名册中已有的人员，工号 1）");
  });

  it("a staff number twice", () => {
    const p = registerProblems([
      { row: 2, staffNo: "7", name: "张三", division: "甲庭" },
      { row: 9, staffNo: "7", name: "李四", division: "乙庭" },
    ]);
    expect(p).toEqual([
      { row: 9, column: "工号", value: "7", message: "工号“7”重复：与第 2 行（张三）相同" },
    ]);
  });
});
