import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATEGORIES, INSTANCES } from "../case/category.js";
import { PROCEDURES } from "../case/procedure.js";
import { allTypeCodes, lookupTypeCode, maxTypeCodeLength } from "./type-codes.js";

const csv = readFileSync(
  new URL("../../../test/fixtures/reference-data/case-type-codes.csv", import.meta.url),
  "utf8",
);
const csvRows = csv
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [code4 = "", name = "", typeCode = ""] = line.split(",").map((f) => f.trim());
    return { code4, name, typeCode };
  });

describe("lookupTypeCode", () => {
  it("民初: 0301, civil first instance, no default procedure (民初 may be 普通/简易/小额)", () => {
    const t = lookupTypeCode("民初")!;
    expect(t).toMatchObject({
      typeCode: "民初",
      codes: ["0301"],
      name: "民事一审案件",
      category: "civil",
      instance: "first",
      source: "standard",
    });
    expect(t.defaultProcedure).toBeUndefined();
    expect(lookupTypeCode("刑初")!.defaultProcedure).toBeUndefined();
    expect(lookupTypeCode("行初")!.defaultProcedure).toBeUndefined();
  });

  it("民终: second instance, 第二审程序", () => {
    expect(lookupTypeCode("民终")).toMatchObject({
      codes: ["0302"],
      category: "civil",
      instance: "second",
      defaultProcedure: "第二审程序",
    });
  });

  it("执: enforcement, 执行实施; 执恢 beats 执 as a separate code", () => {
    expect(lookupTypeCode("执")).toMatchObject({
      codes: ["1002"],
      name: "首次执行案件",
      category: "enforcement",
      instance: "enforcement",
      defaultProcedure: "执行实施",
    });
    expect(lookupTypeCode("执恢")).toMatchObject({ codes: ["1003"], defaultProcedure: "执行实施" });
    expect(lookupTypeCode("执保")).toMatchObject({ instance: "enforcement" });
    expect(lookupTypeCode("执保")!.defaultProcedure).toBeUndefined();
    for (const code of ["执异", "执复", "执监", "执协", "执他"]) {
      expect(lookupTypeCode(code)!.instance, code).toBe("enforcement-review");
    }
    for (const code of ["执异", "执复", "执监"]) {
      expect(lookupTypeCode(code)!.defaultProcedure, code).toBe("执行审查");
    }
    expect(lookupTypeCode("执协")!.defaultProcedure).toBeUndefined();
  });

  it("行保 and 行保复 are preservation, not administrative; 行赔* is administrative", () => {
    expect(lookupTypeCode("行保")).toMatchObject({ codes: ["0902"], category: "other" });
    expect(lookupTypeCode("行保复")).toMatchObject({ codes: ["0903"], category: "other" });
    expect(lookupTypeCode("行赔初")).toMatchObject({ category: "administrative", instance: "first" });
    expect(lookupTypeCode("行赔终")).toMatchObject({ category: "administrative", instance: "second" });
    expect(lookupTypeCode("委赔")).toMatchObject({ category: "other" });
  });

  it("管辖 codes (01xx) take their category from the first character", () => {
    expect(lookupTypeCode("刑辖")!.category).toBe("criminal");
    expect(lookupTypeCode("民辖")!.category).toBe("civil");
    expect(lookupTypeCode("民辖终")).toMatchObject({
      category: "civil",
      instance: "second",
      codes: ["0109"],
    });
    expect(lookupTypeCode("行辖")!.category).toBe("administrative");
    expect(lookupTypeCode("赔辖")!.category).toBe("other");
  });

  it("shared codes take their group's name", () => {
    expect(lookupTypeCode("民特")).toMatchObject({
      name: "特别程序案件",
      instance: "special",
      defaultProcedure: "特别程序",
    });
    expect(lookupTypeCode("民特")!.codes).toEqual(
      Array.from({ length: 13 }, (_, i) => `03${String(10 + i).padStart(2, "0")}`),
    );
    expect(lookupTypeCode("民辖")).toMatchObject({
      name: "民事管辖案件",
      codes: ["0105", "0106", "0107", "0108"],
    });
    expect(lookupTypeCode("刑核")).toMatchObject({ name: "刑事复核案件", codes: ["0210", "0211", "0212"] });
    expect(lookupTypeCode("破")).toMatchObject({ name: "破产案件", codes: ["1112", "1113", "1114"] });
    expect(lookupTypeCode("民催")).toMatchObject({ name: "催告案件", defaultProcedure: "公示催告程序" });
    // shared across a group with other codes: the rows' own names, not the group's
    expect(lookupTypeCode("认台")!.name).toBe(
      "认可与执行台湾地区法院裁判审查案件、认可与执行台湾地区仲裁裁决审查案件",
    );
  });

  it("instances and default procedures of the review and retrial codes", () => {
    for (const code of ["民申", "刑申", "行申"]) {
      expect(lookupTypeCode(code), code).toMatchObject({
        instance: "retrial-review",
        defaultProcedure: "再审审查",
      });
    }
    for (const code of ["民监", "民抗", "刑抗", "行监"]) {
      expect(lookupTypeCode(code)!.instance, code).toBe("retrial-review");
      expect(lookupTypeCode(code)!.defaultProcedure, code).toBeUndefined();
    }
    for (const code of ["民再", "刑再", "行再"]) {
      expect(lookupTypeCode(code), code).toMatchObject({ instance: "retrial", defaultProcedure: "再审" });
    }
    expect(lookupTypeCode("刑终")!.defaultProcedure).toBe("第二审程序");
    expect(lookupTypeCode("行终")!.defaultProcedure).toBe("第二审程序");
    expect(lookupTypeCode("民督")).toMatchObject({ instance: "special", defaultProcedure: "督促程序" });
    expect(lookupTypeCode("民保令")).toMatchObject({ instance: "special", codes: ["0332"] });
    expect(lookupTypeCode("民保令")!.defaultProcedure).toBeUndefined();
    // 破申/清申 are petitions (申请), not retrial applications
    expect(lookupTypeCode("破申")!.instance).toBe("other");
    expect(lookupTypeCode("清申")!.instance).toBe("other");
  });

  it("民诉前调 is an observed code outside the 2015/2018 standard", () => {
    expect(lookupTypeCode("民诉前调")).toMatchObject({
      codes: [],
      category: "civil",
      instance: "other",
      source: "observed",
    });
    expect(lookupTypeCode("民诉前调")!.defaultProcedure).toBeUndefined();
    expect(maxTypeCodeLength()).toBe(4);
  });

  it("unknown codes are undefined", () => {
    expect(lookupTypeCode("")).toBeUndefined();
    expect(lookupTypeCode("民")).toBeUndefined();
    expect(lookupTypeCode("民初字")).toBeUndefined();
    expect(lookupTypeCode("toString")).toBeUndefined();
  });
});

