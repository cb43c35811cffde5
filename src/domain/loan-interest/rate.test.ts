/**
 * The rate words. Golden values by the conventions stated in rate.ts: 月 × 12, 日 × 360;
 * 年息1分 = 10 %, 月息1分 = 1 %, 日息1分 = 0.1 %; 1厘 = a tenth of a 分, 1毛 (角) = ten 分.
 */
import { describe, expect, it } from "vitest";
import { LoanInputError } from "./errors.js";
import { parseNumberWord, parseRate } from "./rate.js";

const annual = (x: unknown) => {
  const r = parseRate(x, "agreedRate", "约定的借期内利率");
  if (r.kind !== "fixed") throw new Error(`not fixed: ${r.kind}`);
  return r.annual;
};

describe("parseRate", () => {
  it.each([
    ["月息2分", 0.24], // 2 % a month × 12
    ["2分", 0.24], // 分 alone = 月息
    ["二分", 0.24],
    ["两分利", 0.24],
    ["月息一分五厘", 0.18], // 1.5 % a month
    ["一分五", 0.18],
    ["一分半", 0.18],
    ["月息5厘", 0.06], // 0.5 % a month
    ["月利率1.5%", 0.18],
    ["月利率１．５％", 0.18], // full-width
    ["月息2%", 0.24],
    ["年利率10%", 0.1],
    ["年息12%", 0.12],
    ["年化利率7.2%", 0.072],
    ["年息1分", 0.1], // 年息1分 = 10 %
    ["年息八厘", 0.08],
    ["日息万分之五", 0.18], // 0.05 % a day × 360
    ["日利率0.05%", 0.18],
    ["日息千分之一", 0.36],
    ["月息千分之十五", 0.18],
    ["1毛", 1.2], // 10 % a month
    ["月息一角", 1.2],
    ["按月利率2%计算", 0.24],
    [0.1, 0.1],
  ])("%s → %s", (words, expected) => {
    expect(annual(words)).toBe(expected);
  });

  it("reads the LPR and its multiples", () => {
    expect(parseRate("年利率LPR的4倍", "f", "利率")).toMatchObject({ kind: "lpr", multiple: 4 });
    expect(parseRate("四倍LPR", "f", "利率")).toMatchObject({ kind: "lpr", multiple: 4 });
    expect(parseRate("一年期贷款市场报价利率", "f", "利率")).toMatchObject({ kind: "lpr", multiple: 1 });
    expect(parseRate("LPR上浮50%", "f", "利率")).toMatchObject({ kind: "lpr", multiple: 1.5 });
  });

  it("reads no interest and unclear interest", () => {
    expect(parseRate("无息", "f", "利率").kind).toBe("none");
    expect(parseRate(0, "f", "利率").kind).toBe("none");
    expect(parseRate("利息约定不明", "f", "利率").kind).toBe("unclear");
  });

  it.each([["10%"], ["高息"], ["月息2"], ["年利率"], [24], [-0.1], [""], [true]])(
    "refuses %s with a Chinese error naming the field",
    (words) => {
      try {
        parseRate(words, "agreedRate", "约定的借期内利率");
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(LoanInputError);
        expect((err as LoanInputError).field).toBe("agreedRate");
        expect((err as Error).message).toContain("约定的借期内利率");
      }
    },
  );

  it("says how it read the words, in Chinese", () => {
    expect(parseRate("月息2分", "f", "利率")).toMatchObject({ words: "月利率2%（折合年利率24%）" });
    expect(parseRate("日息万分之五", "f", "利率")).toMatchObject({ words: "日利率0.05%（折合年利率18%）" });
  });
});

describe("parseNumberWord", () => {
  it.each([
    ["2", 2],
    ["1.5", 1.5],
    ["二", 2],
    ["两", 2],
    ["十五", 15],
    ["二十", 20],
    ["一点五", 1.5],
    ["零点五", 0.5],
  ])("%s → %s", (w, n) => expect(parseNumberWord(w)).toBe(n));
  it("refuses non-numbers", () => {
    expect(parseNumberWord("高")).toBeUndefined();
    expect(parseNumberWord("十十")).toBeUndefined();
  });
});
