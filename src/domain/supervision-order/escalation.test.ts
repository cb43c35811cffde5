/**
 * Reply dates and escalations across the 2024 National Day holiday. The State Council's notice on the 2024
 * holidays (国务院办公厅关于2024年部分节假日安排的通知, as shipped in the calendar data) gives 10月1日至7日 off, with 9月29日（星期日） and 10月12日（星期六）
 * as working days. Dates below are counted by hand on that calendar.
 */
import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import { DEFAULT_WORKFLOW_SETTINGS } from "../workflow/index.js";
import {
  DEFAULT_ORDER_SETTINGS,
  defaultReplyDue,
  dueEscalation,
  dueEscalations,
  leaderEscalationOn,
  orderSettingsOf,
  replyDueIn,
} from "./escalation.js";

const cal = legalCalendar();
const S = DEFAULT_ORDER_SETTINGS;

describe("reply dates", () => {
  it("three working days from Friday 2024-09-27: 29th (调休 Sunday), 30th, then 8 October", () => {
    expect(defaultReplyDue("2024-09-27", cal, S)).toBe("2024-10-08");
  });

  it("three working days from Monday 2024-09-30: 8, 9, 10 October", () => {
    expect(replyDueIn("2024-09-30", cal, 3)).toBe("2024-10-10");
  });

  it("settings: numbers from the workflow settings, bad ones fall back to the default", () => {
    expect(orderSettingsOf(DEFAULT_WORKFLOW_SETTINGS)).toEqual({
      replyWorkingDays: 3,
      leaderAfterWorkingDays: 3,
    });
    expect(
      orderSettingsOf({
        deputyActsAsChief: false,
        numbers: { "supervision-order.replyWorkingDays": 5, "supervision-order.leaderAfterWorkingDays": 0 },
      }),
    ).toEqual({ replyWorkingDays: 5, leaderAfterWorkingDays: 3 });
  });
});

describe("escalation", () => {
  const issued = { state: "issued", data: { replyDue: "2024-10-08" } };

  it("nothing is due on the reply date itself", () => {
    expect(dueEscalation(issued, "2024-10-08", cal, S)).toBeNull();
    expect(dueEscalations(issued, "2024-09-30", cal, S)).toEqual([]);
  });

  it("the day after the reply date, unanswered: to the chief", () => {
    expect(dueEscalation(issued, "2024-10-09", cal, S)).toEqual({
      action: "escalate-chief",
      since: "2024-10-09",
    });
    expect(dueEscalation({ ...issued, state: "returned" }, "2024-10-09", cal, S)).toEqual({
      action: "escalate-chief",
      since: "2024-10-09",
    });
  });

  it("to the 院领导 after three more working days (9, 10, 11 October): from 12 October", () => {
    expect(leaderEscalationOn("2024-10-08", cal, S)).toBe("2024-10-11");
    const atChief = { state: "escalated-chief", data: issued.data };
    expect(dueEscalation(atChief, "2024-10-11", cal, S)).toBeNull();
    expect(dueEscalation(atChief, "2024-10-12", cal, S)).toEqual({
      action: "escalate-leader",
      since: "2024-10-12",
    });
  });

  it("counts the 调休 Saturday 12 October as a working day: reply date 10 October → 院领导 after 14 October", () => {
    const atChief = { state: "escalated-chief", data: { replyDue: "2024-10-10" } };
    // 11 (Fri), 12 (调休 Sat), 14 (Mon)
    expect(leaderEscalationOn("2024-10-10", cal, S)).toBe("2024-10-14");
    expect(dueEscalation(atChief, "2024-10-14", cal, S)).toBeNull();
    expect(dueEscalation(atChief, "2024-10-15", cal, S)?.action).toBe("escalate-leader");
  });

  it("an order long overdue takes both steps at once, in order", () => {
    expect(dueEscalations(issued, "2024-10-20", cal, S)).toEqual([
      { action: "escalate-chief", since: "2024-10-09" },
      { action: "escalate-leader", since: "2024-10-12" },
    ]);
  });

  it("answered, closed or already at the 院领导: nothing", () => {
    for (const state of ["answered", "closed", "escalated-leader"])
      expect(dueEscalations({ state, data: issued.data }, "2024-12-31", cal, S)).toEqual([]);
    expect(dueEscalations({ state: "issued", data: {} }, "2024-12-31", cal, S)).toEqual([]);
  });
});
