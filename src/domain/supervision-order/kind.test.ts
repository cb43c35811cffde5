import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import {
  type ApplyContext,
  applyAction,
  availableActions,
  blankMatter,
  DEFAULT_WORKFLOW_SETTINGS,
  kindProblems,
  type Matter,
  type Participant,
} from "../workflow/index.js";
import {
  SUPERVISION_ORDER_KIND as KIND,
  ORDER_STATES,
  ORDER_TASKS,
  orderOpen,
  orderStateLabel,
} from "./kind.js";

const person = (p: Partial<Participant> & Pick<Participant, "username" | "role">): Participant => ({
  name: p.username,
  division: null,
  judgeName: null,
  positions: [],
  committeeMember: false,
  ...p,
});

const office = person({ username: "office1", role: "office", positions: ["office"] });
const chief = person({ username: "chief1", role: "chief", division: "民一庭", positions: ["chief"] });
const otherChief = person({ username: "chief2", role: "chief", division: "刑事庭", positions: ["chief"] });
const judge = person({
  username: "wang",
  role: "judge",
  division: "民一庭",
  judgeName: "王法官",
  positions: ["judge"],
});
const colleague = person({
  username: "li",
  role: "judge",
  division: "民一庭",
  judgeName: "李法官",
  positions: ["judge"],
});
const president = person({ username: "pres", role: "president", positions: ["president"] });

// 2024-09-27 is a Friday before 国庆; the reply date three working days on is 2024-10-08 (see escalation.test.ts).
const ctx: ApplyContext = {
  today: "2024-09-27",
  calendar: legalCalendar(),
  settings: DEFAULT_WORKFLOW_SETTINGS,
};
const REQUEST = "请于期限内说明该案超审限的原因及下一步安排";
const EXPLANATION = "该案因鉴定耗时较长，已于本周申请延长审限";

function issue(by: Participant, input: Record<string, unknown> = {}) {
  return applyAction(
    KIND,
    blankMatter(KIND, { division: "民一庭", judge: "王法官", initiator: by.username }),
    "issue",
    by,
    { request: REQUEST, replyDue: "2024-10-08", ...input },
    ctx,
  );
}

function matterIn(state: string, initiator = office.username, data: Record<string, unknown> = {}): Matter {
  return {
    kind: KIND.id,
    state,
    version: 1,
    division: "民一庭",
    judge: "王法官",
    initiator,
    data: { request: REQUEST, replyDue: "2024-10-08", ...data },
  };
}

