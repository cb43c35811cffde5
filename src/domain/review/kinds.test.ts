import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import {
  type ApplyContext,
  applyAction,
  availableActions,
  blankMatter,
  kindProblems,
  type Participant,
} from "../workflow/index.js";
import { CASE_REVIEW_KIND, isRectificationOverdue, RECTIFICATION_KIND, REVIEW_TASKS } from "./kinds.js";

const ctx: ApplyContext = {
  // Fri 2024-09-27; 3 working days later is Tue 2024-10-08 (docs/workflow.md: 9-29 worked, 10-1…10-7 off).
  today: "2024-09-27",
  calendar: legalCalendar(),
  settings: { deputyActsAsChief: false, numbers: {} },
};
function person(username: string, extra: Partial<Participant>): Participant {
  return {
    username,
    name: username,
    role: "judge",
    division: "民一庭",
    judgeName: null,
    positions: ["judge"],
    committeeMember: false,
    ...extra,
  };
}
const judge = person("zhang", { judgeName: "张三" });
const reviewer = person("li", { judgeName: "李四", division: "民二庭" });
const office = person("office1", { role: "office", positions: ["office"], division: null });

describe("review kinds", () => {
  it("are well formed", () => {
    expect(kindProblems(CASE_REVIEW_KIND)).toEqual([]);
    expect(kindProblems(RECTIFICATION_KIND)).toEqual([]);
  });

  it("a review is opened with a task for the named reviewer; its steps are offered to nobody on the matter page", () => {
    const blank = {
      ...blankMatter(CASE_REVIEW_KIND, { division: "民一庭", judge: "张三", initiator: "office1" }),
      data: { reviewer: "li" },
    };
    const opened = applyAction(CASE_REVIEW_KIND, blank, "assign", office, {}, ctx, { system: true });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.opens).toEqual([{ title: REVIEW_TASKS.score, dueOn: null, username: "li" }]);
    const m = { ...blank, state: opened.state, version: 1, data: opened.data };
    expect(availableActions(CASE_REVIEW_KIND, m, reviewer, ctx.settings)).toEqual([]);
    // Taken by the review's use case (system), the score step opens the office's 复核 task.
    const scored = applyAction(CASE_REVIEW_KIND, m, "score", reviewer, {}, ctx, { system: true });
    expect(scored.ok && scored.opens[0]?.title).toBe(REVIEW_TASKS.verify);
  });

  it("a rectification's task for the judge falls due on the 整改期限; the judge reports on the matter page", () => {
    const blank = blankMatter(RECTIFICATION_KIND, {
      division: "民一庭",
      judge: "张三",
      initiator: "office1",
    });
    const opened = applyAction(RECTIFICATION_KIND, blank, "open", office, { dueOn: "2024-10-08" }, ctx);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.opens).toEqual([
      { title: "整改评查问题", dueOn: "2024-10-08", judge: "张三", division: "民一庭" },
    ]);
    const m = { ...blank, state: opened.state, version: 1, data: opened.data };
    expect(availableActions(RECTIFICATION_KIND, m, judge, ctx.settings).map((a) => a.action)).toEqual([
      "report",
    ]);
    expect(availableActions(RECTIFICATION_KIND, m, reviewer, ctx.settings)).toEqual([]);
  });

  it("overdue: open or returned, past the 整改期限", () => {
    expect(isRectificationOverdue("open", "2024-10-08", "2024-10-09")).toBe(true);
    expect(isRectificationOverdue("open", "2024-10-08", "2024-10-08")).toBe(false);
    expect(isRectificationOverdue("returned", "2024-10-08", "2024-10-09")).toBe(true);
    expect(isRectificationOverdue("reported", "2024-10-08", "2024-10-09")).toBe(false);
  });
});
