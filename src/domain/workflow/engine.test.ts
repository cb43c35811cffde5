/**
 * The engine on a small kind (请示: the judge asks, the chief approves or returns): every
 * transition, every refusal, field checks, task assignees and dues on the legal calendar.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/roles.js";
import { legalCalendar, parseIsoDate } from "../calendar/index.js";
import { applyAction, availableActions, blankMatter, kindProblems, participantOf } from "./engine.js";
import { TEST_REQUEST_KIND as KIND } from "./testing.js";
import type { Matter, WorkflowSettings } from "./types.js";
import { addWorkingDays, workingDaysLeft } from "./working-days.js";

const settings: WorkflowSettings = { deputyActsAsChief: false, numbers: { reviewDays: 5 } };
// 2024-09-27 is a Friday before 国庆: 9-29 (Sun) is a 调休 working day, 10-01…10-07 are off,
// 10-12 (Sat) is a 调休 working day (国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号).
const ctx = { today: "2024-09-27", calendar: legalCalendar(), settings };

const judge = participantOf({ username: "wang", role: "judge", division: "民一庭", judgeName: "王法官" });
const otherJudge = participantOf({ username: "li", role: "judge", division: "民一庭", judgeName: "李法官" });
const chief = participantOf({ username: "zhao", role: "chief", division: "民一庭" });
const otherChief = participantOf({ username: "qian", role: "chief", division: "刑事庭" });
const deputyActor: Actor = {
  username: "sun",
  role: "judge",
  division: "民一庭",
  judgeName: "孙法官",
  positions: ["deputy-chief", "judge"],
};
const deputy = participantOf(deputyActor);

const blank = blankMatter(KIND, { division: "民一庭", judge: "王法官", initiator: "wang" });
const ASK = { note: "请示本案是否需要提交专业法官会议讨论", replyBy: "2024-10-15" };

function asked(): Matter {
  const o = applyAction(KIND, blank, "ask", judge, ASK, ctx);
  if (!o.ok) throw new Error(o.message);
  return { ...blank, state: o.state, data: o.data, version: 1 };
}

describe("workflow engine", () => {
  it("declares a consistent kind", () => {
    expect(kindProblems(KIND)).toEqual([]);
    expect(kindProblems({ ...KIND, initial: "nowhere" })).toEqual(["initial state nowhere is not declared"]);
  });

  it("opens with the judge's request and a task for the chief due in 3 working days", () => {
    const o = applyAction(KIND, blank, "ask", judge, ASK, ctx);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.state).toBe("asked");
    expect(o.trace).toMatchObject({
      action: "ask",
      label: "提出请示",
      from: null,
      to: "asked",
      by: "wang",
      note: ASK.note,
    });
    // 3 working days after Fri 2024-09-27: Sun 9-29 (调休), Mon 9-30, then 10-01…07 off → Tue 10-08.
    expect(o.opens).toEqual([
      { title: "审批请示", dueOn: "2024-10-08", position: "chief", division: "民一庭" },
    ]);
    expect(o.closes).toBe("all");
    expect(o.terminal).toBe(false);
  });

  it("refuses an opener who is not the case's judge", () => {
    expect(applyAction(KIND, blank, "ask", otherJudge, ASK, ctx)).toEqual({
      ok: false,
      code: "forbidden",
      message: "只有承办法官可以提出请示",
    });
    expect(applyAction(KIND, blank, "ask", chief, ASK, ctx)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("refuses a short reason, naming the field and counting characters", () => {
    expect(applyAction(KIND, blank, "ask", judge, { note: "请示九个字的内容啊" }, ctx)).toEqual({
      ok: false,
      code: "input",
      field: "note",
      message: "请示事项不少于 10 个字（现为 9 个字）",
      value: "请示九个字的内容啊",
    });
    expect(applyAction(KIND, blank, "ask", judge, {}, ctx)).toMatchObject({
      code: "input",
      field: "note",
      message: "请填写请示事项",
    });
  });

  it("refuses a bad or past date", () => {
    expect(applyAction(KIND, blank, "ask", judge, { ...ASK, replyBy: "2024-13-01" }, ctx)).toMatchObject({
      code: "input",
      field: "replyBy",
      message: "答复期限应为形如 2024-06-30 的日期",
    });
    expect(applyAction(KIND, blank, "ask", judge, { ...ASK, replyBy: "2024-09-26" }, ctx)).toMatchObject({
      code: "input",
      field: "replyBy",
      message: "答复期限不能早于今天（2024-09-27）",
    });
  });

  it("lets only the division's chief approve; a deputy only when the court's setting says so", () => {
    const m = asked();
    expect(applyAction(KIND, m, "approve", judge, {}, ctx)).toMatchObject({
      code: "forbidden",
      message: "只有本庭庭长可以审批",
    });
    expect(applyAction(KIND, m, "approve", otherChief, {}, ctx)).toMatchObject({ code: "forbidden" });
    expect(applyAction(KIND, m, "approve", deputy, {}, ctx)).toMatchObject({ code: "forbidden" });
    const viaDeputy = applyAction(
      KIND,
      m,
      "approve",
      deputy,
      {},
      { ...ctx, settings: { ...settings, deputyActsAsChief: true } },
    );
    expect(viaDeputy).toMatchObject({ ok: true, state: "approved", terminal: true });
    expect(applyAction(KIND, m, "approve", chief, {}, ctx)).toMatchObject({
      ok: true,
      state: "approved",
      terminal: true,
    });
  });

  it("returns with a task for the judge due on the date the request gave", () => {
    const o = applyAction(KIND, asked(), "return", chief, { note: "请补充类案检索报告后再行请示" }, ctx);
    expect(o).toMatchObject({ ok: true, state: "returned" });
    if (!o.ok) return;
    expect(o.opens).toEqual([
      { title: "补充请示", dueOn: "2024-10-15", judge: "王法官", division: "民一庭" },
    ]);
  });

  it("asks again with choices checked, due by a named setting", () => {
    const r = applyAction(KIND, asked(), "return", chief, { note: "请补充类案检索报告后再行请示" }, ctx);
    if (!r.ok) throw new Error("return");
    const m: Matter = { ...blank, state: r.state, data: r.data, version: 2 };
    expect(
      applyAction(KIND, m, "ask-again", judge, { measures: ["已补充材料", "随便写"] }, ctx),
    ).toMatchObject({
      code: "input",
      field: "measures",
    });
    const o = applyAction(KIND, m, "ask-again", judge, { measures: ["已补充材料", "已补充材料"] }, ctx);
    expect(o).toMatchObject({ ok: true, state: "asked" });
    if (!o.ok) return;
    expect(o.data.measures).toEqual(["已补充材料"]);
    // 5 working days after 2024-09-27: 9-29, 9-30, 10-08, 10-09, 10-10.
    expect(o.opens[0]?.dueOn).toBe("2024-10-10");
  });

  it("reads a step's due date from that step's input, not an earlier step's", () => {
    const r = applyAction(KIND, asked(), "return", chief, { note: "请补充类案检索报告后再行请示" }, ctx);
    if (!r.ok) throw new Error("return");
    // The data still holds replyBy 2024-10-15 from the request; a step asking for replyBy without
    // one given opens a task without a due date.
    const kind = {
      ...KIND,
      transitions: KIND.transitions.map((t) =>
        t.action === "return"
          ? {
              ...t,
              from: ["asked", "returned"],
              fields: [...(t.fields ?? []), { name: "replyBy", label: "答复期限", type: "date" as const }],
            }
          : t,
      ),
    };
    const m: Matter = { ...blank, state: "returned", data: r.data, version: 2 };
    const again = applyAction(kind, m, "return", chief, { note: "请再补充类案检索报告后请示" }, ctx);
    expect(again).toMatchObject({ ok: true });
    if (!again.ok) return;
    expect(again.opens[0]?.dueOn).toBeNull();
    // The original return (which does not ask for replyBy) reads it from the matter's data.
    expect(r.opens[0]?.dueOn).toBe("2024-10-15");
  });

  it("refuses an action in the wrong state and an unknown action", () => {
    const done = { ...asked(), state: "approved" };
    expect(applyAction(KIND, done, "return", chief, { note: "请补充类案检索报告后再行请示" }, ctx)).toEqual({
      ok: false,
      code: "state",
      message: "请示当前为“已同意”，不能退回",
    });
    expect(applyAction(KIND, asked(), "sign", chief, {}, ctx)).toMatchObject({ code: "unknown-action" });
    expect(applyAction(KIND, blank, "approve", chief, {}, ctx)).toMatchObject({ code: "unknown-action" });
  });

  it("keeps system steps from people, and lets the system take them", () => {
    expect(applyAction(KIND, asked(), "expire", chief, {}, ctx)).toMatchObject({ code: "forbidden" });
    expect(applyAction(KIND, asked(), "expire", chief, {}, ctx, { system: true })).toMatchObject({
      ok: true,
      state: "returned",
    });
  });

  it("lists the actions each person may take now", () => {
    const m = asked();
    expect(availableActions(KIND, m, chief, settings).map((t) => t.action)).toEqual(["approve", "return"]);
    expect(availableActions(KIND, m, judge, settings).map((t) => t.action)).toEqual(["withdraw"]);
    expect(availableActions(KIND, m, otherJudge, settings)).toEqual([]);
  });
});

describe("working days", () => {
  const cal = legalCalendar();
  const d = parseIsoDate;
  it("counts the legal calendar (调休 on, holidays off)", () => {
    expect(addWorkingDays(cal, d("2024-09-27"), 1)).toBe(d("2024-09-29"));
    expect(addWorkingDays(cal, d("2024-09-30"), 1)).toBe(d("2024-10-08"));
    expect(workingDaysLeft(cal, d("2024-09-27"), d("2024-10-08"))).toBe(3);
    expect(workingDaysLeft(cal, d("2024-10-08"), d("2024-10-08"))).toBe(0);
    // Overdue on 10-09 by the working days after the due day up to today: 10-09 → -1.
    expect(workingDaysLeft(cal, d("2024-10-09"), d("2024-10-08"))).toBe(-1);
    // 10-12 (Sat) is a 调休 working day: 10-09, 10-10, 10-11, 10-12 → -4.
    expect(workingDaysLeft(cal, d("2024-10-12"), d("2024-10-08"))).toBe(-4);
  });
  it("falls back to weekends alone beyond the holiday data", () => {
    // 2099-01-02 is a Friday: the next working day is Monday 2099-01-05.
    expect(addWorkingDays(cal, d("2099-01-02"), 1)).toBe(d("2099-01-05"));
  });
});
