import { describe, expect, it } from "vitest";
import { BATCH_SETTINGS_DEFAULTS, checkBatchSettings, parseBatchSettings } from "./settings.js";

describe("batch settings", () => {
  it("defaults: 90 days, 5 cases, both sides, no persons", () => {
    expect(parseBatchSettings(undefined)).toEqual({
      settings: { windowDays: 90, minCases: 5, byPlaintiff: true, byDefendant: true, includePersons: false },
    });
  });

  it("takes a part over the defaults", () => {
    const r = checkBatchSettings({ windowDays: 60 });
    expect(r).toEqual({ settings: { ...BATCH_SETTINGS_DEFAULTS, windowDays: 60 } });
  });

  it("refuses bad values, naming the field and the value", () => {
    expect(checkBatchSettings({ minCases: 1 })).toEqual({
      field: "minCases",
      message: "最少案件数应为 2 至 1000 的整数，不能是 1",
    });
    expect(checkBatchSettings({ windowDays: 30.5 })).toMatchObject({ field: "windowDays" });
    expect(checkBatchSettings({ windowDays: "90" })).toMatchObject({ field: "windowDays" });
    expect(checkBatchSettings({ byDefendant: "yes" })).toMatchObject({ field: "byDefendant" });
    expect(checkBatchSettings({ colour: 1 })).toMatchObject({ field: "colour" });
    expect(checkBatchSettings({ byPlaintiff: false, byDefendant: false })).toMatchObject({
      field: "byPlaintiff",
    });
    expect(parseBatchSettings("{")).toMatchObject({ field: "batch-settings" });
  });
});
