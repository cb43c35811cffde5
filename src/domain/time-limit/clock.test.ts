/**
 * Golden timelines for the 审限 clock. Every expected date below is calculated by hand in the
 * comment next to it, from the rules in reference/deadlines.md and docs/time-limits.md:
 * counting starts the day after filing (CPL art. 85), months by 民法典 art. 202 (criminal: 刑诉法解释
 * art. 202), exclusions counted inclusively and merged, then the roll to the next working day.
 * Weekdays were checked with an ordinary calendar; holidays from the State Council notices:
 *   2024 春节 02-10…02-17 off, 02-04 (Sun) and 02-18 (Sun) working;
 *   2024 劳动节 05-01…05-05 off, 04-28 (Sun) and 05-11 (Sat) working;
 *   2024 国庆节 10-01…10-07 off, 09-29 (Sun) and 10-12 (Sat) working;
 *   2025 春节 01-28…02-04 off, 01-26 (Sun) and 02-08 (Sat) working.
 */
import { describe, expect, it } from "vitest";
import { CalendarRangeError } from "../calendar/legal-calendar.js";
import { computeTimeLimit, explainTimeLimit, type TimeLimitEvent, type Timeline } from "./index.js";

let seq = 100;
function tl(
  typeCode: string,
  procedure: string | null,
  filedOn: string,
  closedOn: string | null = null,
  events: TimeLimitEvent[] = [],
  extra: Partial<Timeline> = {},
): Timeline {
  seq++;
  return {
    caseNumber: `（${filedOn.slice(0, 4)}）内0602${typeCode}${seq}号`,
    procedure: procedure as Timeline["procedure"],
    filedOn,
    closedOn,
    events,
    ...extra,
  };
}

