import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import { waitedWorkingDays, waitOverdue } from "./waiting.js";

const cal = legalCalendar();

describe("waiting for 阅核", () => {
  it("counts working days after the submission, weekends off", () => {
    // Submitted Friday 2024-06-07; Mon 06-10 is 端午节 (a holiday); Tue 06-11 … Thu 06-13 are working days.
    expect(waitedWorkingDays(cal, "2024-06-07", "2024-06-10")).toBe(0);
    expect(waitedWorkingDays(cal, "2024-06-07", "2024-06-13")).toBe(3);
    expect(waitOverdue(cal, "2024-06-07", "2024-06-13", 3)).toBe(false);
    expect(waitOverdue(cal, "2024-06-07", "2024-06-14", 3)).toBe(true);
  });

  it("the same day counts nothing", () => {
    expect(waitedWorkingDays(cal, "2024-06-03", "2024-06-03")).toBe(0);
  });
});
