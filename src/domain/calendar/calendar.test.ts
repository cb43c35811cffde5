import { readFileSync } from "node:fs";
import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  addMonthsCriminal,
  CalendarRangeError,
  civilFromDays,
  daysFromCivil,
  formatIsoDate,
  isoWeekday,
  isWorkingDay,
  legalCalendar,
  parseIsoDate,
  periodEnd,
  tryParseIsoDate,
} from "./index.js";

const d = parseIsoDate;
const iso = formatIsoDate;
const cal = legalCalendar();
const FIRST = daysFromCivil(cal.firstYear, 1, 1);
const LAST = daysFromCivil(cal.lastYear, 12, 31);

describe("civil dates", () => {
  it("converts to and from day numbers", () => {
    expect(d("1970-01-01")).toBe(0);
    expect(d("2024-02-29")).toBe(19782);
    expect(iso(19782)).toBe("2024-02-29");
    expect(isoWeekday(d("2024-03-01"))).toBe(5); // a Friday
  });

  it("parses what it formats, and nothing else (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1000, 1, 1), max: daysFromCivil(9999, 12, 31) }), (n) => {
        expect(tryParseIsoDate(iso(n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const r = tryParseIsoDate(s);
        if (r !== undefined) expect(iso(r)).toBe(s);
      }),
    );
  });

  it("rejects impossible dates", () => {
    expect(tryParseIsoDate("2023-02-29")).toBeUndefined();
    expect(tryParseIsoDate("2024-13-01")).toBeUndefined();
    expect(tryParseIsoDate("2024-1-1")).toBeUndefined();
    expect(() => parseIsoDate("2024-04-31")).toThrow(/2024-04-31/);
  });

  it("agrees with Temporal.PlainDate on conversions, weekdays and month arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 100000 }), fc.integer({ min: 0, max: 60 }), (n, months) => {
        const p = Temporal.PlainDate.from("1970-01-01").add({ days: n });
        expect(iso(n)).toBe(p.toString());
        expect(isoWeekday(n)).toBe(p.dayOfWeek);
        const c = civilFromDays(n);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(n);
        // Temporal's default overflow "constrain" is exactly 民法典 art. 202.
        expect(iso(addMonths(n, months))).toBe(p.add({ months }).toString());
      }),
    );
  });
});

describe("month arithmetic (民法典 art. 202 and 刑诉法解释 art. 202)", () => {
  it("ends on the corresponding day, or the month's last day", () => {
    expect(iso(addMonths(d("2024-08-31"), 6))).toBe("2025-02-28");
    expect(iso(addMonths(d("2023-08-31"), 6))).toBe("2024-02-29"); // leap year
    expect(iso(addMonths(d("2024-08-30"), 6))).toBe("2025-02-28");
    expect(iso(addMonths(d("2014-05-28"), 3))).toBe("2014-08-28");
  });

  it("criminal rule: a period from a month's last day ends on the target month's last day", () => {
    // reference/deadlines.md §2.3: 2024-09-30 + 1 month: civil 2024-10-30, criminal 2024-10-31.
    expect(iso(addMonths(d("2024-09-30"), 1))).toBe("2024-10-30");
    expect(iso(addMonthsCriminal(d("2024-09-30"), 1))).toBe("2024-10-31");
    // Not a month end: both rules agree.
    expect(iso(addMonthsCriminal(d("2024-09-29"), 1))).toBe("2024-10-29");
    expect(iso(addMonthsCriminal(d("2024-01-31"), 1))).toBe("2024-02-29");
  });
});

describe("isWorkingDay (State Council notices via chinese-days)", () => {
  it("knows statutory holidays and 调休 working days", () => {
    // data/README.md "Facts verified in the file".
    for (let day = 1; day <= 7; day++) expect(isWorkingDay(`2024-10-0${day}`)).toBe(false); // 国庆节
    expect(isWorkingDay("2024-09-29")).toBe(true); // Sunday, 调休
    expect(isWorkingDay("2024-10-12")).toBe(true); // Saturday, 调休
    expect(isWorkingDay("2024-02-04")).toBe(true); // Sunday, 春节调休
    expect(isWorkingDay("2024-02-18")).toBe(true);
    expect(isWorkingDay("2025-01-26")).toBe(true);
    expect(isWorkingDay("2025-02-08")).toBe(true);
    for (const s of ["2025-01-28", "2025-01-31", "2025-02-04"]) expect(isWorkingDay(s)).toBe(false);
    for (const s of ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]) {
      expect(isWorkingDay(s)).toBe(true);
    }
    expect(isWorkingDay("2024-03-02")).toBe(false); // an ordinary Saturday
    expect(isWorkingDay("2024-03-04")).toBe(true); // an ordinary Monday
  });

  it("counts the working days per year the State Council notices give", () => {
    // data/README.md: 2018 250, 2019 250, 2020 249, 2021 250, 2022 249, 2023 249, 2024 251, 2025 248, 2026 248.
    const expected: Record<number, number> = {
      2018: 250,
      2019: 250,
      2020: 249,
      2021: 250,
      2022: 249,
      2023: 249,
      2024: 251,
      2025: 248,
      2026: 248,
    };
    for (const [year, count] of Object.entries(expected)) {
      let n = 0;
      for (let day = daysFromCivil(Number(year), 1, 1); day <= daysFromCivil(Number(year), 12, 31); day++) {
        if (isWorkingDay(day)) n++;
      }
      expect(n, String(year)).toBe(count);
    }
  });

  it("agrees day by day with the independent holiday-cn data set (2018–2026)", () => {
    const other = JSON.parse(
      readFileSync(
        new URL("../../../test/fixtures/reference-data/holidays-cn.json", import.meta.url),
        "utf8",
      ),
    ) as Record<string, { holiday: boolean }>;
    let differences = 0;
    for (let day = daysFromCivil(2018, 1, 1); day <= daysFromCivil(2026, 12, 31); day++) {
      const entry = other[iso(day)];
      const working = entry ? !entry.holiday : isoWeekday(day) < 6;
      if (working !== isWorkingDay(day)) differences++;
    }
    expect(differences).toBe(0);
  });

  it("refuses to guess outside the data's years", () => {
    expect(() => isWorkingDay(`${cal.lastYear + 1}-10-02`)).toThrow(CalendarRangeError);
    expect(() => isWorkingDay(`${cal.lastYear + 1}-10-02`)).toThrow(/超出节假日数据覆盖范围/);
    expect(() => isWorkingDay(`${cal.firstYear - 1}-06-01`)).toThrow(CalendarRangeError);
  });
});