describe("civil first instance", () => {
  it("G1 普通程序 6 months, last day a Sunday rolls to Monday; days left while pending", () => {
    // 2024-03-01 + 6 months = 2024-09-01 (Sun) → 2024-09-02 (Mon).
    // daysLeft as of 2024-06-01: Jun 29 + Jul 31 + Aug 31 + Sep 2 = 93. natural: Mar 31 + Apr 30 + May 31 = 92.
    const r = computeTimeLimit(tl("民初", "普通程序", "2024-03-01"), "2024-06-01");
    expect(r.rawEnd).toBe("2024-09-01");
    expect(r.deadline).toBe("2024-09-02");
    expect(r.rolledDays).toBe(1);
    expect(r.status).toBe("running");
    expect(r.daysLeft).toBe(93);
    expect(r.naturalDays).toBe(92);
    expect(r.baseLimit).toEqual({ months: 6, days: 0, text: "6个月" });
    expect(r.basis.join("\n")).toMatch(/民事诉讼法》第一百五十二条/);
    expect(r.basis.join("\n")).toMatch(/民事诉讼法》第八十五条/);
  });

  it("G2 closed on the rolled last day is on time", () => {
    // Deadline 2024-09-02 as in G1; closed 2024-09-02.
    const r = computeTimeLimit(tl("民初", "普通程序", "2024-03-01", "2024-09-02"), "2024-12-31");
    expect(r.status).toBe("closed-on-time");
    expect(r.daysLeft).toBeUndefined();
    expect(r.naturalDays).toBe(185); // Mar 1 → Sep 1 = 31+30+31+30+31+31 = 184 days, + 1 to Sep 2
  });

  it("G3 closed one day after the deadline is closed-late", () => {
    // Deadline 2024-09-02; closed 2024-09-03.
    const r = computeTimeLimit(tl("民初", "普通程序", "2024-03-01", "2024-09-03"), "2024-12-31");
    expect(r.status).toBe("closed-late");
  });

  it("G4 month end without a corresponding day: 2024-08-31 + 6 months = 2025-02-28 (Fri)", () => {
    const r = computeTimeLimit(tl("民初", "普通程序", "2024-08-31", "2025-02-28"), "2025-03-31");
    expect(r.deadline).toBe("2025-02-28");
    expect(r.status).toBe("closed-on-time");
  });

  it("G5 leap year: 2023-08-31 + 6 months = 2024-02-29 (Thu)", () => {
    expect(computeTimeLimit(tl("民初", "普通程序", "2023-08-31"), "2023-09-01").deadline).toBe("2024-02-29");
  });

  it("G6 2024-07-05 + 6 months = 2025-01-05 (Sun) → 2025-01-06 (Mon)", () => {
    expect(computeTimeLimit(tl("民初", "普通程序", "2024-07-05"), "2024-08-01").deadline).toBe("2025-01-06");
  });

  it("G7 简易程序 3 months: 2024-11-30 + 3 months = 2025-02-28 (Fri)", () => {
    const r = computeTimeLimit(tl("民初", "简易程序", "2024-11-30"), "2024-12-01");
    expect(r.deadline).toBe("2025-02-28");
    expect(r.rule.key).toBe("civil.summary");
  });

  it("G8 小额诉讼 2 months: 2024-12-05 + 2 months = 2025-02-05 (Wed, first day after 春节)", () => {
    expect(computeTimeLimit(tl("民初", "小额诉讼程序", "2024-12-05"), "2024-12-06").deadline).toBe(
      "2025-02-05",
    );
  });

  it("G9 Spring Festival: 2024-11-29 + 2 months = 2025-01-29 (春节) → 2025-02-05", () => {
    // 2025-01-28…02-04 off; 02-05 (Wed) is the first working day: 7 days rolled.
    const r = computeTimeLimit(tl("民初", "小额诉讼程序", "2024-11-29"), "2024-12-01");
    expect(r.deadline).toBe("2025-02-05");
    expect(r.rolledDays).toBe(7);
  });

  it("G10 National Day: 2024-07-03 + 3 months = 2024-10-03 → 2024-10-08", () => {
    expect(computeTimeLimit(tl("民初", "简易程序", "2024-07-03"), "2024-07-04").deadline).toBe("2024-10-08");
  });

  it("G11 a 调休 Saturday does not roll: 民特 2024-09-12 + 30 days = 2024-10-12 (Sat, working)", () => {
    const r = computeTimeLimit(tl("民特", null, "2024-09-12"), "2024-09-13");
    expect(r.deadline).toBe("2024-10-12");
    expect(r.rolledDays).toBe(0);
    expect(r.procedure).toBe("特别程序");
    expect(r.procedureInferred).toBe(true);
  });

  it("G44 the roll can land on a 调休 Sunday: 民特 2024-01-11 + 30 days = 2024-02-10 (春节) → 2024-02-18 (Sun, working)", () => {
    expect(computeTimeLimit(tl("民特", null, "2024-01-11"), "2024-01-12").deadline).toBe("2024-02-18");
  });

  it("G38 overdue while pending: 简易 2024-01-15 + 3 months = 2024-04-15 (Mon); as of 05-01 16 days over", () => {
    const r = computeTimeLimit(tl("民初", "简易程序", "2024-01-15"), "2024-05-01");
    expect(r.deadline).toBe("2024-04-15");
    expect(r.status).toBe("overdue");
    expect(r.daysLeft).toBe(-16); // Apr 15 → May 1 = 16 days
  });

  it("G39 on the last day the case is still running with 0 days left", () => {
    const r = computeTimeLimit(tl("民初", "简易程序", "2024-01-15"), "2024-04-15");
    expect(r.status).toBe("running");
    expect(r.daysLeft).toBe(0);
  });

  it("G41 民初 without a procedure is counted as 普通程序, with a warning", () => {
    // 2024-03-01 + 6 months → 2024-09-02 as in G1.
    const r = computeTimeLimit(tl("民初", null, "2024-03-01"), "2024-03-02");
    expect(r.deadline).toBe("2024-09-02");
    expect(r.procedureInferred).toBe(true);
    expect(r.warnings.join()).toMatch(/未注明审理程序/);
  });

  it("G40 no statutory limit: 涉外 civil case and 公示催告", () => {
    const foreign = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [], { foreignRelated: true }),
      "2025-03-01",
    );
    expect(foreign.status).toBe("no-limit");
    expect(foreign.deadline).toBeNull();
    expect(foreign.daysLeft).toBeUndefined();
    expect(foreign.basis.join()).toMatch(/民事诉讼法》第二百八十七条/);
    expect(computeTimeLimit(tl("民催", null, "2024-03-01"), "2025-03-01").status).toBe("no-limit");
  });
});

