/**
 * The 民间借贷 calculator on worked examples. Every golden value is worked out by hand in the
 * comment beside it: interest = 本金 × 年利率 ÷ 360 × 天数 (the default day basis), days counted
 * from the day after the start to the end day inclusive (民法典第二百零一条), each period rounded
 * half up to the fen. The LPR values are the published one-year quotes (lpr.data.ts).
 */
import { describe, expect, it } from "vitest";
import { computeLoanInterest } from "./calculate.js";
import { LoanInputError } from "./errors.js";
import type { LoanForm } from "./types.js";

const arts = (r: { lines: { basis: string }[] }) => r.lines.map((l) => l.basis).join("\n");

describe("第二十六条 pre-deducted interest, 第二十五条 cap after 2020-08-20, a monthly 2分 rate", () => {
  // 借条 100000元, actually delivered 90000元 on 2021-03-01 (10000元 interest taken in advance).
  // 月息2分 = 月利率2% = 年利率24%. Contract formed 2021-03-01: the LPR in force was 3.85 %
  // (published 2020-04-20, unchanged until 2021-12-20) → cap 4 × 3.85 % = 15.4 %; 24 % > 15.4 %.
  const form: LoanForm = {
    contractDate: "2021-03-01",
    principalStated: 100000,
    deliveries: [{ date: "2021-03-01", amount: 90000 }],
    agreedTermEnd: "2021-12-31",
    agreedRate: "月息2分",
    repayments: [{ date: "2022-03-01", amount: 10000 }],
    costs: 2000,
  };
  const r = computeLoanInterest(form, "2022-06-30");

  it("recognises the delivered 90000元 as the principal and caps at 15.4 %", () => {
    expect(r.principal).toBe(90000);
    expect(r.principalFen).toBe(9_000_000);
    expect(r.capRate).toBe(0.154);
    expect(r.lines[0]?.basis).toContain("第二十六条");
    expect(r.lines[0]?.text).toContain("差额10000元");
  });

  it("computes each period at the cap, the excess not supported", () => {
    // 借期内 2021-03-02…2021-12-31: 30+30+31+30+31+31+30+31+30+31 = 305 days.
    //   90000 × 15.4 % × 305 / 360 = 11742.50; at the agreed 24 %: 90000 × 24 % × 305 / 360 = 18300.
    // 逾期 (no overdue rate: the term rate, 第二十八条第二款第（二）项, capped) 2022-01-01…2022-03-01:
    //   31+28+1 = 60 days: 90000 × 15.4 % × 60 / 360 = 2310; at 24 %: 3600.
    // 2022-03-02…2022-06-30: 30+30+31+30 = 121 days: 90000 × 15.4 % × 121 / 360 = 4658.50; at 24 %: 7260.
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.interestFen, p.claimedInterestFen, p.kind])).toEqual(
      [
        ["2021-03-02", "2021-12-31", 305, 1_174_250, 1_830_000, "借期内利息"],
        ["2022-01-01", "2022-03-01", 60, 231_000, 360_000, "逾期利息"],
        ["2022-03-02", "2022-06-30", 121, 465_850, 726_000, "逾期利息"],
      ],
    );
    // Supported 11742.50 + 2310 + 4658.50 = 18711; claimed 18300 + 3600 + 7260 = 29160; not supported 10449.
    expect(r.interestSupportedFen).toBe(1_871_100);
    expect(r.interestNotSupportedFen).toBe(1_044_900);
    expect(r.periods[1]?.basis).toContain("第二十八条第二款第（二）项");
  });

  it("sets the repayment off against costs, then interest, then principal (民法典第五百六十一条)", () => {
    // 2022-03-01 pays 10000: costs 2000, then interest 8000 (of 11742.50 + 2310 = 14052.50 owed), principal 0.
    // Interest still due: 14052.50 − 8000 + 4658.50 = 10711.
    expect(r.costsDueFen).toBe(0);
    expect(r.principalDueFen).toBe(9_000_000);
    expect(r.interestDueFen).toBe(1_071_100);
    const line = r.lines.find((l) => l.text.startsWith("2022年3月1日"));
    expect(line?.text).toBe(
      "2022年3月1日借款人还款10000元，依次抵充实现债权的费用2000元、利息8000元、本金0元",
    );
    expect(line?.basis).toContain("第五百六十一条");
  });

  it("gives every line an article", () => {
    for (const l of r.lines) expect(l.basis).toMatch(/《.+》.*第.+条/);
  });
});