describe("督办单 kind", () => {
  it("is well formed", () => {
    expect(kindProblems(KIND)).toEqual([]);
    expect(orderStateLabel("issued")).toBe("待答复");
    expect(orderOpen("closed")).toBe(false);
    expect(orderOpen("escalated-leader")).toBe(true);
  });

  it("the office issues an order: 待答复, a task for the case judge due on the reply date", () => {
    const o = issue(office);
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.state).toBe("issued");
    expect(o.opens).toEqual([
      { title: ORDER_TASKS.answer, dueOn: "2024-10-08", judge: "王法官", division: "民一庭" },
    ]);
    expect(o.data).toMatchObject({ request: REQUEST, replyDue: "2024-10-08" });
  });

  it("the division's chief issues for their own division, not another's", () => {
    expect(issue(chief).ok).toBe(true);
    const o = issue(otherChief);
    expect(o).toMatchObject({ ok: false, code: "forbidden", message: "只有审管办或本庭庭长可以发起督办" });
  });

  it("a judge cannot issue an order", () => {
    expect(issue(judge)).toMatchObject({ ok: false, code: "forbidden" });
    expect(issue(president)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("a request shorter than 10 characters is refused, naming the field", () => {
    const o = issue(office, { request: "请尽快说明" });
    expect(o).toMatchObject({ ok: false, code: "input", field: "request" });
    if (!o.ok) expect(o.message).toBe("督办要求不少于 10 个字（现为 5 个字）");
  });

  it("a reply date before today or missing is refused", () => {
    expect(issue(office, { replyDue: "2024-09-26" })).toMatchObject({
      ok: false,
      code: "input",
      field: "replyDue",
    });
    expect(issue(office, { replyDue: "" })).toMatchObject({ ok: false, code: "input", field: "replyDue" });
  });

  it("the case judge answers with a 说明 and measures; the issuer gets a review task", () => {
    for (const state of [
      ORDER_STATES.issued,
      ORDER_STATES.returned,
      ORDER_STATES.escalatedChief,
      ORDER_STATES.escalatedLeader,
    ]) {
      const o = applyAction(
        KIND,
        matterIn(state),
        "answer",
        judge,
        { explanation: EXPLANATION, measures: ["已申请延长", "正在鉴定"] },
        ctx,
      );
      expect(o.ok, state).toBe(true);
      if (!o.ok) continue;
      expect(o.state).toBe("answered");
      expect(o.closes).toBe("all");
      expect(o.opens).toEqual([{ title: ORDER_TASKS.review, dueOn: null, username: "office1" }]);
      expect(o.data.measures).toEqual(["已申请延长", "正在鉴定"]);
    }
  });

  it("only the case judge answers", () => {
    const o = applyAction(KIND, matterIn("issued"), "answer", colleague, { explanation: EXPLANATION }, ctx);
    expect(o).toMatchObject({ ok: false, code: "forbidden", message: "只有承办法官可以答复督办单" });
    expect(
      applyAction(KIND, matterIn("issued"), "answer", office, { explanation: EXPLANATION }, ctx),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("an answer shorter than 10 characters is refused with the field named", () => {
    const o = applyAction(KIND, matterIn("issued"), "answer", judge, { explanation: "已经处理了" }, ctx);
    expect(o).toMatchObject({ ok: false, code: "input", field: "explanation" });
    if (!o.ok) expect(o.message).toBe("情况说明不少于 10 个字（现为 5 个字）");
  });

  it("a measure outside the list is refused", () => {
    const o = applyAction(
      KIND,
      matterIn("issued"),
      "answer",
      judge,
      { explanation: EXPLANATION, measures: ["已撤诉"] },
      ctx,
    );
    expect(o).toMatchObject({ ok: false, code: "input", field: "measures" });
  });

  it("the issuer or the office closes (销号) an answered order; a judge cannot", () => {
    const byChief = matterIn("answered", chief.username);
    expect(applyAction(KIND, byChief, "close", chief, {}, ctx)).toMatchObject({
      ok: true,
      state: "closed",
      terminal: true,
    });
    expect(applyAction(KIND, byChief, "close", office, { note: "答复属实" }, ctx)).toMatchObject({
      ok: true,
      state: "closed",
    });
    expect(applyAction(KIND, byChief, "close", judge, {}, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
      message: "只有督办单的发起人或审管办可以销号",
    });
    expect(applyAction(KIND, byChief, "close", otherChief, {}, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("an unanswered order cannot be closed", () => {
    expect(applyAction(KIND, matterIn("issued"), "close", office, {}, ctx)).toMatchObject({
      ok: false,
      code: "state",
      message: "督办单当前为“待答复”，不能销号",
    });
  });

  it("the issuer returns an answer with a reason and a new reply date; the judge's task reopens", () => {
    const o = applyAction(
      KIND,
      matterIn("answered"),
      "return",
      office,
      { note: "未说明何时结案", replyDue: "2024-10-10" },
      ctx,
    );
    expect(o).toMatchObject({ ok: true, state: "returned" });
    if (!o.ok) return;
    expect(o.data.replyDue).toBe("2024-10-10");
    expect(o.opens).toEqual([
      { title: ORDER_TASKS.answer, dueOn: "2024-10-10", judge: "王法官", division: "民一庭" },
    ]);
    expect(
      applyAction(KIND, matterIn("answered"), "return", office, { replyDue: "2024-10-10" }, ctx),
    ).toMatchObject({
      ok: false,
      code: "input",
      field: "note",
    });
    expect(
      applyAction(
        KIND,
        matterIn("answered"),
        "return",
        judge,
        { note: "未说明何时结案", replyDue: "2024-10-10" },
        ctx,
      ),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });

  it("escalation is the system's: refused by hand, taken by the system with a task for the chief", () => {
    expect(applyAction(KIND, matterIn("issued"), "escalate-chief", office, {}, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const o = applyAction(KIND, matterIn("issued"), "escalate-chief", office, {}, ctx, { system: true });
    expect(o).toMatchObject({ ok: true, state: "escalated-chief", closes: "none" });
    if (o.ok)
      expect(o.opens).toEqual([
        { title: ORDER_TASKS.chief, dueOn: null, position: "chief", division: "民一庭" },
      ]);
    // from 退回重答 too
    expect(
      applyAction(KIND, matterIn("returned"), "escalate-chief", office, {}, ctx, { system: true }),
    ).toMatchObject({ ok: true });
    // not twice
    expect(
      applyAction(KIND, matterIn("escalated-chief"), "escalate-chief", office, {}, ctx, { system: true }),
    ).toMatchObject({
      ok: false,
      code: "state",
    });
  });

  it("escalation to the 院领导 in charge assigns the named leader, else the president's position", () => {
    const o = applyAction(
      KIND,
      matterIn("escalated-chief"),
      "escalate-leader",
      office,
      { leader: "vp1" },
      ctx,
      { system: true },
    );
    expect(o).toMatchObject({ ok: true, state: "escalated-leader" });
    if (o.ok) expect(o.opens).toEqual([{ title: ORDER_TASKS.leader, dueOn: null, username: "vp1" }]);
    const n = applyAction(KIND, matterIn("escalated-chief"), "escalate-leader", office, {}, ctx, {
      system: true,
    });
    if (n.ok)
      expect(n.opens).toEqual([
        { title: ORDER_TASKS.leader, dueOn: null, position: "president", division: null },
      ]);
    expect(
      applyAction(KIND, matterIn("issued"), "escalate-leader", office, {}, ctx, { system: true }),
    ).toMatchObject({
      ok: false,
      code: "state",
    });
  });

  it("offers each person the buttons they may press", () => {
    const names = (p: Participant, m: Matter) =>
      availableActions(KIND, m, p, DEFAULT_WORKFLOW_SETTINGS).map((t) => t.action);
    expect(names(judge, matterIn("issued"))).toEqual(["answer"]);
    expect(names(office, matterIn("issued"))).toEqual([]);
    expect(names(office, matterIn("answered"))).toEqual(["close", "return"]);
    expect(names(judge, matterIn("answered"))).toEqual([]);
    expect(names(judge, matterIn("closed"))).toEqual([]);
  });
});
