import { describe, expect, it } from "vitest";
import { detectArchiveOverdue } from "../alerts/archive-overdue.js";
import { RULE_IDS } from "../alerts/rules.js";
import { resolveAlertSettings } from "../alerts/settings.js";
import type { Alert } from "../alerts/types.js";
import { archiveOverdueDays } from "./archiving.js";

describe("archive-overdue (本院规定 90 天)", () => {
  // Closed 2024-01-01: Jan 1 → Mar 31 is 30 + 29 + 31 = 90 days (2024 is a leap year): still in
  // time; 2024-04-01 is the 91st day: overdue.
  const closed = { closedOn: "2024-01-01", archivedOn: null };

  it("is in time on the 90th day and overdue on the 91st", () => {
    expect(archiveOverdueDays(closed, "2024-03-31", 90)).toBeUndefined();
    expect(archiveOverdueDays(closed, "2024-04-01", 90)).toBe(91);
  });

  it("an archived case, or one archived later than asOf, is judged as of asOf", () => {
    expect(
      archiveOverdueDays({ closedOn: "2024-01-01", archivedOn: "2024-02-01" }, "2024-06-01", 90),
    ).toBeUndefined();
    expect(archiveOverdueDays({ closedOn: "2024-01-01", archivedOn: "2024-05-01" }, "2024-04-15", 90)).toBe(
      105,
    );
  });

  it("raises the alert from the 91st day", () => {
    const cs = resolveAlertSettings({});
    const at = (asOf: string) => {
      const out: Alert[] = [];
      detectArchiveOverdue(
        { caseNumber: "（2023）内0602民初1号", closedOn: "2024-01-01", archivedOn: null },
        asOf,
        cs,
        out,
      );
      return out;
    };
    expect(at("2024-03-31")).toEqual([]);
    const [a] = at("2024-04-01");
    expect(a?.ruleId).toBe(RULE_IDS.archiveOverdue);
    expect(a?.reason).toBe("2024-01-01 结案，至今 91 天未归档，超过结案后 90 天的归档期限");
    // A setting of 120 days: not yet.
    const out: Alert[] = [];
    detectArchiveOverdue(
      { caseNumber: "x", closedOn: "2024-01-01", archivedOn: null },
      "2024-04-01",
      resolveAlertSettings({ archiveOverdueDays: 120 }),
      out,
    );
    expect(out).toEqual([]);
  });
});
