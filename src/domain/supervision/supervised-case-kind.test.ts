import { describe, expect, it } from "vitest";
import { legalCalendar } from "../calendar/legal-calendar.js";
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
import { SUPERVISED_CASE_KIND as K, SUPERVISION_MEASURES } from "./supervised-case-kind.js";

const ctx: ApplyContext = {
  today: "2024-08-01",
  calendar: legalCalendar(),
  settings: DEFAULT_WORKFLOW_SETTINGS,
};

function who(over: Partial<Participant>): Participant {
  return {
    username: "u",
    name: "某人",
    role: "judge",
    division: "民事审判第一庭",
    judgeName: null,
    positions: [],
    committeeMember: false,
    ...over,
  };
}
const judge = who({ username: "zhang", role: "judge", judgeName: "张法官", positions: ["judge"] });
const otherJudge = who({ username: "li", role: "judge", judgeName: "李法官", positions: ["judge"] });
const chief = who({ username: "chief1", role: "chief", positions: ["chief"] });
const otherChief = who({ username: "chief2", role: "chief", division: "刑事审判庭", positions: ["chief"] });
const office = who({ username: "office", role: "office", division: null, positions: ["office"] });
const president = who({ username: "pres", role: "president", division: null, positions: ["president"] });

const at = { division: "民事审判第一庭", judge: "张法官", initiator: "system" };
const matter = (state: string, data = {}): Matter => ({ kind: K.id, state, version: 1, ...at, data });
const REASON = "标的额巨大且涉及众多企业，需院庭长监管";