describe("第三十一条第二款: a contract formed before 2020-08-20", () => {
  // Formed and delivered 2019-01-01, 100000元 at 月息2分 (24 %), due 2019-12-31, no overdue rate,
  // filed 2021-06-15 (LPR then 3.85 % → 15.4 %). Up to 2020-08-19 the 2015 text caps at 24 %;
  // from 2020-08-20 the cap is 4 × LPR at filing.
  const r = computeLoanInterest(
    {
      contractDate: "2019-01-01",
      principalStated: 100000,
      deliveries: [{ date: "2019-01-01", amount: 100000 }],
      agreedTermEnd: "2019-12-31",
      agreedRate: "月息2分",
      repayments: [],
      filedOn: "2021-06-15",
    },
    "2021-06-15",
  );

  it("splits at 2020-08-19 and applies 24 % before, 15.4 % after", () => {
    // 2019-01-02…2019-12-31: 364 days at 24 %: 100000 × 24 % × 364 / 360 = 24266.666… → 24266.67.
    // 2020-01-01…2020-08-19: 31+29+31+30+31+30+31+19 = 232 days at 24 %: 15466.666… → 15466.67.
    // 2020-08-20…2021-06-15: 12+30+31+30+31+31+28+31+30+31+15 = 300 days at 15.4 %:
    //   100000 × 15.4 % × 300 / 360 = 12833.333… → 12833.33; at 24 %: 20000.
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.rate, p.interestFen])).toEqual([
      ["2019-01-02", "2019-12-31", 364, 0.24, 2_426_667],
      ["2020-01-01", "2020-08-19", 232, 0.24, 1_546_667],
      ["2020-08-20", "2021-06-15", 300, 0.154, 1_283_333],
    ]);
    expect(r.capRate).toBe(0.154);
    expect(r.capBasis).toContain("2020年8月19日");
    expect(r.capBasis).toContain("起诉时（2021年6月15日）");
    // 24266.67 + 15466.67 + 12833.33 = 52566.67 supported; not supported 20000 − 12833.33 = 7166.67.
    expect(r.interestSupportedFen).toBe(5_256_667);
    expect(r.interestNotSupportedFen).toBe(716_667);
    expect(arts(r)).toContain("第三十一条第二款");
    expect(arts(r)).toContain("法释〔2015〕18号");
  });

  it("refuses without a filing date, naming the field", () => {
    try {
      computeLoanInterest(
        {
          contractDate: "2019-01-01",
          principalStated: 100000,
          deliveries: [{ date: "2019-01-01", amount: 100000 }],
          agreedRate: "月息2分",
          repayments: [],
        },
        "2021-06-15",
      );
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LoanInputError);
      expect((err as LoanInputError).field).toBe("filedOn");
      expect((err as LoanInputError).message).toContain("起诉日期");
    }
  });
});

describe("第二十四条 and 第二十八条第二款第（一）项: no interest agreed", () => {
  it("supports no interest without a term", () => {
    const r = computeLoanInterest(
      {
        contractDate: "2021-01-01",
        principalStated: 50000,
        deliveries: [{ date: "2021-01-01", amount: 50000 }],
        repayments: [],
        lenders: [{ name: "甲", kind: "自然人" }],
        borrowers: [{ name: "乙", kind: "自然人" }],
      },
      "2021-12-31",
    );
    expect(r.interestSupportedFen).toBe(0);
    expect(r.interestNotSupportedFen).toBe(0);
    expect(r.periods).toEqual([]);
    expect(r.principalDueFen).toBe(5_000_000);
    expect(r.lines.some((l) => l.basis.includes("第二十四条") && l.text.includes("没有约定"))).toBe(true);
  });

  it("charges overdue interest at the LPR of the time, split where the LPR changed", () => {
    // 50000元 due 2021-06-30, neither rate agreed. Overdue from 2021-07-01:
    // 2021-07-01…2021-12-19 at 3.85 %: 31+31+30+31+30+19 = 172 days: 50000 × 3.85 % × 172 / 360 = 919.722… → 919.72.
    // 2021-12-20…2021-12-31 at 3.80 % (published 2021-12-20): 12 days: 50000 × 3.8 % × 12 / 360 = 63.333… → 63.33.
    const r = computeLoanInterest(
      {
        contractDate: "2021-01-01",
        principalStated: 50000,
        deliveries: [{ date: "2021-01-01", amount: 50000 }],
        agreedTermEnd: "2021-06-30",
        agreedRate: null,
        repayments: [],
      },
      "2021-12-31",
    );
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.rate, p.interestFen])).toEqual([
      ["2021-07-01", "2021-12-19", 172, 0.0385, 91_972],
      ["2021-12-20", "2021-12-31", 12, 0.038, 6_333],
    ]);
    expect(r.interestSupportedFen).toBe(98_305);
    expect(r.periods[0]?.basis).toContain("第二十八条第二款第（一）项");
  });

  it("treats 约定不明 between natural persons as no interest", () => {
    const r = computeLoanInterest(
      {
        contractDate: "2022-01-01",
        principalStated: 10000,
        deliveries: [{ date: "2022-01-01", amount: 10000 }],
        agreedRate: "约定不明",
        repayments: [],
        lenders: [{ name: "甲", kind: "自然人" }],
        borrowers: [{ name: "乙", kind: "自然人" }],
      },
      "2022-12-31",
    );
    expect(r.interestSupportedFen).toBe(0);
    expect(r.lines.some((l) => l.text.includes("约定不明") && l.basis.includes("第二十四条第二款"))).toBe(
      true,
    );
  });
});

