import { describe, expect, it } from "vitest";
import { tallyOrders } from "./tally.js";

describe("the bulletin's 督办 counts", () => {
  it("counts each step in the month it happened, by division", () => {
    const orders = [
      // issued in October, answered and closed in October
      {
        division: "民一庭",
        openedOn: "2024-10-09",
        steps: [
          { action: "issue", on: "2024-10-09" },
          { action: "answer", on: "2024-10-10" },
          { action: "close", on: "2024-10-11" },
        ],
      },
      // issued in September, overdue and answered twice (returned) in October: answered once
      {
        division: "民一庭",
        openedOn: "2024-09-27",
        steps: [
          { action: "escalate-chief", on: "2024-10-09" },
          { action: "answer", on: "2024-10-12" },
          { action: "return", on: "2024-10-14" },
          { action: "answer", on: "2024-10-15" },
        ],
      },
      // issued in October, nothing else
      { division: "刑事庭", openedOn: "2024-10-31", steps: [] },
      // all in November: not counted
      { division: "行政庭", openedOn: "2024-11-01", steps: [{ action: "close", on: "2024-11-05" }] },
      // issued in September, closed on 1 October
      { division: "刑事庭", openedOn: "2024-09-02", steps: [{ action: "close", on: "2024-10-01" }] },
    ];
    const t = tallyOrders(orders, "2024-10-01", "2024-10-31", (a, b) =>
      a === "民一庭" ? -1 : b === "民一庭" ? 1 : 0,
    );
    expect(t.total).toEqual({ issued: 2, answered: 2, overdue: 1, closed: 2 });
    expect(t.byDivision).toEqual([
      { division: "民一庭", counts: { issued: 1, answered: 2, overdue: 1, closed: 1 } },
      { division: "刑事庭", counts: { issued: 1, answered: 0, overdue: 0, closed: 1 } },
    ]);
  });

  it("no orders: zeros and no divisions", () => {
    expect(tallyOrders([], "2024-10-01", "2024-10-31")).toEqual({
      total: { issued: 0, answered: 0, overdue: 0, closed: 0 },
      byDivision: [],
    });
  });
});
