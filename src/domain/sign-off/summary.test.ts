import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import { countSignOffs, summarizeSignOff } from "./summary.js";

const cal = legalCalendar();

describe("summarizeSignOff", () => {
  it("a draft resubmitted waits from the resubmission, in working days", () => {
    // Resubmitted Thursday 2024-06-06; by Wednesday 06-12 it has waited Fri 06-07, Tue 06-11, Wed 06-12
    // (Mon 06-10 端午节) = 3 working days: not overdue at a limit of 3; on Thursday 06-13 it is (4).
    const m = {
      state: "resubmitted",
      openedOn: "2024-06-03",
      trace: [
        { action: "submit", on: "2024-06-03" },
        { action: "return", on: "2024-06-04" },
        { action: "resubmit", on: "2024-06-06" },
      ],
    };
    expect(summarizeSignOff(m, "2024-06-12", cal, 3)).toEqual({
      waitingSince: "2024-06-06",
      waitedDays: 3,
      overdue: false,
      returns: 1,
      escalated: false,
      signedOffOn: null,
      daysToSignOff: null,
    });
    expect(summarizeSignOff(m, "2024-06-13", cal, 3).overdue).toBe(true);
  });

  it("a signed-off draft: working days from the first submission to the sign-off", () => {
    const m = {
      state: "signed-off",
      openedOn: "2024-06-03",
      trace: [
        { action: "submit", on: "2024-06-03" },
        { action: "sign-off", on: "2024-06-07" },
      ],
    };
    // Tue, Wed, Thu, Fri after Monday 06-03: 4 working days.
    expect(summarizeSignOff(m, "2024-06-20", cal, 3)).toMatchObject({
      waitingSince: null,
      daysToSignOff: 4,
      overdue: false,
    });
  });

  it("counts: returns add up, escalations and averages", () => {
    const s = (x: Partial<ReturnType<typeof summarizeSignOff>>) => ({
      waitingSince: null,
      waitedDays: null,
      overdue: false,
      returns: 0,
      escalated: false,
      signedOffOn: null,
      daysToSignOff: null,
      ...x,
    });
    const got = countSignOffs([
      s({ signedOffOn: "2024-06-07", daysToSignOff: 4, returns: 2 }),
      s({ signedOffOn: "2024-06-07", daysToSignOff: 1 }),
      s({ escalated: true, returns: 1 }),
      s({ waitingSince: "2024-06-03", waitedDays: 5, overdue: true }),
    ]);
    // (4 + 1) / 2 = 2.5
    expect(got).toEqual({
      drafts: 4,
      signedOff: 2,
      returned: 3,
      escalated: 1,
      waiting: 1,
      overdue: 1,
      averageDaysToSignOff: 2.5,
    });
  });
});
