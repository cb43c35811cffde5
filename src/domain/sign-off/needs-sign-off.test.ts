import { describe, expect, it } from "vitest";
import { appointedOnFromSettings, inFirstYear, needsSignOff, type SignOffFacts } from "./needs-sign-off.js";
import { DEFAULT_SIGN_OFF_SETTINGS as D } from "./settings.js";

const none: SignOffFacts = {
  supervised: false,
  discussedByCommittee: false,
  discussedByMeeting: false,
  remandRetrial: false,
  judgeAppointedOn: null,
  on: "2025-06-30",
};

describe("needsSignOff", () => {
  it("a case with none of the four reasons needs no 阅核", () => {
    expect(needsSignOff(none, D)).toEqual([]);
  });

  it("each default reason, in order, with its wording", () => {
    const all = {
      ...none,
      supervised: true,
      discussedByCommittee: true,
      discussedByMeeting: true,
      remandRetrial: true,
      judgeAppointedOn: "2025-01-15",
    };
    const reasons = needsSignOff(all, D);
    expect(reasons.map((r) => r.code)).toEqual([
      "supervised",
      "discussed-committee",
      "discussed-meeting",
      "remand-retrial",
      "first-year",
    ]);
    expect(reasons[4]?.text).toBe("入额未满一年的法官承办（2025-01-15入额）");
    expect(reasons[0]?.basis).toContain("法发〔2015〕13号");
  });

  it("a reason switched off in the settings is not given", () => {
    const settings = { ...D, rules: { ...D.rules, supervised: false, remandRetrial: false } };
    expect(needsSignOff({ ...none, supervised: true, remandRetrial: true }, settings)).toEqual([]);
  });

  it("first year after 入额: from the day of 入额 up to the day before the anniversary", () => {
    // 入额 2024-07-01: 2024-07-01 … 2025-06-30 is the first year; 2025-07-01 is not.
    expect(inFirstYear("2024-07-01", "2024-07-01", 12)).toBe(true);
    expect(inFirstYear("2024-07-01", "2025-06-30", 12)).toBe(true);
    expect(inFirstYear("2024-07-01", "2025-07-01", 12)).toBe(false);
    expect(inFirstYear("2024-07-01", "2024-06-30", 12)).toBe(false);
    // 入额 2024-02-29: a year later the month has no 29th; the period ends with 2025-02-27 (民法典 art. 202: the month's last day, 2025-02-28, is the anniversary).
    expect(inFirstYear("2024-02-29", "2025-02-27", 12)).toBe(true);
    expect(inFirstYear("2024-02-29", "2025-02-28", 12)).toBe(false);
  });

  it("the 入额 date from the settings' list: the judge of that division first, then one of any division", () => {
    const list = [
      { name: "王五", appointedOn: "2024-01-01" },
      { name: "王五", division: "刑庭", appointedOn: "2025-03-01" },
    ];
    expect(appointedOnFromSettings(list, { name: "王五", division: "刑庭" })).toBe("2025-03-01");
    expect(appointedOnFromSettings(list, { name: "王五", division: "民一庭" })).toBe("2024-01-01");
    expect(appointedOnFromSettings(list, { name: "赵六", division: "民一庭" })).toBeNull();
  });
});
