import { describe, expect, it } from "vitest";
import { DEFAULT_SIGN_OFF_SETTINGS, parseSignOffSettings } from "./settings.js";

describe("parseSignOffSettings", () => {
  it("absent: the defaults (3 working days, 20 MB, escalation to the 审委会)", () => {
    const got = parseSignOffSettings(undefined);
    expect(got).toEqual({ settings: DEFAULT_SIGN_OFF_SETTINGS });
    expect(DEFAULT_SIGN_OFF_SETTINGS.waitWorkingDays).toBe(3);
    expect(DEFAULT_SIGN_OFF_SETTINGS.maxFileBytes).toBe(20_971_520);
  });

  it("given values override the defaults one by one", () => {
    const got = parseSignOffSettings(
      JSON.stringify({
        rules: { firstYear: false },
        firstYearMonths: 24,
        escalation: "leader",
        leaders: { 民一庭: "vp1" },
      }),
    );
    expect("settings" in got && got.settings).toMatchObject({
      rules: { supervised: true, discussed: true, remandRetrial: true, firstYear: false },
      firstYearMonths: 24,
      escalation: "leader",
      leaders: { 民一庭: "vp1" },
    });
  });

  it("a wrong value is named, never replaced silently", () => {
    expect(parseSignOffSettings('{"maxFileBytes":0}')).toMatchObject({ field: "maxFileBytes" });
    // The wait is the workflow settings' number (it sets the reviewer's due date too); an unknown key is refused.
    expect(parseSignOffSettings('{"waitWorkingDays":5}')).toMatchObject({ field: "waitWorkingDays" });
    expect(parseSignOffSettings('{"escalation":"nobody"}')).toMatchObject({ field: "escalation" });
    expect(parseSignOffSettings('{"rules":{"all":true}}')).toMatchObject({ field: "rules.all" });
    expect(
      parseSignOffSettings('{"firstYearJudges":[{"name":"王五","appointedOn":"2025-13-01"}]}'),
    ).toMatchObject({ field: "firstYearJudges[0].appointedOn" });
    expect(parseSignOffSettings("{")).toMatchObject({ field: "sign_off_settings" });
  });
});