describe("second instance, special and other civil", () => {
  it("G12 民终 3 months: 2024-05-28 + 3 months = 2024-08-28 (Wed)", () => {
    const r = computeTimeLimit(tl("民终", null, "2024-05-28"), "2024-05-29");
    expect(r.deadline).toBe("2024-08-28");
    expect(r.procedure).toBe("第二审程序");
  });

  it("G43 民终 leap day: 2023-11-29 + 3 months = 2024-02-29 (Thu)", () => {
    expect(computeTimeLimit(tl("民终", null, "2023-11-29"), "2023-11-30").deadline).toBe("2024-02-29");
  });

  it("G49 民再 defaults to the first-instance limit of 6 months: 2024-03-05 + 6 months = 2024-09-05 (Thu)", () => {
    expect(computeTimeLimit(tl("民再", null, "2024-03-05"), "2024-03-06").deadline).toBe("2024-09-05");
  });
});

describe("exclusions and suspensions", () => {
  it("G13 a closed 鉴定 interval: 30 days inclusive pushes 2024-09-01 to 2024-10-01 (国庆) → 2024-10-08", () => {
    // 04-01…04-30 inclusive = 30 days. 2024-09-01 + 30 = 2024-10-01, off until 10-07.
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" },
      ]),
      "2024-05-01",
    );
    expect(r.excludedDays).toBe(30);
    expect(r.deadline).toBe("2024-10-08");
  });

  it("G42 the same with the exclusive (停表) day count: 29 days → 2024-09-30 (Mon)", () => {
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" },
      ]),
      "2024-05-01",
      { exclusionDayCount: "exclusive" },
    );
    expect(r.excludedDays).toBe(29);
    expect(r.deadline).toBe("2024-09-30");
  });

  it("G14 overlapping 公告 and 鉴定 are merged, not counted twice", () => {
    // 公告 02-01…03-01 (30 days), 鉴定 02-20…03-20 (30 days); union 02-01…03-20 = 29 + 20 = 49 days.
    // 2024-01-10 + 6 months = 2024-07-10; + 49 days = 2024-08-28 (Wed).
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-01-10", null, [
        { kind: "exclusion", reason: "公告", from: "2024-02-01", to: "2024-03-01" },
        { kind: "exclusion", reason: "鉴定", from: "2024-02-20", to: "2024-03-20" },
      ]),
      "2024-04-01",
    );
    expect(r.excludedDays).toBe(49);
    expect(r.deadline).toBe("2024-08-28");
    expect(r.excludedIntervals.map((i) => i.days)).toEqual([30, 30]);
  });

  it("G15 an open interval runs to asOf while pending", () => {
    // 鉴定 from 06-01, open; as of 06-30: 30 days. 2024-07-10 + 30 = 2024-08-09 (Fri).
    // daysLeft: Jul 31 + Aug 9 = 40.
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-01-10", null, [
        { kind: "exclusion", reason: "鉴定", from: "2024-06-01", to: null },
      ]),
      "2024-06-30",
    );
    expect(r.excludedDays).toBe(30);
    expect(r.deadline).toBe("2024-08-09");
    expect(r.daysLeft).toBe(40);
    expect(r.excludedIntervals[0]?.open).toBe(true);
  });

  it("G16 an open interval runs to the closing date once closed", () => {
    // 鉴定 from 06-01, closed 06-20: 20 days. 2024-07-10 + 20 = 2024-07-30 (Tue); closed on time.
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-01-10", "2024-06-20", [
        { kind: "exclusion", reason: "鉴定", from: "2024-06-01" },
      ]),
      "2024-12-31",
    );
    expect(r.excludedDays).toBe(20);
    expect(r.deadline).toBe("2024-07-30");
    expect(r.status).toBe("closed-on-time");
  });

  it("G29 a 中止 closed by 恢复: [02-01, 02-15] = 15 days; criminal 2024-03-08 + 15 = 03-23 (Sat) → 03-25", () => {
    // 刑初 普通 filed 2024-01-08: + 2 months = 2024-03-08; + 15 = 2024-03-23 (Sat) → 2024-03-25 (Mon).
    const r = computeTimeLimit(
      tl("刑初", "普通程序", "2024-01-08", null, [
        { kind: "suspension", from: "2024-02-01" },
        { kind: "resumption", from: "2024-02-15" },
      ]),
      "2024-03-01",
    );
    expect(r.excludedDays).toBe(15);
    expect(r.deadline).toBe("2024-03-25");
  });

  it("G36 enforcement: an open 中止执行 as of 05-31 excludes 92 days", () => {
    // 执 filed 2024-01-02: + 6 months = 2024-07-02. 中止 from 03-01 open: 31 + 30 + 31 = 92 days to 05-31.
    // 2024-07-02 + 92 = 2024-10-02 (国庆) → 2024-10-08. daysLeft: Jun 30 + Jul 31 + Aug 31 + Sep 30 + Oct 8 = 130.
    const r = computeTimeLimit(
      tl("执", null, "2024-01-02", null, [{ kind: "suspension", from: "2024-03-01" }]),
      "2024-05-31",
    );
    expect(r.excludedDays).toBe(92);
    expect(r.deadline).toBe("2024-10-08");
    expect(r.daysLeft).toBe(130);
    expect(r.procedure).toBe("执行实施");
  });

  it("G34 行终 with a 调解 exclusion: 2024-05-01 + 10 days = 2024-05-11, a 调休 Saturday", () => {
    // 行终 filed 2024-02-01: + 3 months = 2024-05-01; 调解 03-01…03-10 = 10 days → 2024-05-11 (Sat, working).
    const r = computeTimeLimit(
      tl("行终", null, "2024-02-01", null, [
        { kind: "exclusion", reason: "调解", from: "2024-03-01", to: "2024-03-10" },
      ]),
      "2024-03-11",
    );
    expect(r.deadline).toBe("2024-05-11");
  });

  it("an exclusion starting on the filing day only counts from the next day", () => {
    // 公告 2024-03-01…03-10 with filing 03-01: counted 03-02…03-10 = 9 days.
    // 2024-09-01 + 9 = 2024-09-10 (Tue).
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "公告", from: "2024-03-01", to: "2024-03-10" },
      ]),
      "2024-04-01",
    );
    expect(r.excludedDays).toBe(9);
    expect(r.deadline).toBe("2024-09-10");
  });
});

