import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { offending, sourceLiterals } from "../../../test/helpers/user-text.js";
import { legalCalendar } from "../calendar/legal-calendar.js";
import {
  type ApplyContext,
  applyAction,
  blankMatter,
  DEFAULT_WORKFLOW_SETTINGS,
  kindProblems,
  type Matter,
  type Participant,
} from "../workflow/index.js";
import { BATCH_BASIS, BATCH_TRIAL_TASK, BATCH_TRIAL_KIND as K } from "./kind.js";

const ctx: ApplyContext = {
  today: "2025-08-01",
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
const office = who({ username: "office", role: "office", division: null, positions: ["office"] });
const judge = who({ username: "zhang", judgeName: "张法官", positions: ["judge"] });
const chief = who({ username: "chief1", role: "chief", positions: ["chief"] });
const otherChief = who({
  username: "chief2",
  role: "chief",
  division: "民事审判第二庭",
  positions: ["chief"],
});
const clerk = who({ username: "clerk", role: "clerk", positions: [] });
const at = { division: "民事审判第一庭", judge: "", initiator: "office" };

function open(by: Participant, input: Record<string, unknown> = { reason: "同一物业公司起诉多名业主" }) {
  return applyAction(K, blankMatter(K, { ...at, initiator: by.username }), "propose", by, input, ctx);
}
function proposed(): Matter {
  const o = open(office);
  if (!o.ok) throw new Error(o.message);
  return { ...blankMatter(K, at), state: o.state, data: o.data };
}

describe("并案审理建议 (kind)", () => {
  it("is a well-formed kind", () => {
    expect(kindProblems(K)).toEqual([]);
  });
  it("the office or a judge proposes; it goes to the chief of the main division", () => {
    const o = open(office);
    expect(o.ok && o.state).toBe("proposed");
    expect(o.ok && o.opens).toEqual([
      { title: BATCH_TRIAL_TASK, dueOn: null, position: "chief", division: "民事审判第一庭" },
    ]);
    expect(open(judge).ok).toBe(true);
    expect(open(clerk)).toMatchObject({ ok: false, code: "forbidden" });
  });
  it("the reason has at least 5 characters", () => {
    expect(open(office, { reason: "并案" })).toMatchObject({ ok: false, code: "input", field: "reason" });
  });
  it("the chief agrees naming the judge, or refuses with reasons; another division's chief may not", () => {
    const m = proposed();
    expect(applyAction(K, m, "approve", chief, { trialJudge: "张法官" }, ctx)).toMatchObject({
      ok: true,
      state: "approved",
      terminal: true,
    });
    expect(applyAction(K, m, "approve", chief, {}, ctx)).toMatchObject({ ok: false, field: "trialJudge" });
    expect(applyAction(K, m, "approve", otherChief, { trialJudge: "张法官" }, ctx)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(applyAction(K, m, "reject", chief, { note: "不同" }, ctx)).toMatchObject({
      ok: false,
      field: "note",
    });
    expect(applyAction(K, m, "reject", chief, { note: "各案业主抗辩事由不同，不宜并案" }, ctx)).toMatchObject(
      {
        ok: true,
        state: "rejected",
      },
    );
  });
  it("whoever proposed may withdraw it; a decided proposal is final", () => {
    const m = proposed();
    expect(applyAction(K, m, "withdraw", office, {}, ctx)).toMatchObject({ ok: true, state: "withdrawn" });
    expect(applyAction(K, m, "withdraw", judge, {}, ctx)).toMatchObject({ ok: false, code: "forbidden" });
    const done = { ...m, state: "approved" };
    expect(applyAction(K, done, "reject", chief, { note: "各案情况不同不宜并案" }, ctx)).toMatchObject({
      ok: false,
      code: "state",
    });
  });
});

describe("the texts people read", () => {
  it("are Chinese, without developer's notes or English", () => {
    const texts = [
      ...BATCH_BASIS.map((text, i) => ({ where: `basis ${i}`, text })),
      ...["settings.ts", "kind.ts"].flatMap((f) =>
        sourceLiterals(fileURLToPath(new URL(`./${f}`, import.meta.url))),
      ),
      ...sourceLiterals(fileURLToPath(new URL("../../app/batches/list-batches.ts", import.meta.url))),
      ...sourceLiterals(fileURLToPath(new URL("../../app/batches/propose-batch.ts", import.meta.url))),
    ];
    expect(texts.length).toBeGreaterThan(20);
    expect(offending(texts)).toEqual([]);
  });
});