describe("第二十九条: overdue rate, penalty and fees together", () => {
  // Formed 2023-01-10: LPR 3.65 % (published 2022-08-22) → cap 14.6 %. 100000元, 年利率6 % to 2023-07-10;
  // overdue 12 % + penalty 6 % + fees 3 % = 21 % > 14.6 %.
  const r = computeLoanInterest(
    {
      contractDate: "2023-01-10",
      principalStated: 100000,
      deliveries: [{ date: "2023-01-10", amount: 100000 }],
      agreedTermEnd: "2023-07-10",
      agreedRate: "年利率6%",
      overdueRate: "年利率12%",
      penaltyRate: "年利率6%",
      otherFeesRate: 0.03,
      repayments: [],
    },
    "2023-10-10",
  );
  it("caps the total at 4 × LPR at formation", () => {
    // 借期内 2023-01-11…2023-07-10: 21+28+31+30+31+30+10 = 181 days: 100000 × 6 % × 181 / 360 = 3016.666… → 3016.67.
    // 逾期 2023-07-11…2023-10-10: 21+31+30+10 = 92 days at 14.6 %: 100000 × 14.6 % × 92 / 360 = 3731.111… → 3731.11;
    //   claimed at 21 %: 5366.666… → 5366.67; not supported 5366.67 − 3731.11 = 1635.56.
    expect(r.capRate).toBe(0.146);
    expect(
      r.periods.map((p) => [p.days, p.rate, p.claimedRate, p.interestFen, p.claimedInterestFen]),
    ).toEqual([
      [181, 0.06, 0.06, 301_667, 301_667],
      [92, 0.146, 0.21, 373_111, 536_667],
    ]);
    expect(r.interestNotSupportedFen).toBe(163_556);
    expect(r.periods[1]?.basis).toContain("第二十九条");
    expect(arts(r)).toContain("第二十九条");
  });
});

describe("民法典第五百六十一条 and an agreed 本金优先 order", () => {
  // Formed 2022-09-01 (LPR 3.65 % → cap 14.6 %), 10000元 at 年利率12 % due 2023-08-31, costs 500元.
  // Repayment 3000元 on 2022-12-30; interest to then: 2022-09-02…2022-12-30 = 29+31+30+30 = 120 days:
  // 10000 × 12 % × 120 / 360 = 400.
  const base: LoanForm = {
    contractDate: "2022-09-01",
    principalStated: 10000,
    deliveries: [{ date: "2022-09-01", amount: 10000 }],
    agreedTermEnd: "2023-08-31",
    agreedRate: "年息12%",
    repayments: [{ date: "2022-12-30", amount: 3000 }],
    costs: 500,
  };
  it("legal order: costs 500, interest 400, principal 2100", () => {
    const r = computeLoanInterest(base, "2023-03-30");
    // Then 7900元 from 2022-12-31 to 2023-03-30 = 1+31+28+30 = 90 days: 7900 × 12 % × 90 / 360 = 237.
    expect(r.principalDueFen).toBe(790_000);
    expect(r.interestDueFen).toBe(23_700);
    expect(r.costsDueFen).toBe(0);
    expect(r.lines.some((l) => l.text.includes("实现债权的费用500元、利息400元、本金2100元"))).toBe(true);
  });
  it("本金优先: principal 3000 first; interest and costs stay owed", () => {
    const r = computeLoanInterest({ ...base, setOffOrder: "本金优先" }, "2023-03-30");
    // 7000元 for the same 90 days: 7000 × 12 % × 90 / 360 = 210; interest due 400 + 210 = 610.
    expect(r.principalDueFen).toBe(700_000);
    expect(r.interestDueFen).toBe(61_000);
    expect(r.costsDueFen).toBe(50_000);
  });
  it("第三十条: early repayment of all principal stops the interest", () => {
    // Pays 10400元 on 2022-12-30 (no costs): interest 400, principal 10000 — before the 2023-08-31 term.
    const r = computeLoanInterest(
      { ...base, costs: 0, repayments: [{ date: "2022-12-30", amount: 10400 }] },
      "2023-03-30",
    );
    expect(r.principalDueFen).toBe(0);
    expect(r.interestDueFen).toBe(0);
    expect(r.interestSupportedFen).toBe(40_000);
    expect(r.lines.some((l) => l.basis.includes("第三十条"))).toBe(true);
  });
});

