/**
 * Whose tasks an account answers (its name, its judge name in its division, its positions — a
 * 副庭长 also the 庭长's when the court says so), and an inbox row's working days on the 2024 legal
 * calendar (国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号: 国庆 10-1…10-7 off,
 * Sun 9-29 and Sat 10-12 worked).
 */
import { describe, expect, it } from "vitest";
import { legalCalendar } from "../../domain/calendar/index.js";
import { DEFAULT_WORKFLOW_SETTINGS } from "../../domain/workflow/index.js";
import { inboxRow, taskHolderOf } from "./inbox-row.js";

const matter = {
  matterId: 7,
  kind: "no-such-kind",
  state: "pending",
  title: "督办",
  caseId: null,
  caseNumber: null,
  division: "民事审判第一庭",
  judge: "王法官",
  initiator: "analyst",
  openedOn: "2024-09-20",
  closedOn: null,
};

describe("taskHolderOf", () => {
  it("a judge: their account, their name in their division, the positions of their role", () => {
    expect(
      taskHolderOf(
        { username: "wang", role: "judge", division: "民事审判第一庭", judgeName: "王法官" },
        DEFAULT_WORKFLOW_SETTINGS,
      ),
    ).toEqual({
      username: "wang",
      judgeName: "王法官",
      division: "民事审判第一庭",
      positions: ["judge"],
      court: null,
    });
  });

  it("an account of a court in a database of several: its court goes with it", () => {
    expect(
      taskHolderOf(
        { username: "zhao", role: "chief", division: "民事审判第一庭", court: "内0602", courts: ["内0602"] },
        DEFAULT_WORKFLOW_SETTINGS,
      ).court,
    ).toBe("内0602");
  });

  it("a 副庭长 gets the 庭长's tasks only when the court's setting gives them the duty", () => {
    const deputy = {
      username: "he",
      role: "judge" as const,
      division: "刑事审判庭",
      judgeName: "何法官",
      positions: ["deputy-chief", "judge"] as const,
    };
    expect(taskHolderOf(deputy, DEFAULT_WORKFLOW_SETTINGS).positions).toEqual(["deputy-chief", "judge"]);
    expect(taskHolderOf(deputy, { deputyActsAsChief: true, numbers: {} }).positions).toEqual([
      "deputy-chief",
      "judge",
      "chief",
    ]);
  });
});

describe("inboxRow", () => {
  const cal = legalCalendar();

  it("counts working days to the due day across 国庆, and overdue ones negative", () => {
    // 9-27 → 10-10: 9-29 (worked Sunday), 9-30, 10-08, 10-09, 10-10.
    expect(
      inboxRow({ ...matter, taskId: 1, taskTitle: "答复", dueOn: "2024-10-10" }, cal, "2024-09-27"),
    ).toMatchObject({
      workingDaysLeft: 5,
      overdue: false,
    });
    // Due on the day itself: 0, not overdue.
    expect(inboxRow({ ...matter, dueOn: "2024-09-27" }, cal, "2024-09-27")).toMatchObject({
      workingDaysLeft: 0,
      overdue: false,
    });
    // Due 9-30, seen on 10-08: the working days after it up to today — only 10-08.
    expect(inboxRow({ ...matter, dueOn: "2024-09-30" }, cal, "2024-10-08")).toMatchObject({
      workingDaysLeft: -1,
      overdue: true,
    });
  });

  it("without a due day or a task: nulls; an unknown kind is named by its id", () => {
    expect(inboxRow({ ...matter, actedOn: "2024-09-21" }, cal, "2024-09-27")).toMatchObject({
      kindName: "no-such-kind",
      stateLabel: "pending",
      taskId: null,
      dueOn: null,
      workingDaysLeft: null,
      overdue: false,
      actedOn: "2024-09-21",
    });
  });
});
