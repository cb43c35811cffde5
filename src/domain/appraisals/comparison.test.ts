import { describe, expect, it } from "vitest";
import { compareStages, quarterOf } from "./comparison.js";

describe("诉前 against 诉中, by quarter", () => {
  it("quarters", () => {
    expect(quarterOf("2024-03-31")).toBe("2024Q1");
    expect(quarterOf("2024-10-01")).toBe("2024Q4");
  });

  it("means over closed cases, excluded days over all, long-pending share", () => {
    const base = { kind: "伤残" as const, excludedDays: 0 };
    const cells = compareStages(
      [
        // 诉前: commissioned 01-10, case closed 03-10 → 60 days (Jan 21 + Feb 29 + Mar 10).
        {
          ...base,
          stage: "诉前",
          commissionedOn: "2024-01-10",
          caseId: 1,
          caseNumber: "A",
          filedOn: "2024-02-20",
          closedOn: "2024-03-10",
        },
        // 诉中: commissioned 02-01, closed 06-30 → 150 days (Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30); excluded 90.
        {
          ...base,
          stage: "诉中",
          commissionedOn: "2024-02-01",
          caseId: 2,
          caseNumber: "B",
          filedOn: "2023-01-10",
          closedOn: "2024-06-30",
          excludedDays: 90,
        },
        // 诉中, pending, filed 2023-01-05: 365 days or more by 2024-12-31 → long-pending; excluded 30.
        {
          ...base,
          stage: "诉中",
          commissionedOn: "2024-03-01",
          caseId: 3,
          caseNumber: "C",
          filedOn: "2023-01-05",
          closedOn: null,
          excludedDays: 30,
        },
        // The same case again with a later appraisal of the same kind: counted once.
        {
          ...base,
          stage: "诉中",
          commissionedOn: "2024-03-20",
          caseId: 3,
          caseNumber: "C",
          filedOn: "2023-01-05",
          closedOn: null,
          excludedDays: 30,
        },
      ],
      "2024-12-31",
    );
    expect(cells).toEqual([
      {
        quarter: "2024Q1",
        kind: "伤残",
        stage: "诉前",
        cases: 1,
        closed: 1,
        meanDaysToClose: 60,
        meanExcludedDays: 0,
        longPending: 0,
        longPendingShare: 0,
      },
      {
        quarter: "2024Q1",
        kind: "伤残",
        stage: "诉中",
        cases: 2,
        closed: 1,
        meanDaysToClose: 150,
        meanExcludedDays: 60,
        longPending: 2,
        longPendingShare: 1,
      },
    ]);
  });
});