describe("SUPERVISED_CASE_KIND", () => {
  it("is well formed", () => {
    expect(kindProblems(K)).toEqual([]);
  });

  it("anyone may 提请标注 with a category and a reason of 10 characters; it opens a task for the chief", () => {
    const o = applyAction(
      K,
      blankMatter(K, { ...at, initiator: "zhang" }),
      "mark",
      judge,
      { category: "第四类（反映法官违法审判）", note: "当事人来信反映承办法官违法审判" },
      ctx,
    );
    expect(o.ok && o.state).toBe("candidate");
    if (!o.ok) return;
    expect(o.opens).toEqual([
      { title: "甄别四类案件标注", dueOn: null, position: "chief", division: "民事审判第一庭" },
    ]);
  });
  it("refuses a mark without a known category or with a short reason", () => {
    const bad = applyAction(K, blankMatter(K, at), "mark", judge, { category: "第五类", note: REASON }, ctx);
    expect(bad).toMatchObject({ ok: false, code: "input", field: "category" });
    const short = applyAction(
      K,
      blankMatter(K, at),
      "mark",
      judge,
      { category: "第一类（重大疑难复杂敏感）", note: "太短了" },
      ctx,
    );
    // "太短了" is 3 characters, fewer than 10.
    expect(short).toMatchObject({
      ok: false,
      code: "input",
      field: "note",
      message: "理由不少于 10 个字（现为 3 个字）",
    });
  });

  it("the division's chief and the office confirm; a judge, another division's chief cannot", () => {
    for (const p of [chief, office]) {
      const o = applyAction(K, matter("candidate"), "confirm", p, { note: REASON }, ctx);
      expect(o.ok && o.state).toBe("supervised");
    }
    for (const p of [judge, otherChief]) {
      const o = applyAction(K, matter("candidate"), "confirm", p, { note: REASON }, ctx);
      expect(o).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(availableActions(K, matter("candidate"), judge, ctx.settings)).toEqual([]);
    expect(availableActions(K, matter("candidate"), office, ctx.settings).map((t) => t.action)).toEqual([
      "confirm",
      "revoke",
    ]);
  });
  it("confirm needs a reason; a supervised case cannot be confirmed again", () => {
    expect(applyAction(K, matter("candidate"), "confirm", office, {}, ctx)).toMatchObject({
      ok: false,
      code: "input",
      field: "note",
    });
    expect(applyAction(K, matter("supervised"), "confirm", office, { note: REASON }, ctx)).toMatchObject({
      ok: false,
      code: "state",
    });
  });
  it("revoke from candidate or supervised, with reason; not by a judge; nothing after", () => {
    expect(applyAction(K, matter("candidate"), "revoke", chief, { note: REASON }, ctx)).toMatchObject({
      ok: true,
      state: "revoked",
      terminal: true,
    });
    expect(applyAction(K, matter("supervised"), "revoke", office, { note: REASON }, ctx)).toMatchObject({
      ok: true,
      state: "revoked",
    });
    expect(applyAction(K, matter("candidate"), "revoke", judge, { note: REASON }, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(applyAction(K, matter("revoked"), "confirm", office, { note: REASON }, ctx)).toMatchObject({
      ok: false,
      code: "state",
    });
  });

  it("each supervision measure opens a task for the case's judge, with the due date given", () => {
    expect(SUPERVISION_MEASURES.map((m) => m.label)).toEqual([
      "要求报告进展",
      "调阅卷宗",
      "旁听庭审",
      "要求类案检索",
      "建议复议",
      "提交专业法官会议",
      "提请审委会",
    ]);
    for (const m of SUPERVISION_MEASURES) {
      const o = applyAction(
        K,
        matter("supervised"),
        m.action,
        chief,
        { note: "请说明进展", [`${m.action}DueOn`]: "2024-08-10" },
        ctx,
      );
      expect(o.ok).toBe(true);
      if (!o.ok) continue;
      expect(o.state).toBe("supervised");
      expect(o.closes).toBe("none");
      expect(o.opens).toEqual([
        { title: m.task, dueOn: "2024-08-10", judge: "张法官", division: "民事审判第一庭" },
      ]);
    }
    const noDue = applyAction(K, matter("supervised"), "request-report", president, { note: "请报告" }, ctx);
    expect(noDue.ok && noDue.opens[0]?.dueOn).toBe(null);
  });
  it("refuses a measure by a judge, on a candidate, or with a past due date", () => {
    expect(
      applyAction(K, matter("supervised"), "request-report", judge, { note: "请报告" }, ctx),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(
      applyAction(K, matter("candidate"), "request-report", chief, { note: "请报告" }, ctx),
    ).toMatchObject({
      ok: false,
      code: "state",
    });
    expect(
      applyAction(
        K,
        matter("supervised"),
        "request-report",
        chief,
        { note: "请报告", "request-reportDueOn": "2024-07-31" },
        ctx,
      ),
    ).toMatchObject({ ok: false, code: "input", field: "request-reportDueOn" });
  });
  it("the case's judge reports, closing the measures' tasks; another judge cannot", () => {
    const o = applyAction(K, matter("supervised"), "report", judge, { note: "已完成类案检索" }, ctx);
    expect(o.ok && o.closes).toEqual(SUPERVISION_MEASURES.map((m) => m.task));
    expect(applyAction(K, matter("supervised"), "report", otherJudge, { note: "已完成" }, ctx)).toMatchObject(
      {
        ok: false,
        code: "forbidden",
      },
    );
  });
  it("closing with the case is a system step, recording the outcome", () => {
    const input = { closedOn: "2024-07-30", closureMode: "判决", note: "案件已于 2024-07-30 以判决结案" };
    expect(applyAction(K, matter("supervised"), "close-with-case", office, input, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const o = applyAction(K, matter("supervised"), "close-with-case", office, input, ctx, { system: true });
    expect(o).toMatchObject({ ok: true, state: "closed", terminal: true, data: { closureMode: "判决" } });
    const lapse = applyAction(K, matter("candidate"), "lapse-with-case", office, input, ctx, {
      system: true,
    });
    expect(lapse).toMatchObject({ ok: true, state: "revoked" });
    expect(
      applyAction(K, matter("candidate"), "close-with-case", office, input, ctx, { system: true }),
    ).toMatchObject({
      ok: false,
      code: "state",
    });
  });
});