describe("extensions", () => {
  it("G17 +6 months: 2024-03-01 + 12 months = 2025-03-01 (Sat) → 2025-03-03", () => {
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "extension", from: "2024-08-20", length: { months: 6 }, approvedBy: "院长" },
      ]),
      "2024-09-01",
    );
    expect(r.deadline).toBe("2025-03-03");
    expect(r.extensions).toMatchObject({ count: 1, months: 6, days: 0 });
  });

  it("G18 extension and exclusion together", () => {
    // 2024-01-15 + (6 + 6) months = 2025-01-15; 公告 02-01…03-01 = 30 days → 2025-02-14 (Fri).
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-01-15", null, [
        { kind: "exclusion", reason: "公告", from: "2024-02-01", to: "2024-03-01" },
        { kind: "extension", from: "2024-08-01", length: { months: 6 } },
      ]),
      "2024-09-01",
    );
    expect(r.deadline).toBe("2025-02-14");
  });

  it("G46 an extension approved after asOf is not yet known", () => {
    // As of 2024-08-01 the 08-20 extension has not happened: deadline 2024-09-02 as in G1.
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "extension", from: "2024-08-20", length: { months: 6 } },
      ]),
      "2024-08-01",
    );
    expect(r.deadline).toBe("2024-09-02");
    expect(r.extensions.count).toBe(0);
  });

  it("G50 criminal 简易 extended to a month and a half: 20 + 25 days; 2024-03-04 + 45 days = 2024-04-18 (Thu)", () => {
    const r = computeTimeLimit(
      tl("刑初", "简易程序", "2024-03-04", null, [
        { kind: "extension", from: "2024-03-20", length: { days: 25 } },
      ]),
      "2024-03-21",
    );
    expect(r.deadline).toBe("2024-04-18");
  });
});

