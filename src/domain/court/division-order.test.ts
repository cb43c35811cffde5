import { describe, expect, it } from "vitest";
import { byDivisionOrder } from "../../../web/src/shared/format.js";
import { divisionComparator, parseDivisionOrder, sortDivisions } from "./division-order.js";

const NATURAL = ["立案庭", "民事审判第一庭", "民事审判第二庭", "刑事审判庭", "执行局"];

describe("the court's division order", () => {
  it("lists the divisions as the court orders them, not in pinyin order", () => {
    // In pinyin order 第二 (èr) comes before 第一 (yī), and 刑 (xíng) before 执 (zhí) but after 民.
    const shuffled = ["执行局", "民事审判第二庭", "立案庭", "刑事审判庭", "民事审判第一庭"];
    expect(sortDivisions(shuffled, NATURAL)).toEqual(NATURAL);
    expect([...shuffled].sort(new Intl.Collator("zh-CN").compare)).not.toEqual(NATURAL);
  });

  it("puts divisions the setting does not name after those it names, in pinyin order; placeholders last", () => {
    const names = ["（未填部门）", "执行局", "城西人民法庭", "民事审判第一庭", "城东人民法庭"];
    // 城 (chéng) before 执 (zhí); 东 (dōng) before 西 (xī).
    expect(sortDivisions(names, ["民事审判第一庭"])).toEqual([
      "民事审判第一庭",
      "城东人民法庭",
      "城西人民法庭",
      "执行局",
      "（未填部门）",
    ]);
    expect(sortDivisions(names, [])[4]).toBe("（未填部门）");
  });

  it("reads the setting's text: a JSON array of names, anything else is no order", () => {
    expect(parseDivisionOrder('["立案庭", " 执行局 ", "立案庭", 3, ""]')).toEqual(["立案庭", "执行局"]);
    expect(parseDivisionOrder("立案庭,执行局")).toEqual([]);
    expect(parseDivisionOrder('{"a":1}')).toEqual([]);
    expect(parseDivisionOrder(undefined)).toEqual([]);
  });

  it("the screens order divisions the same way", () => {
    const names = ["执行局", "城西人民法庭", "民事审判第二庭", "城东人民法庭", "民事审判第一庭"];
    const order = ["民事审判第一庭", "民事审判第二庭"];
    expect([...names].sort(byDivisionOrder(order))).toEqual([...names].sort(divisionComparator(order)));
  });
});