describe("periodEnd: golden dates from reference/deadlines.md §2.3", () => {
  const cases: [string, { months?: number; days?: number }, string, string][] = [
    // filing date, limit, raw expiry, final expiry
    ["2014-05-28", { months: 3 }, "2014-08-28", "2014-08-28"], // SPC 2014 example; Thursday
    ["2024-08-31", { months: 6 }, "2025-02-28", "2025-02-28"], // no 31 Feb; Friday
    ["2023-08-31", { months: 6 }, "2024-02-29", "2024-02-29"], // leap year; Thursday
    ["2024-08-30", { months: 6 }, "2025-02-28", "2025-02-28"], // shares 08-31's deadline
    ["2024-11-30", { months: 3 }, "2025-02-28", "2025-02-28"], // 简易
    ["2024-07-05", { months: 6 }, "2025-01-05", "2025-01-06"], // Sunday → Monday
    ["2024-09-30", { months: 1 }, "2024-10-30", "2024-10-30"], // civil reading
    ["2024-03-01", { days: 30 }, "2024-03-31", "2024-04-01"], // 裁定上诉 30 days; Sunday → Monday
    // National Day 2024: 10-01…10-07 off → first working day 10-08.
    ["2024-09-03", { days: 30 }, "2024-10-03", "2024-10-08"],
    // Spring Festival 2025: 01-28…02-04 off → 02-05.
    ["2024-12-29", { days: 31 }, "2025-01-29", "2025-02-05"],
    // A 调休 Saturday (2024-10-12) is a working day and does not roll.
    ["2024-09-12", { days: 30 }, "2024-10-12", "2024-10-12"],
    // A 调休 Sunday (2024-09-29) likewise.
    ["2024-08-29", { days: 31 }, "2024-09-29", "2024-09-29"],
  ];
  for (const [filed, length, raw, final] of cases) {
    it(`${filed} + ${JSON.stringify(length)} → ${final}`, () => {
      const r = periodEnd(d(filed), length);
      expect(iso(r.rawEnd)).toBe(raw);
      expect(iso(r.end)).toBe(final);
    });
  }

  it("criminal month rule on request", () => {
    expect(iso(periodEnd(d("2024-09-30"), { months: 1 }, { monthRule: "criminal-interpretation" }).end)).toBe(
      "2024-10-31",
    );
  });
});

describe("periodEnd: invariants (property tests)", () => {
  // Keep the period inside the data's coverage so the roll never leaves it.
  const start = fc.integer({ min: FIRST, max: LAST - 460 });
  const length = fc.record({
    months: fc.integer({ min: 0, max: 12 }),
    days: fc.integer({ min: 0, max: 60 }),
  });

  it("ends on a working day, never before the unrolled end, and within a holiday's length of it", () => {
    fc.assert(
      fc.property(start, length, (s, len) => {
        const r = periodEnd(s, len);
        expect(cal.isWorkingDay(r.end)).toBe(true);
        expect(r.end).toBeGreaterThanOrEqual(r.rawEnd);
        // The longest run of days off in the data is 10 (Spring Festival 2020, extended to 02-02).
        expect(r.end - r.rawEnd).toBeLessThanOrEqual(10);
        // Every day skipped by the roll is a day off.
        for (let x = r.rawEnd; x < r.end; x++) expect(cal.isWorkingDay(x)).toBe(false);
      }),
    );
  });

  it("is monotone in the start date", () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), length, (s, gap, len) => {
        expect(periodEnd(s + gap, len).end).toBeGreaterThanOrEqual(periodEnd(s, len).end);
      }),
    );
  });

  it("is monotone in the length", () => {
    fc.assert(
      fc.property(start, length, fc.integer({ min: 0, max: 30 }), (s, len, more) => {
        expect(periodEnd(s, { ...len, days: len.days + more }).end).toBeGreaterThanOrEqual(
          periodEnd(s, len).end,
        );
      }),
    );
  });
});
