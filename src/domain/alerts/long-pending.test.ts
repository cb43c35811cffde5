import { describe, expect, it } from "vitest";
import { detectCaseAlerts } from "./detect.js";
import type { AlertSettings } from "./settings.js";
import { alertInput, caseRecord } from "./testing.js";
import type { Alert } from "./types.js";

function ladder(
  filedOn: string,
  asOf: string,
  settings?: Partial<AlertSettings>,
  closedOn?: string,
): Alert[] {
  const r = caseRecord({ filedOn, ...(closedOn ? { closedOn, closureMode: "判决" as const } : {}) });
  return detectCaseAlerts(alertInput(r, [], asOf), asOf, settings).filter((a) => a.family === "long-pending");
}

// Filed 2023-01-10: 6 months on 2023-07-10, 12 on 2024-01-10, 18 on 2024-07-10, 24 on 2025-01-10,
// 36 on 2026-01-10 (民法典 art. 202: the corresponding day).
const FILED = "2023-01-10";

describe("长期未结 ladder", () => {
  it("fires the rung exactly on the day it is reached, and only the highest", () => {
    const a = ladder(FILED, "2024-01-10");
    expect(a.map((x) => x.ruleId)).toEqual(["long-pending.12m"]);
    // 2023-01-10 → 2024-01-10 = 365 days.
    expect(a[0]!.reason).toBe("立案于 2023-01-10，至今 365 天未结，已满一年（2024-01-10 满）");
    expect(a[0]!.severity).toBe("warning");
    expect(a[0]!.key).toBe("long-pending.12m|（2023）内0602民初1号|2024-01-10");
    // The day before: still the 6-month rung (and approaching one year, 1 day away).
    expect(ladder(FILED, "2024-01-09").map((x) => x.ruleId)).toEqual([
      "long-pending.6m",
      "long-pending.approaching",
    ]);
  });

  it("no rung before six months; none on a closed case", () => {
    expect(ladder(FILED, "2023-07-09").map((x) => x.ruleId)).toEqual(["long-pending.approaching"]);
    expect(ladder(FILED, "2023-07-10").map((x) => x.ruleId)).toEqual(["long-pending.6m"]);
    expect(ladder(FILED, "2025-02-01", undefined, "2025-01-20")).toEqual([]);
  });

  it("the severities climb with the rungs", () => {
    expect(ladder(FILED, "2024-07-10")[0]).toMatchObject({ ruleId: "long-pending.18m", severity: "warning" });
    expect(ladder(FILED, "2025-01-10")[0]).toMatchObject({ ruleId: "long-pending.24m", severity: "serious" });
    expect(ladder(FILED, "2026-01-10")[0]).toMatchObject({
      ruleId: "long-pending.36m",
      severity: "critical",
    });
    expect(ladder(FILED, "2023-07-10")[0]).toMatchObject({ ruleId: "long-pending.6m", severity: "info" });
  });

  it("approaching fires 30 days before the next rung, not 31", () => {
    // Next rung 18 months on 2024-07-10; 2024-06-10 is 30 days before (Jun has 30 days).
    const a = ladder(FILED, "2024-06-10");
    expect(a.map((x) => x.ruleId)).toEqual(["long-pending.12m", "long-pending.approaching"]);
    expect(a[1]!.reason).toBe("立案于 2023-01-10，将于 2024-07-10 满一年半（还有 30 天）");
    expect(a[1]!.facts).toMatchObject({ threshold: "18m", crossOn: "2024-07-10", daysUntil: 30 });
    expect(a[1]!.key).toBe("long-pending.approaching|（2023）内0602民初1号|18m");
    expect(ladder(FILED, "2024-06-09").map((x) => x.ruleId)).toEqual(["long-pending.12m"]);
  });

  it("approaching the first rung (six months) and the settings that narrow it", () => {
    // 2023-07-10 − 30 days = 2023-06-10.
    expect(ladder(FILED, "2023-06-10").map((x) => x.ruleId)).toEqual(["long-pending.approaching"]);
    expect(ladder(FILED, "2023-06-09")).toEqual([]);
    // The bulletin's "临近六个月、一年、二年、三年" only: no approaching for 18 months.
    expect(
      ladder(FILED, "2024-06-10", { longPendingApproachRungs: "6,12,24,36" }).map((x) => x.ruleId),
    ).toEqual(["long-pending.12m"]);
    expect(ladder(FILED, "2024-06-20", { longPendingApproachDays: 15 }).map((x) => x.ruleId)).toEqual([
      "long-pending.12m",
    ]);
  });

  it("a disabled top rung falls through to the highest enabled one", () => {
    expect(ladder(FILED, "2025-01-10", { disabledRules: "long-pending.24m" })[0]!.ruleId).toBe(
      "long-pending.18m",
    );
  });

  it("counts months to the month's last day where the corresponding day is missing", () => {
    // Filed 2023-08-31: six months → 2024-02-29 (leap year).
    expect(ladder("2023-08-31", "2024-02-29").map((x) => x.ruleId)).toEqual(["long-pending.6m"]);
    expect(ladder("2023-08-31", "2024-02-28").map((x) => x.ruleId)).toEqual(["long-pending.approaching"]);
  });
});
