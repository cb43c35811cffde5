import { describe, expect, it } from "vitest";
import { administrativeCauses, civilCauses, criminalCharges, lookupCause } from "./index.js";

describe("lookupCause — civil (2020 catalogue)", () => {
  it.each([
    ["民间借贷纠纷", 4, "103(3)", "借款合同纠纷"],
    ["信用卡纠纷", 4, "110(2)", "银行卡纠纷"],
    ["物业服务合同纠纷", 3, "121", "合同纠纷"],
    ["离婚纠纷", 3, "14", "婚姻家庭纠纷"],
    ["机动车交通事故责任纠纷", 3, "374", "侵权责任纠纷"],
    ["买卖合同纠纷", 3, "84", "合同纠纷"],
    ["劳动合同纠纷", 3, "186", "劳动争议"],
    ["申请支付令", 3, "418", "督促程序案件"],
    ["执行异议之诉", 3, "471", "执行程序中的异议之诉"],
  ])("%s → level %i, number %s, under %s", (name, level, number, parent) => {
    expect(lookupCause(name)).toEqual({ name, family: "civil", level, number, parent });
  });

  it("resolves a name used at several levels to the most specific entry", () => {
    expect(lookupCause("不当得利纠纷")).toMatchObject({ level: 3, number: "144", parent: "不当得利纠纷" });
    expect(lookupCause("人格权纠纷")).toMatchObject({ level: 2, number: "一", parent: "人格权纠纷" });
    expect(lookupCause("合同纠纷")).toMatchObject({ level: 2, parent: "合同、准合同纠纷" });
  });

  it("ignores surrounding and inner whitespace", () => {
    expect(lookupCause("  民间借贷纠纷\u3000")?.number).toBe("103(3)");
    expect(lookupCause("民间 借贷纠纷")?.number).toBe("103(3)");
  });

  it("counts the catalogue: 11 parts, 54 categories, 473 causes numbered 1–473", () => {
    const byLevel = (l: number) => civilCauses().filter((c) => c.level === l);
    expect([1, 2, 3, 4].map((l) => byLevel(l).length)).toEqual([11, 54, 473, 371]);
    expect(byLevel(3).map((c) => c.number)).toEqual(Array.from({ length: 473 }, (_, i) => String(i + 1)));
    expect(byLevel(4).every((c) => /^\d+\(\d+\)$/.test(c.number ?? ""))).toBe(true);
  });
});

describe("lookupCause — criminal", () => {
  it("finds charges, with their 刑法分则 chapter", () => {
    expect(lookupCause("盗窃罪")).toEqual({ name: "盗窃罪", family: "criminal", parent: "侵犯财产罪" });
    expect(lookupCause("危险驾驶罪")).toEqual({
      name: "危险驾驶罪",
      family: "criminal",
      parent: "危害公共安全罪",
    });
    expect(lookupCause("故意伤害罪")?.parent).toBe("侵犯公民人身权利、民主权利罪");
    expect(lookupCause("战时拒绝军事征收、征用罪")?.parent).toBe("危害国防利益罪");
  });

  it("accepts a charge without its final 罪, and half-width brackets", () => {
    expect(lookupCause("盗窃")?.name).toBe("盗窃罪");
    expect(lookupCause(" 危险驾驶 ")?.name).toBe("危险驾驶罪");
    expect(lookupCause("偷越国(边)境罪")?.name).toBe("偷越国（边）境罪");
  });

  it("carries the corrected 刺探 spelling", () => {
    expect(lookupCause("为境外窃取、刺探、收买、非法提供国家秘密、情报罪")?.family).toBe("criminal");
  });

  it("counts 469 charges in ten chapters", () => {
    expect(criminalCharges()).toHaveLength(469);
    expect(new Set(criminalCharges().map((c) => c.parent)).size).toBe(10);
    expect(criminalCharges().every((c) => c.name.endsWith("罪"))).toBe(true);
  });
});

describe("lookupCause — administrative", () => {
  it("finds causes of the court-site lists", () => {
    expect(lookupCause("行政处罚")).toEqual({
      name: "行政处罚",
      family: "administrative",
      level: 2,
      parent: "行政行为种类",
    });
    expect(lookupCause("公安行政管理：治安管理（治安）")?.parent).toBe("行政管理范围");
    expect(administrativeCauses().filter((c) => c.level === 2)).toHaveLength(73);
  });
});

describe("lookupCause — misses", () => {
  it("returns undefined for names no catalogue lists", () => {
    expect(lookupCause("外星人入侵纠纷")).toBeUndefined();
    expect(lookupCause("")).toBeUndefined();
    expect(lookupCause("   ")).toBeUndefined();
    // the 罪 tolerance is for charges only
    expect(lookupCause("离婚纠纷罪")).toBeUndefined();
  });

  it("finds every catalogue entry under its own family", () => {
    for (const info of [...civilCauses(), ...criminalCharges(), ...administrativeCauses()]) {
      expect(lookupCause(info.name)?.family).toBe(info.family);
    }
  });
});
