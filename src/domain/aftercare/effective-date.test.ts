import { describe, expect, it } from "vitest";
import { type EffectInput, effectiveDate } from "./effective-date.js";

const base: EffectInput = {
  closureMode: "判决",
  closedOn: "2025-03-03",
  procedure: "普通程序",
  effectiveOn: null,
  appealed: false,
  appealOutcome: null,
  appealClosedOn: null,
};
const at = (x: Partial<EffectInput>) => effectiveDate({ ...base, ...x }, 7);

describe("effective date estimate (民事诉讼法第一百七十一条, 第八十五条; service 7 days)", () => {
  it("a judgment: 15 days from service, no holiday on the way", () => {
    // closed Mon 2025-03-03, served 03-10, 15 days → Tue 2025-03-25, a working day.
    expect(at({})).toMatchObject({ on: "2025-03-25", estimated: true });
  });

  it("a judgment whose appeal period ends in the National Day holiday rolls past it", () => {
    // closed Mon 2024-09-09, served 09-16, 15 days → Tue 2024-10-01 (国庆 10-01…10-07 off)
    // → Tue 2024-10-08, the first working day.
    expect(at({ closedOn: "2024-09-09" })).toMatchObject({ on: "2024-10-08", estimated: true });
  });

  it("a ruling: 10 days from service; ending in the Spring Festival it rolls", () => {
    // 驳回起诉 closed Mon 2025-01-13, served 01-20, 10 days → Thu 2025-01-30
    // (春节 2025-01-28…02-04 off) → Wed 2025-02-05.
    expect(at({ closureMode: "驳回起诉", closedOn: "2025-01-13" })).toMatchObject({ on: "2025-02-05" });
    // The same closing as a judgment: served 01-20, 15 days → Tue 2025-02-04, still 春节 → Wed 02-05.
    expect(at({ closedOn: "2025-01-13" })).toMatchObject({ on: "2025-02-05" });
    // A judgment closed Wed 2025-01-22, served 01-29, 15 days → Thu 02-13, a working day: no roll.
    expect(at({ closedOn: "2025-01-22" })).toMatchObject({ on: "2025-02-13" });
    // ruling closed Wed 2025-03-05, served 03-12, 10 days → Sat 03-22 → Mon 03-24.
    expect(at({ closureMode: "不予受理", closedOn: "2025-03-05" })).toMatchObject({ on: "2025-03-24" });
  });

  it("an ordinary Sunday rolls to Monday; a 调休 working Saturday does not roll", () => {
    // closed Sat 2025-03-01, served 03-08, 15 days → Sun 2025-03-23 → Mon 03-24.
    expect(at({ closedOn: "2025-03-01" })).toMatchObject({ on: "2025-03-24" });
    // closed Fri 2025-01-17, served 01-24, 15 days → Sat 2025-02-08, a 调休 working day (春节补班).
    expect(at({ closedOn: "2025-01-17" })).toMatchObject({ on: "2025-02-08" });
  });

  it("a mediation and a small claim take effect on service; a withdrawal on the day", () => {
    // 调解书 effective on signing (第一百条): 2025-06-03 + 7 = 2025-06-10.
    expect(at({ closureMode: "调解", closedOn: "2025-06-03" })).toMatchObject({ on: "2025-06-10" });
    // 小额诉讼 一审终审 (第一百六十五条): 2025-06-03 + 7 = 2025-06-10, no appeal period.
    expect(at({ procedure: "小额诉讼程序", closedOn: "2025-06-03" })).toMatchObject({ on: "2025-06-10" });
    expect(at({ closureMode: "撤诉", closedOn: "2025-06-03" })).toMatchObject({ on: "2025-06-03" });
  });

  it("an appealed judgment takes effect with the appeal; never while pending or after a remand", () => {
    expect(at({ appealed: true, appealOutcome: "维持", appealClosedOn: "2025-08-20" })).toMatchObject({
      on: "2025-08-20",
      estimated: true,
    });
    expect(at({ appealed: true })).toMatchObject({ on: null });
    expect(at({ appealed: true, appealOutcome: "发回重审", appealClosedOn: "2025-08-20" })).toMatchObject({
      on: null,
    });
  });

  it("a recorded 生效日期 wins and is not marked estimated", () => {
    expect(at({ effectiveOn: "2025-03-20" })).toEqual({
      on: "2025-03-20",
      estimated: false,
      basis: "生效日期（登记）",
    });
  });
});