describe("procedure conversions", () => {
  it("G19 civil 简易→普通 keeps counting from filing with 6 months", () => {
    // 2024-03-01 + 6 months = 2024-09-01 (Sun) → 2024-09-02.
    const r = computeTimeLimit(
      tl("民初", "简易程序", "2024-03-01", null, [
        { kind: "procedureChange", from: "2024-05-20", newProcedure: "普通程序" },
      ]),
      "2024-06-01",
    );
    expect(r.deadline).toBe("2024-09-02");
    expect(r.start).toBe("2024-03-01");
    expect(r.procedure).toBe("普通程序");
    expect(r.originalProcedure).toBe("简易程序");
    expect(r.basis.join()).toMatch(/民事诉讼法〉的解释》第二百五十八条/);
  });

  it("G20 an extension granted under 简易 does not carry over to 普通", () => {
    // Extension of 1 month on 05-15 under 简易, converted 06-10: 6 months from filing → 2024-09-02.
    const r = computeTimeLimit(
      tl("民初", "简易程序", "2024-03-01", null, [
        { kind: "extension", from: "2024-05-15", length: { months: 1 } },
        { kind: "procedureChange", from: "2024-06-10", newProcedure: "普通程序" },
      ]),
      "2024-06-11",
    );
    expect(r.deadline).toBe("2024-09-02");
    expect(r.extensions.count).toBe(0);
    expect(r.warnings.join()).toMatch(/程序转换/);
  });

  it("G21 小额→普通 is continuous from filing by default: 2024-04-10 + 6 months = 2024-10-10 (Thu)", () => {
    const r = computeTimeLimit(
      tl("民初", "小额诉讼程序", "2024-04-10", null, [
        { kind: "procedureChange", from: "2024-05-20", newProcedure: "普通程序" },
      ]),
      "2024-05-21",
    );
    expect(r.deadline).toBe("2024-10-10");
  });

  it("G33 administrative 简易→普通 is continuous: 2024-05-06 + 6 months = 2024-11-06 (Wed)", () => {
    const r = computeTimeLimit(
      tl("行初", "简易程序", "2024-05-06", null, [
        { kind: "procedureChange", from: "2024-06-01", newProcedure: "普通程序" },
      ]),
      "2024-06-02",
    );
    expect(r.deadline).toBe("2024-11-06");
  });

  it("G26 criminal 速裁→普通 restarts from the decision: 2024-03-08 + 2 months = 2024-05-08 (Wed)", () => {
    const r = computeTimeLimit(
      tl("刑初", "速裁程序", "2024-03-01", null, [
        { kind: "procedureChange", from: "2024-03-08", newProcedure: "普通程序" },
      ]),
      "2024-03-09",
    );
    expect(r.deadline).toBe("2024-05-08");
    expect(r.start).toBe("2024-03-08");
    expect(r.restart).toEqual({ on: "2024-03-08", reason: "conversion" });
  });

  it("G27 criminal 简易→普通 on a month's last day: 2024-04-30 + 2 months = 2024-06-30 (Sun) → 2024-07-01", () => {
    const r = computeTimeLimit(
      tl("刑初", "简易程序", "2024-04-20", null, [
        { kind: "procedureChange", from: "2024-04-30", newProcedure: "普通程序" },
      ]),
      "2024-05-01",
    );
    expect(r.deadline).toBe("2024-07-01");
  });
});

describe("criminal", () => {
  it("G22 简易 20 days: 2024-03-04 + 20 = 2024-03-24 (Sun) → 2024-03-25", () => {
    expect(computeTimeLimit(tl("刑初", "简易程序", "2024-03-04"), "2024-03-05").deadline).toBe("2024-03-25");
  });

  it("G23 速裁 10 days: 2024-09-24 + 10 = 2024-10-04 (国庆) → 2024-10-08", () => {
    expect(computeTimeLimit(tl("刑初", "速裁程序", "2024-09-24"), "2024-09-25").deadline).toBe("2024-10-08");
  });

  it("G24 in custody the last day does not roll (CrPL art. 105 ¶4): 2024-10-04", () => {
    const r = computeTimeLimit(
      tl("刑初", "速裁程序", "2024-09-24", null, [], { inCustody: true }),
      "2024-09-25",
    );
    expect(r.deadline).toBe("2024-10-04");
    expect(r.basis.join()).toMatch(/在押/);
  });

  it("G25 刑诉法解释 art. 202: from a month's last day to the target month's last day", () => {
    // 2024-06-30 + 2 months: criminal rule 2024-08-31 (Sat) → 2024-09-02 (Mon);
    // the 民法典 rule would give 2024-08-30 (Fri).
    expect(computeTimeLimit(tl("刑初", "普通程序", "2024-06-30"), "2024-07-01").deadline).toBe("2024-09-02");
    expect(
      computeTimeLimit(tl("刑初", "普通程序", "2024-06-30"), "2024-07-01", {
        criminalMonthRule: "civil-code",
      }).deadline,
    ).toBe("2024-08-30");
  });

  it("G30 刑终 2 months from 2024-02-29: criminal rule 2024-04-30 (Tue); civil rule would be 04-29", () => {
    expect(computeTimeLimit(tl("刑终", null, "2024-02-29"), "2024-03-01").deadline).toBe("2024-04-30");
  });

  it("G28 the return from 补充侦查 restarts the clock: 2024-04-19 + 2 months = 2024-06-19 (Wed)", () => {
    const r = computeTimeLimit(
      tl("刑初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "补充侦查", from: "2024-03-20", to: "2024-04-19" },
      ]),
      "2024-05-01",
    );
    expect(r.deadline).toBe("2024-06-19");
    expect(r.restart).toEqual({ on: "2024-04-19", reason: "supplementary-investigation" });
    expect(r.excludedDays).toBe(0);
  });

  it("补充侦查 still open: the clock stops meanwhile", () => {
    // 2024-03-01 + 2 months = 2024-05-01; 补充侦查 from 03-20 open; as of 04-10: 22 days (03-20…04-10).
    // 2024-05-01 + 22 = 2024-05-23 (Thu).
    const r = computeTimeLimit(
      tl("刑初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "补充侦查", from: "2024-03-20" },
      ]),
      "2024-04-10",
    );
    expect(r.excludedDays).toBe(22);
    expect(r.deadline).toBe("2024-05-23");
  });
});

