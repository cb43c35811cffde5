import { describe, expect, it } from "vitest";
import { bulletinMonths } from "./summary.js";

describe("the months a bulletin can be asked for", () => {
  it("runs from today's month (in progress) back to the month of the first filing", () => {
    // 2024-11 … 2025-02: four months across a year's end.
    expect(bulletinMonths("2024-11-20", "2025-02-03")).toEqual([
      { month: "2025-02", inProgress: true },
      { month: "2025-01", inProgress: false },
      { month: "2024-12", inProgress: false },
      { month: "2024-11", inProgress: false },
    ]);
  });

  it("is one month when the first filing is this month, none without data", () => {
    expect(bulletinMonths("2025-02-01", "2025-02-03")).toEqual([{ month: "2025-02", inProgress: true }]);
    expect(bulletinMonths(null, "2025-02-03")).toEqual([]);
    expect(bulletinMonths("2025-03-01", "2025-02-03")).toEqual([]);
  });
});