describe("日息 and 365-day basis", () => {
  it("日息万分之五 is 18 % a year; with dayBasis 365 a year's interest is the annual rate", () => {
    // Formed 2024-11-01: LPR 3.10 % (published 2024-10-21) → cap 12.4 % < 18 %.
    // 2024-11-02…2025-11-01 = 365 days: 100000 × 12.4 % × 365 / 365 = 12400.
    const r = computeLoanInterest(
      {
        contractDate: "2024-11-01",
        principalStated: 100000,
        deliveries: [{ date: "2024-11-01", amount: 100000 }],
        agreedRate: "日息万分之五",
        repayments: [],
        dayBasis: 365,
      },
      "2025-11-01",
    );
    expect(r.capRate).toBe(0.124);
    expect(r.periods[0]?.claimedRate).toBe(0.18);
    expect(r.interestSupportedFen).toBe(1_240_000);
    // At 18 %: 18000 claimed, 5600 not supported.
    expect(r.interestNotSupportedFen).toBe(560_000);
  });
});

describe("bad input names the field", () => {
  const ok: LoanForm = {
    contractDate: "2022-01-01",
    principalStated: 10000,
    deliveries: [{ date: "2022-01-01", amount: 10000 }],
    repayments: [],
  };
  const fields = (f: unknown, asOf = "2022-12-31") => {
    try {
      computeLoanInterest(f as LoanForm, asOf);
      return [];
    } catch (err) {
      if (!(err instanceof LoanInputError)) throw err;
      return err.problems.map((p) => p.field);
    }
  };
  it("deliveries above the stated principal", () => {
    expect(fields({ ...ok, deliveries: [{ date: "2022-01-01", amount: 12000 }] })).toEqual(["deliveries"]);
  });
  it("bad dates, amounts, rates and orders", () => {
    expect(fields({ ...ok, contractDate: "2022-02-30" })).toEqual(["contractDate"]);
    expect(fields({ ...ok, principalStated: 0 })).toContain("principalStated");
    expect(fields({ ...ok, deliveries: [{ date: "2022-01-01", amount: -5 }] })).toEqual([
      "deliveries[0].amount",
    ]);
    expect(fields({ ...ok, agreedRate: "高息" })).toEqual(["agreedRate"]);
    expect(fields({ ...ok, agreedRate: "10%" })).toEqual(["agreedRate"]);
    expect(fields({ ...ok, setOffOrder: "利息优先" })).toEqual(["setOffOrder"]);
    expect(fields({ ...ok, repayments: [{ date: "2021-12-01", amount: 100 }] })).toEqual([
      "repayments[0].date",
    ]);
    expect(fields({ ...ok, deliveries: [] })).toEqual(["deliveries"]);
    expect(fields(ok, "2021-12-31")).toEqual(["contractDate", "deliveries[0].date"]);
    expect(fields(ok, "明天")).toEqual(["asOf"]);
  });
  it("the message is Chinese and names the field in words", () => {
    try {
      computeLoanInterest({ ...ok, agreedRate: "高息" }, "2022-12-31");
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain("约定的借期内利率");
      expect((err as Error).message).toContain("高息");
    }
  });
});

