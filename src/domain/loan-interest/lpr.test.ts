/**
 * The LPR table: the quote in force on a day is the latest publication on or before it; a setting
 * file adds rows, checked row by row. Values: the published one-year quotes (lpr.data.ts).
 */
import { describe, expect, it } from "vitest";
import { computeLoanInterest } from "./calculate.js";
import { LoanInputError } from "./errors.js";
import { DEFAULT_LPR_TABLE, lprOn, parseLprSetting, withLprRows } from "./lpr.js";

describe("lprOn", () => {
  it.each([
    ["2019-08-19", undefined], // before the first publication
    ["2019-08-20", 425],
    ["2019-10-31", 420], // 2019-09-20 4.20 %; October unchanged
    ["2020-04-19", 405],
    ["2020-04-20", 385],
    ["2021-12-19", 385],
    ["2021-12-20", 380],
    ["2022-08-21", 370],
    ["2022-08-22", 365],
    ["2023-08-21", 345],
    ["2024-10-20", 335],
    ["2024-10-21", 310],
    ["2025-05-20", 300],
  ])("%s → %s bp", (date, bp) => {
    expect(lprOn(DEFAULT_LPR_TABLE, date)?.bp).toBe(bp);
  });

  it("holds every change point since 2019-08-20 in order", () => {
    const dates = DEFAULT_LPR_TABLE.rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.length).toBe(13);
  });
});

describe("the setting file", () => {
  it("adds newer rows", () => {
    const { rows, source } = parseLprSetting({
      source: "某公告",
      rows: [{ date: "2026-01-20", percent: 2.9 }],
    });
    const t = withLprRows(DEFAULT_LPR_TABLE, rows, source);
    expect(lprOn(t, "2026-02-01")?.bp).toBe(290);
    expect(lprOn(t, "2026-01-19")?.bp).toBe(300);
    expect(t.verifiedThrough).toBe("2026-01-20");
    expect(t.source).toContain("某公告");
  });

  it("accepts a row the package already has with the same quote, refuses a different one", () => {
    expect(() => withLprRows(DEFAULT_LPR_TABLE, [{ date: "2024-10-21", bp: 310 }])).not.toThrow();
    expect(() => withLprRows(DEFAULT_LPR_TABLE, [{ date: "2024-10-21", bp: 320 }])).toThrow(LoanInputError);
  });

  it("names the row and field of each problem", () => {
    try {
      parseLprSetting({
        rows: [
          { date: "2026-02-30", percent: 3 },
          { date: "2019-01-01", percent: 3 },
          { date: "2026-03-20", percent: 300 },
          { date: "2026-04-20", percent: 3.005 },
          "x",
        ],
      });
      expect.unreachable();
    } catch (err) {
      expect((err as LoanInputError).problems.map((p) => p.field)).toEqual([
        "rows[0].date",
        "rows[1].date",
        "rows[2].percent",
        "rows[3].percent",
        "rows[4]",
      ]);
    }
    expect(() => parseLprSetting({ nothing: 1 })).toThrow(LoanInputError);
  });

  it("changes the calculation: a cap from a setting-file row", () => {
    // Contract formed 2026-02-01 with the file's 2.90 % row → cap 4 × 2.90 % = 11.6 %.
    const t = withLprRows(DEFAULT_LPR_TABLE, [{ date: "2026-01-20", bp: 290 }]);
    const form = {
      contractDate: "2026-02-01",
      principalStated: 1000,
      deliveries: [{ date: "2026-02-01", amount: 1000 }],
      agreedRate: "月息2分",
      repayments: [],
    };
    expect(computeLoanInterest(form, "2026-03-01", { lpr: t }).capRate).toBe(0.116);
    // Without the row the package's 3.00 % applies (cap 12 %) and the result warns the table may be stale.
    const r = computeLoanInterest(form, "2026-03-01");
    expect(r.capRate).toBe(0.12);
    expect(r.warnings?.[0]).toContain("核实至2025年7月21日");
  });
});
