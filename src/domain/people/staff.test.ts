import { describe, expect, it } from "vitest";
import {
  formatStoredPositions,
  parsePositions,
  parseStoredPositions,
  parseYesNo,
  positionNames,
  staffCourtProblem,
  validateStaffRow,
} from "./staff.js";

describe("validateStaffRow", () => {
  it("reads a full row: Chinese position names in any separator, 是/否 flags", () => {
    const r = validateStaffRow({
      staffNo: "F001",
      name: " 张 三 ",
      division: "民事审判第一庭",
      positions: "员额法官、庭长",
      committeeMember: "是",
      active: "否",
    });
    expect(r).toEqual({
      ok: true,
      value: {
        staffNo: "F001",
        name: "张三",
        division: "民事审判第一庭",
        // The catalogue's order: 庭长 before 员额法官.
        positions: ["chief", "judge"],
        committeeMember: true,
        active: false,
      },
    });
  });

  it("defaults: not a committee member, in post, no position", () => {
    const r = validateStaffRow({ staffNo: "S9", name: "李四", division: "审判管理办公室" });
    expect(r).toMatchObject({ ok: true, value: { positions: [], committeeMember: false, active: true } });
  });

  it("names every wrong field with its value, in Chinese", () => {
    const r = validateStaffRow({
      staffNo: "",
      name: "王五",
      division: "刑事审判庭",
      positions: "庭长，大法官",
      committeeMember: "也许",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { column: "工号", value: "", message: "工号不能为空" },
      { column: "职务", value: "庭长，大法官", message: expect.stringContaining("职务“大法官”不是可选职务") },
      { column: "审委会委员", value: "也许", message: "审委会委员应填“是”或“否”，不能是“也许”" },
    ]);
  });

  it("accepts position codes from a form and refuses unknown ones", () => {
    expect(
      validateStaffRow({ staffNo: "A1", name: "赵六", division: "速裁团队", positions: ["clerk"] }),
    ).toMatchObject({
      ok: true,
      value: { positions: ["clerk"] },
    });
    const bad = validateStaffRow({ staffNo: "A1", name: "赵六", division: "速裁团队", positions: ["boss"] });
    expect(bad.ok).toBe(false);
  });

  it("reads a court (法院代字) when given and refuses a text that is none", () => {
    expect(
      validateStaffRow({ staffNo: "C1", name: "张三", division: "甲庭", courtCode: " 内0603 " }),
    ).toMatchObject({
      ok: true,
      value: { courtCode: "内0603" },
    });
    const none = validateStaffRow({ staffNo: "C1", name: "张三", division: "甲庭" });
    expect(none.ok && "courtCode" in none.value).toBe(false);
    expect(
      validateStaffRow({ staffNo: "C1", name: "张三", division: "甲庭", courtCode: "东胜" }),
    ).toMatchObject({
      ok: false,
      errors: [{ column: "法院代字", value: "东胜" }],
    });
  });

  it("a court's account registers its own court's staff and those under it", () => {
    expect(staffCourtProblem(null, "内0603")).toBeNull();
    expect(staffCourtProblem("内06", "内0603")).toBeNull();
    expect(staffCourtProblem("内0602", "内0602")).toBeNull();
    expect(staffCourtProblem("内0602", "内0603")).toContain("内0603");
  });

  it("refuses a staff number with a space", () => {
    const r = validateStaffRow({ staffNo: "A 1", name: "赵六", division: "速裁团队" });
    expect(r).toMatchObject({ ok: false, errors: [{ column: "工号", value: "A 1" }] });
  });
});

describe("positions", () => {
  it("parses names and codes, and reports the first unknown one", () => {
    expect(parsePositions("副庭长 员额法官")).toEqual({ positions: ["deputy-chief", "judge"] });
    expect(parsePositions("president;office")).toEqual({ positions: ["president", "office"] });
    expect(parsePositions("")).toEqual({ positions: [] });
    expect(parsePositions("院长/厨师")).toEqual({ unknown: "厨师" });
  });

  it("round-trips the stored form and names them in Chinese", () => {
    expect(formatStoredPositions(["judge", "chief"])).toBe("chief,judge");
    expect(parseStoredPositions("chief,judge,unknown")).toEqual(["chief", "judge"]);
    expect(positionNames(["vice-president", "judge"])).toBe("副院长、员额法官");
  });

  it("yes and no", () => {
    expect(parseYesNo("是")).toBe(true);
    expect(parseYesNo("在岗")).toBe(true);
    expect(parseYesNo("离职")).toBe(false);
    expect(parseYesNo("N")).toBe(false);
    expect(parseYesNo("maybe")).toBeUndefined();
  });
});
