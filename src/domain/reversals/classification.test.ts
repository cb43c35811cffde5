import { describe, expect, it } from "vitest";
import { checkClassification, classificationState } from "./classification.js";

describe("checkClassification", () => {
  it("accepts a reason and responsibility from the lists with a note", () => {
    expect(
      checkClassification({ reason: "事实认定", responsibility: "差错", note: "未查明借款实际交付" }),
    ).toEqual([]);
    expect(checkClassification({ reason: "法律适用", responsibility: "非差错", note: "" })).toEqual([]);
  });

  it("names an unknown reason or responsibility", () => {
    const p = checkClassification({ reason: "态度问题", responsibility: "严重", note: "说明说明说明" });
    expect(p.map((x) => x.field)).toEqual(["reason", "responsibility"]);
    expect(p[0]?.message).toContain("态度问题");
  });

  it("refuses 差错 for new evidence or a settlement on appeal (法发〔2015〕13号 第二十八条)", () => {
    for (const reason of ["新证据", "当事人和解/撤诉后改判"]) {
      const p = checkClassification({ reason, responsibility: "差错", note: "二审提交了新的证据" });
      expect(p).toHaveLength(1);
      expect(p[0]?.message).toContain("法发〔2015〕13号");
      expect(checkClassification({ reason, responsibility: "非差错", note: "" })).toEqual([]);
    }
  });

  it("needs a note for 其他 and for a 差错 or 瑕疵 finding (5 characters at least)", () => {
    expect(
      checkClassification({ reason: "其他", responsibility: "非差错", note: "四个字啊" })[0]?.field,
    ).toBe("note");
    expect(checkClassification({ reason: "其他", responsibility: "非差错", note: "五个字啊啊" })).toEqual([]);
    expect(checkClassification({ reason: "程序违法", responsibility: "瑕疵", note: " " })[0]?.field).toBe(
      "note",
    );
  });
});

describe("classificationState", () => {
  it("follows classified → objected → decided", () => {
    expect(classificationState(null)).toBe("unclassified");
    expect(classificationState({ classifiedAt: "t", objectionAt: null, objectionDecidedAt: null })).toBe(
      "classified",
    );
    expect(classificationState({ classifiedAt: "t", objectionAt: "t", objectionDecidedAt: null })).toBe(
      "objected",
    );
    expect(classificationState({ classifiedAt: "t", objectionAt: "t", objectionDecidedAt: "t" })).toBe(
      "decided",
    );
  });
});