describe("第三十一条 with neither rate agreed, several deliveries, costs arising late", () => {
  // Formed 2020-01-01; 30000元 delivered 2020-01-01 and 20000元 on 2020-03-01 (借条 50000元); no interest,
  // due 2020-06-30; filed 2021-03-15 (LPR 3.85 % → cap 15.4 %). Costs 1000元 arose on 2021-03-15.
  const r = computeLoanInterest(
    {
      contractDate: "2020-01-01",
      principalStated: 50000,
      deliveries: [
        { date: "2020-01-01", amount: 30000 },
        { date: "2020-03-01", amount: 20000 },
      ],
      agreedTermEnd: "2020-06-30",
      repayments: [
        { date: "2020-12-31", amount: 2000 },
        { date: "2021-03-31", amount: 3000 },
      ],
      costs: 1000,
      costsIncurredOn: "2021-03-15",
      filedOn: "2021-03-15",
    },
    "2021-03-31",
  );
  it("charges 6 % up to 2020-08-19 (2015 text), then the LPR of the time", () => {
    // No term interest (第二十四条). Overdue from 2020-07-01:
    // 2020-07-01…2020-08-19: 31 + 19 = 50 days at 6 % (2015《规定》第二十九条): 50000 × 6 % × 50 / 360 = 416.666… → 416.67.
    // 2020-08-20…2020-12-31: 12+30+31+30+31 = 134 days at 3.85 %: 50000 × 3.85 % × 134 / 360 = 716.527… → 716.53.
    // Repayment 2020-12-31, 2000元: costs not yet arisen; interest 416.67 + 716.53 = 1133.20; principal 866.80 → 49133.20.
    // 2021-01-01…2021-03-31: 31+28+31 = 90 days at 3.85 %: 49133.20 × 3.85 % × 90 / 360 = 472.907… → 472.91.
    // Repayment 2021-03-31, 3000元: costs 1000, interest 472.91, principal 1527.09 → 47606.11.
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.principalFen, p.rate, p.interestFen])).toEqual([
      ["2020-07-01", "2020-08-19", 50, 5_000_000, 0.06, 41_667],
      ["2020-08-20", "2020-12-31", 134, 5_000_000, 0.0385, 71_653],
      ["2021-01-01", "2021-03-31", 90, 4_913_320, 0.0385, 47_291],
    ]);
    expect(r.periods[0]?.basis).toContain("法释〔2015〕18号）第二十九条");
    expect(r.periods[1]?.basis).toContain("第二十八条第二款第（一）项");
    expect(r.principalDueFen).toBe(4_760_611);
    expect(r.interestDueFen).toBe(0);
    expect(r.costsDueFen).toBe(0);
    expect(r.interestNotSupportedFen).toBe(0);
  });
});

describe("a rate written as a multiple of the LPR", () => {
  it("reads it at the LPR in force at formation", () => {
    // Formed 2023-09-01: LPR 3.45 % (published 2023-08-21). "LPR的4倍" = 13.8 % = the cap; "LPR的5倍" = 17.25 %.
    // 2023-09-02…2023-12-01 = 29+31+30+1 = 91 days: 10000 × 13.8 % × 91 / 360 = 348.833… → 348.83.
    const form: LoanForm = {
      contractDate: "2023-09-01",
      principalStated: 10000,
      deliveries: [{ date: "2023-09-01", amount: 10000 }],
      agreedRate: "年利率LPR的4倍",
      repayments: [],
    };
    const r4 = computeLoanInterest(form, "2023-12-01");
    expect(r4.capRate).toBe(0.138);
    expect(r4.interestSupportedFen).toBe(34_883);
    expect(r4.interestNotSupportedFen).toBe(0);
    // At 17.25 %: 10000 × 17.25 % × 91 / 360 = 436.041… → 436.04; not supported 436.04 − 348.83 = 87.21.
    const r5 = computeLoanInterest({ ...form, agreedRate: "LPR的5倍" }, "2023-12-01");
    expect(r5.periods[0]?.claimedRate).toBe(0.1725);
    expect(r5.interestNotSupportedFen).toBe(8_721);
  });
});

describe("warnings", () => {
  it("says an overdue rate without a term was not used", () => {
    const r = computeLoanInterest(
      {
        contractDate: "2022-01-01",
        principalStated: 10000,
        deliveries: [{ date: "2022-01-01", amount: 10000 }],
        agreedRate: "年利率6%",
        overdueRate: "年利率12%",
        repayments: [],
      },
      "2022-12-31",
    );
    // 2022-01-02…2022-12-31 = 364 days at 6 %: 10000 × 6 % × 364 / 360 = 606.666… → 606.67; no overdue period.
    expect(r.interestSupportedFen).toBe(60_667);
    expect(r.periods.every((p) => p.kind === "借期内利息")).toBe(true);
    expect(r.warnings).toEqual([
      "约定了逾期利率、违约金或其他费用，但未填写还款期限，未计算逾期利息；如借款人已逾期，请填写还款期限",
    ]);
  });
});
