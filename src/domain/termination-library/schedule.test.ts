import { describe, expect, it } from "vitest";
import { searchSchedule } from "./schedule.js";

describe("the six-month property-search schedule after 终本 (法〔2016〕373号第九条第二款)", () => {
  it("first search six months after closing: 2024-01-31 → 2024-07-31 (July has a 31st)", () => {
    const s = searchSchedule("2024-01-31", [], "2024-05-01");
    expect(s.nextDueOn).toBe("2024-07-31");
    expect(s.state).toBe("due");
  });

  it("民法典第二百零二条: 2024-08-31 + 6 months has no 31 February → month end 2025-02-28", () => {
    expect(searchSchedule("2024-08-31", [], "2024-09-01").nextDueOn).toBe("2025-02-28");
  });

  it("overdue the day after the due date, with the days counted (2024-07-31 due; 2024-08-10 is 10 days late)", () => {
    expect(searchSchedule("2024-01-31", [], "2024-07-31").state).toBe("due");
    const s = searchSchedule("2024-01-31", [], "2024-08-10");
    expect(s.state).toBe("overdue");
    expect(s.overdueDays).toBe(10);
  });

  it("after a search on D the next is due D + 6 months (search 2024-07-15 → due 2025-01-15)", () => {
    const s = searchSchedule("2024-01-31", ["2024-07-15"], "2024-08-10");
    expect(s.nextDueOn).toBe("2025-01-15");
    expect(s.state).toBe("due");
    // The latest search counts, whatever the order given.
    expect(searchSchedule("2024-01-31", ["2025-01-10", "2024-07-15"], "2025-02-01").nextDueOn).toBe(
      "2025-07-10",
    );
  });

  it("nothing after five years: closed 2020-03-10, the watch ends 2025-03-10", () => {
    // Last search 2024-12-01 → 2025-06-01 lies beyond 2025-03-10: no due date any more.
    const s = searchSchedule("2020-03-10", ["2024-12-01"], "2025-01-01");
    expect(s.watchEndsOn).toBe("2025-03-10");
    expect(s.nextDueOn).toBeNull();
    expect(s.state).toBe("watch-ended");
    // Never searched and five years gone: no alert either.
    expect(searchSchedule("2020-03-10", [], "2025-03-11").state).toBe("watch-ended");
    // The tenth search at exactly 60 months (2025-03-10) is still due within the five years.
    expect(searchSchedule("2020-03-10", ["2024-09-10"], "2025-03-01").nextDueOn).toBe("2025-03-10");
  });

  it("a 执恢 filed on or before asOf ends the schedule", () => {
    const s = searchSchedule("2024-01-31", [], "2024-09-01", "2024-08-20");
    expect(s.state).toBe("resumed");
    expect(s.nextDueOn).toBeNull();
    // A resumption filed after asOf does not count yet.
    expect(searchSchedule("2024-01-31", [], "2024-08-10", "2024-08-20").state).toBe("overdue");
  });
});
