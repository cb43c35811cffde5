import { describe, expect, it } from "vitest";
import { isOrganisationName, normalisePartyName as n, splitPartyNames } from "./normalise.js";

describe("normalisePartyName", () => {
  it("reads full-width letters, digits and brackets as half-width", () => {
    // Ｘ (U+FF38) and １ (U+FF11) are the full-width forms of X and 1; （） of ().
    expect(n("北京ＸＹ１物业服务有限公司")).toBe(n("北京XY1物业服务有限公司"));
    expect(n("某银行股份有限公司（北京）分行")).toBe("某银行股份有限公司(北京)分行");
  });

  it("removes every space, half-width, full-width (U+3000) and tabs", () => {
    expect(n(" 北京 安居 物业有限公司　")).toBe("北京安居物业有限公司");
    expect(n("北京\t安居物业有限公司")).toBe("北京安居物业有限公司");
  });

  it("unifies brackets: 【】〔〕[] read as ()", () => {
    const want = "甲银行股份有限公司(北京)分行";
    expect(n("甲银行股份有限公司【北京】分行")).toBe(want);
    expect(n("甲银行股份有限公司〔北京〕分行")).toBe(want);
    expect(n("甲银行股份有限公司[北京]分行")).toBe(want);
  });

  it("treats 有限责任公司 and 有限公司 alike", () => {
    expect(n("北京安居物业管理有限责任公司")).toBe(n("北京安居物业管理有限公司"));
  });

  it("keeps 股份有限公司 distinct from 有限公司", () => {
    expect(n("甲科技股份有限公司")).not.toBe(n("甲科技有限公司"));
    expect(n("甲科技股份有限公司")).not.toBe(n("甲科技有限责任公司"));
  });

  it("keeps a branch (分公司, 支行) apart from its head office", () => {
    expect(n("甲物业有限公司朝阳分公司")).not.toBe(n("甲物业有限公司"));
    expect(n("中国工商银行股份有限公司北京朝阳支行")).not.toBe(n("中国工商银行股份有限公司"));
  });

  it("compares Latin letters in upper case", () => {
    expect(n("abc物业有限公司")).toBe(n("ＡＢＣ物业有限公司"));
  });
});

describe("splitPartyNames", () => {
  it("splits on 、 ; and ；, dropping blanks", () => {
    expect(splitPartyNames("张三、李四; 王五；；")).toEqual(["张三", "李四", "王五"]);
    expect(splitPartyNames(null)).toEqual([]);
    expect(splitPartyNames("")).toEqual([]);
  });
});

describe("isOrganisationName", () => {
  it("tells companies, banks and shops from persons", () => {
    expect(isOrganisationName("北京安居物业有限公司")).toBe(true);
    expect(isOrganisationName("甲银行乙支行")).toBe(true);
    expect(isOrganisationName("红星饭店")).toBe(true);
    expect(isOrganisationName("张伟")).toBe(false);
    expect(isOrganisationName("欧阳晓明")).toBe(false);
    expect(isOrganisationName("买买提·艾力江")).toBe(false);
  });
});
