import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allCourts, courtLevelOf, HIGH_COURT_CHARS, isCourtCodeShape, lookupCourt } from "./courts.js";

const csv = readFileSync(
  new URL("../../../test/fixtures/reference-data/court-codes-2018.csv", import.meta.url),
  "utf8",
);
const csvRows = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id = "", parentId = "", , name = "", code = ""] = line.split(",").map((f) => f.trim());
    return { id, parentId, name, code };
  });

describe("lookupCourt", () => {
  it("内0602 is 鄂尔多斯市东胜区人民法院, a basic court under 内06", () => {
    expect(lookupCourt("内0602")).toEqual({
      code: "内0602",
      name: "鄂尔多斯市东胜区人民法院",
      level: "basic",
      parentCode: "内06",
    });
    expect(lookupCourt("内06")).toMatchObject({
      name: "内蒙古自治区鄂尔多斯市中级人民法院",
      level: "intermediate",
      parentCode: "内",
    });
    expect(lookupCourt("内")).toMatchObject({
      name: "内蒙古自治区高级人民法院",
      level: "high",
      parentCode: "最高法",
    });
    expect(lookupCourt("蒙0602")).toBeUndefined();
  });

  it("the SPC, high courts (incl. 兵, 军) and 黔 for Guizhou", () => {
    expect(lookupCourt("最高法")).toEqual({ code: "最高法", name: "最高人民法院", level: "supreme" });
    expect(lookupCourt("兵")).toMatchObject({
      level: "high",
      name: "新疆维吾尔自治区高级人民法院生产建设兵团分院",
    });
    expect(lookupCourt("军")).toMatchObject({ level: "high", name: "中国人民解放军军事法院" });
    expect(lookupCourt("黔")).toMatchObject({ level: "high", name: "贵州省高级人民法院" });
    expect(lookupCourt("贵")).toBeUndefined();
    const highs = allCourts().filter((c) => c.level === "high");
    expect(highs.map((c) => c.code).join("")).toHaveLength(HIGH_COURT_CHARS.length);
    for (const c of highs) expect(HIGH_COURT_CHARS).toContain(c.code);
  });

  it("special courts: reserved 71–99 intermediate groups and basic courts under 71–89", () => {
    expect(lookupCourt("京73")).toMatchObject({
      name: "北京知识产权法院",
      level: "special",
      parentCode: "京",
    });
    expect(lookupCourt("沪74")).toMatchObject({ name: "上海金融法院", level: "special" });
    expect(lookupCourt("津72")).toMatchObject({ name: "天津海事法院", level: "special" });
    expect(lookupCourt("吉75")).toMatchObject({ name: "吉林省延边林区中级法院", level: "special" });
    expect(lookupCourt("黑81")).toMatchObject({ name: "黑龙江省农垦中级法院", level: "special" });
    expect(lookupCourt("琼97")).toMatchObject({ name: "海南省第二中级人民法院", level: "special" });
    expect(lookupCourt("吉7502")).toMatchObject({
      name: "和龙林区基层法院",
      level: "special",
      parentCode: "吉75",
    });
    expect(lookupCourt("津8601")).toMatchObject({
      name: "天津铁路运输法院",
      level: "special",
      parentCode: "津01",
    });
  });

  it("basic courts whose last two digits are ≥ 71 stay basic (county-level cities, zones, 互联网法院)", () => {
    expect(lookupCourt("浙0192")).toMatchObject({
      name: "杭州互联网法院",
      level: "basic",
      parentCode: "浙01",
    });
    expect(lookupCourt("冀0181")).toMatchObject({ name: "辛集市人民法院", level: "basic" });
    expect(lookupCourt("鲁1191")).toMatchObject({ name: "日照经济技术开发区人民法院", level: "basic" });
    // 90: GB/T 2260 province-administered county-level units
    expect(lookupCourt("鄂9006")).toMatchObject({
      name: "天门市人民法院",
      level: "basic",
      parentCode: "鄂96",
    });
  });

  it("annotated source codes keep the annotation as a note", () => {
    expect(lookupCourt("赣0721")).toMatchObject({
      name: "赣州市赣县区人民法院",
      note: "代字尚未修改",
      parentCode: "赣07",
    });
  });

  it("has every court of the CSV once, with the parent resolved from the parent id", () => {
    const byId = new Map(csvRows.map((r) => [r.id, r]));
    const strip = (code: string) => code.replace(/（.*）$/, "");
    const codes = new Set(csvRows.map((r) => strip(r.code)));
    expect(csvRows).toHaveLength(3558);
    expect(codes.size).toBe(3526); // each high court is listed twice in the source
    expect(allCourts()).toHaveLength(codes.size);
    for (const r of csvRows) {
      const c = lookupCourt(strip(r.code));
      expect(c?.name, r.code).toBe(r.name);
      const parent = byId.get(r.parentId);
      expect(c?.parentCode, r.code).toBe(parent ? strip(parent.code) : undefined);
    }
  });
});

describe("courtLevelOf", () => {
  it("reads the level from the shape, for unlisted codes too", () => {
    expect(courtLevelOf("最高法")).toBe("supreme");
    expect(courtLevelOf("京")).toBe("high");
    expect(courtLevelOf("京01")).toBe("intermediate");
    expect(courtLevelOf("京0101")).toBe("basic");
    expect(courtLevelOf("辽0122")).toBe("basic"); // frozen pre-change code, not in the 2018 table
    expect(courtLevelOf("京71")).toBe("special");
    expect(courtLevelOf("京99")).toBe("special");
    expect(courtLevelOf("京7101")).toBe("special");
    expect(courtLevelOf("京8999")).toBe("special");
    expect(courtLevelOf("琼9001")).toBe("basic");
  });

  it("rejects what is not a court code", () => {
    for (const code of [
      "",
      "蒙",
      "蒙06",
      "京1",
      "京012",
      "京010101",
      "京00",
      "京0100",
      "京0001",
      "最高",
      "最高法01",
      "京ab",
    ]) {
      expect(courtLevelOf(code), code).toBeUndefined();
      expect(isCourtCodeShape(code), code).toBe(false);
    }
  });

  it("every listed court has the level its shape gives", () => {
    for (const c of allCourts()) expect(c.level, c.code).toBe(courtLevelOf(c.code));
  });
});