describe("administrative and enforcement", () => {
  it("G31 行初 普通 6 months: 2024-02-29 + 6 months = 2024-08-29 (Thu)", () => {
    expect(computeTimeLimit(tl("行初", "普通程序", "2024-02-29"), "2024-03-01").deadline).toBe("2024-08-29");
  });

  it("G32 行初 简易 45 days: 2024-08-20 + 45 = 2024-10-04 (国庆) → 2024-10-08", () => {
    expect(computeTimeLimit(tl("行初", "简易程序", "2024-08-20"), "2024-08-21").deadline).toBe("2024-10-08");
  });

  it("G35 执 6 months: 2024-04-01 + 6 months = 2024-10-01 (国庆) → 2024-10-08; closed that day on time", () => {
    const r = computeTimeLimit(tl("执", null, "2024-04-01", "2024-10-08"), "2024-12-31");
    expect(r.deadline).toBe("2024-10-08");
    expect(r.status).toBe("closed-on-time");
  });

  it("G37 执异 15 days: 2024-12-16 + 15 = 2024-12-31 (Tue)", () => {
    expect(computeTimeLimit(tl("执异", null, "2024-12-16"), "2024-12-17").deadline).toBe("2024-12-31");
  });

  it("非诉执行 3 months: 2024-05-15 + 3 months = 2024-08-15 (Thu)", () => {
    expect(computeTimeLimit(tl("执", "非诉执行", "2024-05-15"), "2024-05-16").deadline).toBe("2024-08-15");
  });
});

describe("outside the holiday data", () => {
  it("G45 a deadline in an unpublished year is provisional (weekends only), or an error on request", () => {
    // 2026-07-01 + 6 months = 2027-01-01 (Fri); 2027's holidays are not in the data.
    const r = computeTimeLimit(tl("民初", "普通程序", "2026-07-01"), "2026-07-02");
    expect(r.deadline).toBe("2027-01-01");
    expect(r.provisional).toBe(true);
    expect(r.warnings.join()).toMatch(/2027/);
    expect(() =>
      computeTimeLimit(tl("民初", "普通程序", "2026-07-01"), "2026-07-02", { beyondCalendar: "error" }),
    ).toThrow(CalendarRangeError);
  });
});

describe("explanation", () => {
  it("writes the arithmetic out in words", () => {
    const r = computeTimeLimit(
      tl("民初", "普通程序", "2024-03-01", null, [
        { kind: "exclusion", reason: "鉴定", from: "2024-04-01", to: "2024-04-30" },
      ]),
      "2024-05-01",
    );
    const text = explainTimeLimit(r).join("\n");
    expect(text).toMatch(/2024年3月1日 立案/);
    expect(text).toMatch(/鉴定期间 2024年4月1日至2024年4月30日 30 天/);
    expect(text).toMatch(/顺延 7 天/); // 2024-10-01 → 2024-10-08
    expect(text).toMatch(/审限届满日：2024年10月8日/);
  });
});
