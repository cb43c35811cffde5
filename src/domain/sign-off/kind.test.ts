import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/index.js";
import {
  type ApplyContext,
  applyAction,
  availableActions,
  blankMatter,
  kindProblems,
  type Matter,
  type Participant,
} from "../workflow/index.js";
import { escalationField, SIGN_OFF_KIND as K, REVIEW_TASK } from "./kind.js";

const ctx: ApplyContext = {
  // 2024-06-03 is a Monday; three working days later is Thursday 2024-06-06.
  today: "2024-06-03",
  calendar: legalCalendar(),
  settings: { deputyActsAsChief: false, numbers: { signOffWaitWorkingDays: 3 } },
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
const otherJudge = person("li", { judgeName: "李四" });
const chief = person("chief1", { role: "chief", positions: ["chief"] });
const otherChief = person("chief2", { role: "chief", positions: ["chief"], division: "民二庭" });
const leader = person("vp1", { role: "president", positions: ["vice-president"], division: null });
const office = person("office1", { role: "office", positions: ["office"], division: null });

const SUBMIT = {
  documentType: "判决书",
  documentTitle: "民事判决书（初稿）",
  conclusion: "驳回原告的诉讼请求",
  fileId: 7,
};
const REASONS = "事实认定部分未回应被告关于还款的抗辩";

function opened(way: "committee" | "meeting" | "leader" = "committee"): Matter {
  const blank = blankMatter(K, { division: "民一庭", judge: "张三", initiator: "zhang" });
  const m = { ...blank, data: { reviewer: "chief1", leader: "vp1", [escalationField(way)]: "chief1" } };
  const out = applyAction(K, m, "submit", judge, SUBMIT, ctx);
  if (!out.ok) throw new Error(out.message);
  return { ...m, state: out.state, data: out.data, version: 1 };
}

function step(m: Matter, action: string, who: Participant, input: Record<string, unknown>): Matter {
  const out = applyAction(K, m, action, who, input, ctx);
  if (!out.ok) throw new Error(`${action}: ${out.message}`);
  return { ...m, state: out.state, data: out.data, version: m.version + 1 };
}

describe("阅核 kind", () => {
  it("is well formed", () => {
    expect(kindProblems(K)).toEqual([]);
  });

  it("only the case judge submits; the reviewer's task falls due in 3 working days", () => {
    const blank = {
      ...blankMatter(K, { division: "民一庭", judge: "张三", initiator: "li" }),
      data: { reviewer: "chief1" },
    };
    const refused = applyAction(K, blank, "submit", otherJudge, SUBMIT, ctx);
    expect(refused).toMatchObject({ ok: false, code: "forbidden", message: "只有本案承办法官可以提交阅核" });
    const out = applyAction(K, blank, "submit", judge, SUBMIT, ctx);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.state).toBe("submitted");
    expect(out.opens).toEqual([{ title: REVIEW_TASK, dueOn: "2024-06-06", username: "chief1" }]);
    expect(out.data.conclusion).toBe("驳回原告的诉讼请求");
  });

  it("a submission needs the document type, title, conclusion and file", () => {
    const blank = blankMatter(K, { division: "民一庭", judge: "张三", initiator: "zhang" });
    expect(applyAction(K, blank, "submit", judge, { ...SUBMIT, fileId: undefined }, ctx)).toMatchObject({
      ok: false,
      code: "input",
      field: "fileId",
    });
    expect(applyAction(K, blank, "submit", judge, { ...SUBMIT, documentType: "起诉状" }, ctx)).toMatchObject({
      ok: false,
      field: "documentType",
    });
  });

  it("the reviewer signs off; a judge cannot (只有阅核人可以阅核同意)", () => {
    const m = opened();
    for (const who of [judge, otherJudge, otherChief, leader, office])
      expect(applyAction(K, m, "sign-off", who, {}, ctx)).toMatchObject({
        ok: false,
        code: "forbidden",
        message: "只有阅核人可以阅核同意",
      });
    const done = applyAction(K, m, "sign-off", chief, { note: "同意" }, ctx);
    expect(done).toMatchObject({ ok: true, state: "signed-off", terminal: true });
  });

  it("a return needs reasons of at least 10 characters and a point; the judge gets a task", () => {
    const m = opened();
    expect(applyAction(K, m, "return", chief, { point: "事实认定", note: "理由太短" }, ctx)).toMatchObject({
      ok: false,
      code: "input",
      field: "note",
      message: "退回理由不少于 10 个字（现为 4 个字）",
    });
    expect(applyAction(K, m, "return", chief, { note: REASONS }, ctx)).toMatchObject({
      ok: false,
      field: "point",
    });
    expect(applyAction(K, m, "return", judge, { point: "事实认定", note: REASONS }, ctx)).toMatchObject({
      ok: false,
      message: "只有阅核人可以退回复议",
    });
    const out = applyAction(K, m, "return", chief, { point: "事实认定", note: REASONS }, ctx);
    expect(out).toMatchObject({ ok: true, state: "returned" });
    if (out.ok) {
      expect(out.opens).toEqual([
        { title: "答复复议意见并重新提交阅核", dueOn: null, judge: "张三", division: "民一庭" },
      ]);
      expect(out.trace.note).toBe(REASONS);
    }
  });

  it("the judge answers and resubmits (with a revised conclusion); the reviewer cannot resubmit", () => {
    const r = step(opened(), "return", chief, { point: "法律适用", note: REASONS });
    const answer = { note: "已补充对还款抗辩的认定及理由", conclusion: "部分支持原告的诉讼请求" };
    expect(applyAction(K, r, "resubmit", chief, answer, ctx)).toMatchObject({
      ok: false,
      message: "只有本案承办法官可以答复复议意见并重新提交",
    });
    expect(applyAction(K, r, "resubmit", judge, { ...answer, note: "已改" }, ctx)).toMatchObject({
      ok: false,
      field: "note",
    });
    const s = step(r, "resubmit", judge, answer);
    expect(s.state).toBe("resubmitted");
    expect(s.data.conclusion).toBe("部分支持原告的诉讼请求");
    expect(step(s, "sign-off", chief, {}).state).toBe("signed-off");
  });

  it("nobody but the judge's submit and resubmit carries the conclusion", () => {
    const withConclusion = K.transitions.filter((t) => (t.fields ?? []).some((f) => f.name === "conclusion"));
    expect(withConclusion.map((t) => t.action)).toEqual(["resubmit"]);
    expect(withConclusion.every((t) => t.who.kind === "case-judge")).toBe(true);
    expect(K.open.who.kind).toBe("case-judge");
    // A reviewer passing a conclusion along with a sign-off changes nothing: it is not a field of the step.
    const out = applyAction(K, opened(), "sign-off", chief, { conclusion: "改判" }, ctx);
    expect(out.ok && out.data.conclusion).toBe("驳回原告的诉讼请求");
    const ret = applyAction(
      K,
      opened(),
      "return",
      chief,
      { point: "裁判结果", note: REASONS, conclusion: "改判" },
      ctx,
    );
    expect(ret.ok && ret.data.conclusion).toBe("驳回原告的诉讼请求");
  });

  it("the reviewer refers to the 专业法官会议 or the 审委会 with reasons; others cannot", () => {
    const m = opened();
    const note = "涉及法律适用分歧，需统一裁判尺度";
    expect(applyAction(K, m, "refer-meeting", judge, { note }, ctx)).toMatchObject({
      ok: false,
      message: "只有阅核人可以提交专业法官会议讨论",
    });
    expect(applyAction(K, m, "refer-committee", office, { note }, ctx)).toMatchObject({
      ok: false,
      message: "只有阅核人可以提请审判委员会讨论",
    });
    expect(applyAction(K, m, "refer-committee", chief, { note: "太短" }, ctx)).toMatchObject({
      ok: false,
      field: "note",
    });
    expect(applyAction(K, m, "refer-meeting", chief, { note }, ctx)).toMatchObject({
      ok: true,
      state: "referred-meeting",
    });
    expect(applyAction(K, m, "refer-committee", chief, { note }, ctx)).toMatchObject({
      ok: true,
      state: "referred-committee",
      terminal: true,
    });
  });

  it("a second 复议 on the same point escalates the one way the setting names", () => {
    const again = (way: "committee" | "meeting" | "leader") => {
      const r = step(opened(way), "return", chief, { point: "事实认定", note: REASONS });
      return step(r, "resubmit", judge, {
        note: "已补充对还款抗辩的认定及理由",
        conclusion: "驳回原告的诉讼请求",
      });
    };
    const input = { point: "事实认定", note: "复议后事实认定问题仍未解决" };
    const committee = again("committee");
    const offered = availableActions(K, committee, chief, ctx.settings).map((t) => t.action);
    expect(offered).toEqual(["sign-off", "refer-meeting", "refer-committee", "return", "escalate-committee"]);
    expect(applyAction(K, committee, "escalate-leader", chief, input, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(applyAction(K, committee, "escalate-committee", chief, input, ctx)).toMatchObject({
      ok: true,
      state: "referred-committee",
    });
    expect(applyAction(K, again("meeting"), "escalate-meeting", chief, input, ctx)).toMatchObject({
      ok: true,
      state: "referred-meeting",
    });
    const lr = step(again("leader"), "escalate-leader", chief, input);
    expect(lr.state).toBe("leader-review");
    // Now the 分管院领导 acts; the 庭长 no longer may.
    expect(applyAction(K, lr, "sign-off", chief, {}, ctx)).toMatchObject({
      ok: false,
      message: "只有分管院领导可以阅核同意",
    });
    expect(step(lr, "sign-off", leader, {}).state).toBe("signed-off");
  });

  it("an escalation is not offered before a first 复议", () => {
    expect(
      applyAction(K, opened(), "escalate-committee", chief, { point: "事实认定", note: REASONS }, ctx),
    ).toMatchObject({
      ok: false,
      code: "state",
    });
  });

  it("a signed-off draft takes no further step", () => {
    const done = step(opened(), "sign-off", chief, {});
    expect(applyAction(K, done, "return", chief, { point: "事实认定", note: REASONS }, ctx)).toMatchObject({
      ok: false,
      code: "state",
      message: "阅核当前为“阅核同意”，不能退回复议",
    });
    expect(availableActions(K, done, chief, ctx.settings)).toEqual([]);
  });
});