describe("allTypeCodes", () => {
  it("has every 代字 of the CSV, each with all its four-digit codes", () => {
    const coded = csvRows.filter((r) => r.typeCode !== "");
    expect(csvRows).toHaveLength(215);
    const byCode = new Map<string, string[]>();
    for (const r of coded) byCode.set(r.typeCode, [...(byCode.get(r.typeCode) ?? []), r.code4]);
    const standard = allTypeCodes().filter((t) => t.source === "standard");
    expect(standard.map((t) => t.typeCode).sort()).toEqual([...byCode.keys()].sort());
    for (const t of standard) expect(t.codes, t.typeCode).toEqual(byCode.get(t.typeCode));
    // a single-row code keeps its row's name
    for (const r of coded) {
      if (byCode.get(r.typeCode)!.length === 1) expect(lookupTypeCode(r.typeCode)!.name).toBe(r.name);
    }
  });

  it("all entries use the shared category, instance and procedure vocabularies", () => {
    for (const t of allTypeCodes()) {
      expect(CATEGORIES).toContain(t.category);
      expect(INSTANCES).toContain(t.instance);
      if (t.defaultProcedure) expect(PROCEDURES).toContain(t.defaultProcedure);
    }
    // The 17 codes of the import format's table, plus the appeals 民辖终 (a ruling appeal) and 行赔终.
    expect(allTypeCodes().filter((t) => t.defaultProcedure !== undefined)).toHaveLength(19);
    expect(lookupTypeCode("民辖终")?.defaultProcedure).toBe("第二审程序");
  });

  it("categories follow the four-digit groups", () => {
    for (const t of allTypeCodes().filter((x) => x.source === "standard")) {
      const group = t.codes[0]!.slice(0, 2);
      const expected =
        group === "02"
          ? "criminal"
          : group === "03"
            ? "civil"
            : group === "04"
              ? "administrative"
              : group === "10"
                ? "enforcement"
                : undefined;
      if (expected) expect(t.category, t.typeCode).toBe(expected);
    }
  });
});
