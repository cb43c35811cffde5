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
import { ADOPTION_TASK, MEETING_ITEM_KIND as K } from "./kind.js";

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
const judge = who({ username: "zhang", judgeName: "张法官", positions: ["judge"] });
const otherJudge = who({ username: "li", judgeName: "李法官", positions: ["judge"] });
const chief = who({ username: "chief1", role: "chief", positions: ["chief"] });
const office = who({ username: "office", role: "office", division: null, positions: ["office"] });
const at = { division: "民事审判第一庭", judge: "张法官", initiator: "zhang" };
const materials = { summary: "原告诉请返还借款", issues: "借贷关系是否成立", panelOpinion: "支持原告诉请" };

function step(
  m: Matter,
  action: string,
  p: Participant,
  input: Record<string, unknown>,
  system = false,
): Matter {
  const o = applyAction(K, m, action, p, input, ctx, { system });
  if (!o.ok) throw new Error(o.message);
  return { ...m, state: o.state, data: o.data, version: m.version + 1 };
}

describe("上会事项 kind", () => {
  it("is well formed", () => {
    expect(kindProblems(K)).toEqual([]);
  });
  it("refer needs the meeting's kind; the office gets the task to arrange it", () => {
    const bad = applyAction(K, blankMatter(K, at), "refer", judge, { summary: "案情" }, ctx);
    expect(bad.ok).toBe(false);
    const o = applyAction(
      K,
      blankMatter(K, at),
      "refer",
      judge,
      { meetingKind: "专业法官会议", ...materials },
      ctx,
    );
    expect(o.ok && o.opens.map((t) => t.position)).toEqual(["office"]);
  });
  it("scheduling and recording are system steps, not buttons", () => {
    const m = step(blankMatter(K, at), "refer", judge, { meetingKind: "专业法官会议", ...materials });
    const refused = applyAction(K, m, "schedule", office, { meetingId: 1 }, ctx);
    expect(refused.ok).toBe(false);
    expect(availableActions(K, m, office, DEFAULT_WORKFLOW_SETTINGS)).toEqual([]);
    // The judge may supply the materials, and the item stays where it is.
    expect(availableActions(K, m, judge, DEFAULT_WORKFLOW_SETTINGS).map((t) => t.action)).toEqual([
      "supply-materials",
    ]);
    const scheduled = step(m, "schedule", office, { meetingId: 1 }, true);
    expect(step(scheduled, "supply-materials", judge, { issues: "利息约定是否有效" }).state).toBe(
      "scheduled",
    );
  });
  it("only the case's judge records adoption; non-adoption needs a reason and goes to the chief", () => {
    let m = step(blankMatter(K, at), "refer", judge, { meetingKind: "专业法官会议", ...materials });
    m = step(m, "schedule", office, { meetingId: 1 }, true);
    const advice = applyAction(K, m, "record-advice", office, { majorityView: "同意" }, ctx, {
      system: true,
    });
    expect(advice.ok && advice.opens[0]?.title).toBe(ADOPTION_TASK);
    m = step(m, "record-advice", office, { majorityView: "同意" }, true);
    expect(availableActions(K, m, otherJudge, DEFAULT_WORKFLOW_SETTINGS)).toEqual([]);
    expect(availableActions(K, m, judge, DEFAULT_WORKFLOW_SETTINGS).map((t) => t.action)).toEqual([
      "adopt",
      "not-adopt",
    ]);
    const short = applyAction(K, m, "not-adopt", judge, { note: "不同意" }, ctx);
    expect(short.ok).toBe(false);
    m = step(m, "not-adopt", judge, { note: "合议庭认为借贷关系证据充分，维持原意见" });
    expect(m.state).toBe("not-adopted");
    expect(availableActions(K, m, chief, DEFAULT_WORKFLOW_SETTINGS).map((t) => t.action)).toEqual([
      "refer-committee",
      "end",
    ]);
    expect(availableActions(K, m, judge, DEFAULT_WORKFLOW_SETTINGS)).toEqual([]);
  });
});
