/**
 * The paragraph and the figures: what a judge pastes. The figures come from the worked example of
 * calculate.test.ts (90000元 at the 15.4 % cap …); here the words around them and that every text a
 * user reads is Chinese with citations (no developer text, no Latin letters).
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { developerText, offending, sourceLiterals } from "../../../test/helpers/user-text.js";
import { computeLoanInterest } from "./calculate.js";
import { FIGURE_HEADERS, loanFigureRows, loanParagraph } from "./paragraph.js";
import type { LoanForm } from "./types.js";

const form: LoanForm = {
  lenders: [{ name: "李四", kind: "自然人" }],
  borrowers: [{ name: "张三", kind: "自然人" }],
  contractDate: "2021-03-01",
  principalStated: 100000,
  deliveries: [{ date: "2021-03-01", amount: 90000 }],
  agreedTermEnd: "2021-12-31",
  agreedRate: "月息2分",
  repayments: [{ date: "2022-03-01", amount: 10000 }],
  costs: 2000,
};
const r = computeLoanInterest(form, "2022-06-30");
const p = loanParagraph(form, r);

describe("loanParagraph", () => {
  it("reads as 本院认为 … 计算如下 … 综上", () => {
    expect(p.startsWith("本院认为，")).toBe(true);
    expect(p.indexOf("计算如下：")).toBeGreaterThan(p.indexOf("第二十五条"));
    expect(p).toContain(
      "以90000元为基数，自2021年3月2日起至2021年12月31日止（305天），按年利率15.4%计算利息为11742.50元",
    );
    expect(p).toContain("以上合计18711元");
    expect(p).toContain(
      "综上，截至2022年6月30日，被告张三尚应向原告李四偿还借款本金90000元、利息10711元；原告李四主张的利息中超过法律保护上限的10449元，本院不予支持。",
    );
  });

  it("names the provisions in full once, then by their short name", () => {
    expect(p.split("《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》").length).toBe(2);
    expect(p).toContain("以下简称《民间借贷规定》");
    expect(p).toContain("《民间借贷规定》第二十八条第二款第（二）项");
  });
});

describe("loanParagraph for a contract before 2020-08-20", () => {
  it("names the 2015 text in full once too, and writes 原告/被告 without names", () => {
    const old: LoanForm = {
      contractDate: "2019-09-01",
      principalStated: 50000,
      deliveries: [{ date: "2019-09-01", amount: 50000 }],
      agreedTermEnd: "2019-12-31",
      repayments: [],
      filedOn: "2022-03-01",
    };
    const text = loanParagraph(old, computeLoanInterest(old, "2022-03-01"));
    expect(text).toContain("（法释〔2015〕18号，以下简称2015年《民间借贷规定》）第");
    expect(text.split("法释〔2015〕18号").length).toBe(2);
    // 232 days at 6 %: 50000 × 6 % × 232 / 360 = 1933.33.
    expect(text).toContain("自2020年1月1日起至2020年8月19日止（232天），按年利率6%计算逾期利息为1933.33元");
    expect(text).toContain("被告尚应向原告偿还借款本金50000元");
  });
});

describe("loanFigureRows", () => {
  it("gives a row per period and a total", () => {
    const rows = loanFigureRows(r);
    expect(rows.length).toBe(4);
    expect(rows[0]?.length).toBe(FIGURE_HEADERS.length);
    expect(rows[0]?.slice(0, 9)).toEqual([
      "借期内利息",
      "2021年3月2日",
      "2021年12月31日",
      "305",
      "90000元",
      "24%",
      "15.4%",
      "11742.50元",
      "6557.50元", // 18300 − 11742.50
    ]);
    expect(rows[3]?.[7]).toBe("18711元");
    expect(rows[3]?.[8]).toBe("10449元");
  });
});

describe("user texts", () => {
  it("the lines, the paragraph and the warnings have no developer text", () => {
    const texts = [p, r.capBasis, ...r.lines.flatMap((l) => [l.text, l.basis]), ...(r.warnings ?? [])];
    expect(texts.flatMap(developerText)).toEqual([]);
  });
  it("the Chinese literals of the calculator's files are user text", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const files = ["calculate.ts", "paragraph.ts", "rate.ts", "lpr.ts", "citations.ts", "lpr.data.ts"];
    // Regular expressions (the rate words' patterns) are not texts anyone reads.
    const isPattern = (t: string) => t.startsWith("^") || t.includes("\\d");
    const literals = files.flatMap((f) => sourceLiterals(`${dir}${f}`)).filter((l) => !isPattern(l.text));
    expect(literals.length).toBeGreaterThan(50);
    expect(offending(literals)).toEqual([]);
  });
});
