import { describe, expect, it } from "vitest";
import { formatIsoDate, legalCalendar } from "../calendar/index.js";
import { appraisalTiming, parseAppraisalKind, parseAppraisalStage } from "./appraisal.js";

const cal = legalCalendar();

describe("appraisal timing in working days (司法鉴定程序通则第二十八条)", () => {
  // Commissioned Friday 2024-09-27, before 国庆 2024 (State Council notice: 10-01..10-07 off,
  // Sunday 09-29 and Saturday 10-12 worked). Counted from the day after:
  // 09-29 (1), 09-30 (2), 10-08..10-11 (3–6), 10-12 (7), 10-14..18 (8–12), 10-21..25 (13–17),
  // 10-28..11-01 (18–22), 11-04..08 (23–27), 11-11 (28), 11-12 (29), 11-13 (30).
  const start = "2024-09-27";

  it("counts across the National Day holiday and its make-up days", () => {
    const t = appraisalTiming(
      { commissionedOn: start, completedOn: "2024-10-08", extensionApproved: false },
      "2024-12-31",
      cal,
    );
    // 09-29, 09-30, 10-08 — the seven holiday days are not counted, the Sunday make-up day is.
    expect(t.workingDays).toBe(3);
    expect(formatIsoDate(t.dueDay)).toBe("2024-11-13");
  });

  it("is in time on the 30th working day and overdue on the 31st", () => {
    const onTime = appraisalTiming(
      { commissionedOn: start, completedOn: "2024-11-13", extensionApproved: false },
      "2024-12-31",
      cal,
    );
    expect(onTime.workingDays).toBe(30);
    expect(onTime.overdue).toBe(false);
    const late = appraisalTiming(
      { commissionedOn: start, completedOn: "2024-11-14", extensionApproved: false },
      "2024-12-31",
      cal,
    );
    expect(late.workingDays).toBe(31);
    expect(late.overdue).toBe(true);
  });

  it("a running appraisal is measured to today", () => {
    const t = appraisalTiming(
      { commissionedOn: start, completedOn: null, extensionApproved: false },
      "2024-11-14",
      cal,
    );
    expect(t.running).toBe(true);
    expect(t.overdue).toBe(true);
    expect(
      appraisalTiming(
        { commissionedOn: start, completedOn: null, extensionApproved: false },
        "2024-11-13",
        cal,
      ).overdue,
    ).toBe(false);
  });

  it("an approved extension allows 30 more working days (第二十八条第二款)", () => {
    // From 11-13 (30): 11-14,15 (32), 11-18..22 (37), 11-25..29 (42), 12-02..06 (47), 12-09..13 (52),
    // 12-16..20 (57), 12-23, 24, 25 (60).
    const t = appraisalTiming(
      { commissionedOn: start, completedOn: "2024-11-14", extensionApproved: true },
      "2024-12-31",
      cal,
    );
    expect(t.allowedWorkingDays).toBe(60);
    expect(t.overdue).toBe(false);
    expect(formatIsoDate(t.dueDay)).toBe("2024-12-25");
  });
});

describe("parsing", () => {
  it("reads stages and kinds with their common spellings", () => {
    expect(parseAppraisalStage("诉前")).toBe("诉前");
    expect(parseAppraisalStage("诉中鉴定")).toBe("诉中");
    expect(parseAppraisalStage("审前")).toBeUndefined();
    expect(parseAppraisalKind("伤残鉴定")).toBe("伤残");
    expect(parseAppraisalKind("工程造价")).toBe("工程造价");
    expect(parseAppraisalKind("医疗过错鉴定")).toBe("医疗损害");
    expect(parseAppraisalKind("指纹")).toBeUndefined();
  });
});
