/**
 * The policy matrix: every action × every role, on records inside and outside the actor's scope and
 * in each state. The expectations restate who may do what in the court (docs/api.md), written out
 * here by hand rather than read from the grant table.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS, type Action, type AlertRef, alertActions, authorize, type CaseRef } from "./policies.js";
import { type Actor, ROLES, type Role } from "./roles.js";

const ACTORS: Record<Role, Actor> = {
  admin: { username: "admin", role: "admin" },
  office: { username: "analyst", role: "office" },
  president: { username: "president", role: "president" },
  chief: { username: "chief", role: "chief", division: "民一庭" },
  judge: { username: "judge", role: "judge", division: "民一庭", judgeName: "王法官" },
  clerk: { username: "clerk", role: "clerk" },
};

const OWN_CASE: CaseRef = { division: "民一庭", judge: "王法官" };
/** Same division, another judge. */
const COLLEAGUES_CASE: CaseRef = { division: "民一庭", judge: "李法官" };
/** Another division. */
const OTHER_DIVISION: CaseRef = { division: "刑事庭", judge: "赵法官" };

type Expectation = Record<Role, boolean>;
const all: Expectation = {
  admin: true,
  office: true,
  president: true,
  chief: true,
  judge: true,
  clerk: true,
};
const caseReaders: Expectation = { ...all, clerk: false };
const wholeCourt: Expectation = { ...all, chief: false, judge: false, clerk: false };
const importers: Expectation = { ...wholeCourt, president: false, clerk: true };
const officeAndAdmin: Expectation = { ...wholeCourt, president: false };
const adminOnly: Expectation = { ...officeAndAdmin, office: false };
const nobody: Expectation = { ...adminOnly, admin: false };

/** Each action, with the records it is tried on and who may take it on each. */
const MATRIX: { [A in Action]: { record?: unknown; label: string; expect: Expectation }[] } = {
  "view-indicators": [{ label: "", expect: caseReaders }],
  "view-cases": [{ label: "", expect: caseReaders }],
  "view-alerts": [{ label: "", expect: caseReaders }],
  "view-bulletins": [{ label: "", expect: wholeCourt }],
  import: [{ label: "", expect: importers }],
  "view-imports": [{ label: "", expect: importers }],
  refresh: [{ label: "", expect: officeAndAdmin }],
  // Everyone has their own inbox (a clerk may be sent a task by name).
  "view-inbox": [{ label: "", expect: all }],
  "manage-users": [{ label: "", expect: adminOnly }],
  "view-rule-catalogue": [{ label: "", expect: all }],
  "view-meta": [{ label: "", expect: all }],
  // 人员名册: those who see the court or a division read it; the office and the administrator keep it.
  "view-staff": [{ label: "", expect: { ...wholeCourt, chief: true } }],
  "view-reports": [
    { label: "whole court", record: { division: null }, expect: wholeCourt },
    { label: "own division", record: { division: "民一庭" }, expect: { ...wholeCourt, chief: true } },
    { label: "another division", record: { division: "刑事庭" }, expect: wholeCourt },
  ],
  "manage-staff": [{ label: "", expect: officeAndAdmin }],
  "edit-staff": [{ label: "", record: { division: "民一庭", active: true }, expect: officeAndAdmin }],
  "deactivate-staff": [
    { label: "in post", record: { division: "民一庭", active: true }, expect: officeAndAdmin },
    { label: "already left", record: { division: "民一庭", active: false }, expect: nobody },
  ],
  "activate-staff": [
    { label: "left", record: { division: "民一庭", active: false }, expect: officeAndAdmin },
    { label: "in post", record: { division: "民一庭", active: true }, expect: nobody },
  ],
  "view-sign-off": [{ label: "", expect: caseReaders }],
  // 考核: scores within one's scope; the schemes are the office's (and the administrator's).
  "view-assessment": [{ label: "", expect: caseReaders }],
  "manage-assessment-schemes": [{ label: "", expect: officeAndAdmin }],
  // Only an account with a judge's name and division uploads a draft for 阅核.
  "upload-sign-off-file": [{ label: "", expect: { ...nobody, judge: true } }],
  // 加权工作量 compares judges: those who see a division or the court read it, a judge does not.
  "view-workload": [{ label: "", expect: { ...caseReaders, judge: false } }],
  "edit-workload-weights": [{ label: "", expect: officeAndAdmin }],
  // 业绩档案: the judge themselves, their chief, and the whole-court roles.
  "view-judge-record": [
    { label: "the judge's own", record: OWN_CASE, expect: caseReaders },
    { label: "a colleague's", record: COLLEAGUES_CASE, expect: { ...caseReaders, judge: false } },
    { label: "another division's judge", record: OTHER_DIVISION, expect: wholeCourt },
  ],
  "view-assignment": [
    { label: "in the chief's division", record: OWN_CASE, expect: { ...caseReaders, judge: false } },
    { label: "another division", record: OTHER_DIVISION, expect: wholeCourt },
  ],
  "decide-assignment": [
    {
      label: "pending, undecided, the chief's division",
      record: { ...COLLEAGUES_CASE, pending: true, decided: false },
      expect: { ...officeAndAdmin, chief: true },
    },
    {
      label: "pending, undecided, another division",
      record: { ...OTHER_DIVISION, pending: true, decided: false },
      expect: officeAndAdmin,
    },
    { label: "already decided", record: { ...OWN_CASE, pending: true, decided: true }, expect: nobody },
    { label: "closed", record: { ...OWN_CASE, pending: false, decided: false }, expect: nobody },
  ],
  // 报表归档: the whole court's readers and the division chiefs; a chief downloads their division's only.
  "view-report-archive": [{ label: "", expect: { ...wholeCourt, chief: true } }],
  "download-report": [
    { label: "the court's version", record: { scope: "court" }, expect: wholeCourt },
    {
      label: "the chief's division's version",
      record: { scope: "民一庭" },
      expect: { ...wholeCourt, chief: true },
    },
    { label: "another division's version", record: { scope: "刑事庭" }, expect: wholeCourt },
  ],
  "view-jobs": [{ label: "", expect: officeAndAdmin }],
  "run-job": [{ label: "", expect: officeAndAdmin }],
  "edit-job-settings": [{ label: "", expect: officeAndAdmin }],
  "view-meetings": [{ label: "", expect: caseReaders }],
  // One meeting: those who read the meetings, and its secretary (here the clerk's account) even
  // without access to the cases.
  "view-meeting": [
    { label: "another's meeting", record: { secretary: "someone" }, expect: caseReaders },
    { label: "the clerk is its secretary", record: { secretary: "clerk" }, expect: all },
  ],
  "create-meeting": [{ label: "", expect: { ...nobody, office: true, president: true } }],
  "run-meeting": [
    {
      label: "another's meeting",
      record: { secretary: "someone" },
      expect: { ...nobody, office: true, president: true },
    },
    // The secretary named for the meeting (here the judge's account) runs it.
    {
      label: "the judge is its secretary",
      record: { secretary: "judge" },
      expect: { ...nobody, office: true, president: true, judge: true },
    },
  ],
  "refer-to-meeting": [
    {
      label: "the judge's own case",
      record: OWN_CASE,
      expect: { ...nobody, office: true, president: true, chief: true, judge: true },
    },
    {
      label: "a colleague's case",
      record: COLLEAGUES_CASE,
      expect: { ...nobody, office: true, president: true, chief: true },
    },
    {
      label: "another division's case",
      record: OTHER_DIVISION,
      expect: { ...nobody, office: true, president: true },
    },
  ],
  // 案件评查: whoever reads cases reads the review; only the office runs it.
  "view-review": [{ label: "", expect: caseReaders }],
  "manage-review": [{ label: "", expect: { ...nobody, office: true } }],
  // One plan: read as the review (a round also by its 考评小组's members); run by the office.
  "view-review-plan": [
    { label: "a plan", record: { kind: "review" }, expect: caseReaders },
    { label: "a round the clerk scores", record: { kind: "observation", members: ["clerk"] }, expect: all },
  ],
  "run-review-plan": [{ label: "", record: { kind: "review" }, expect: { ...nobody, office: true } }],
  // Only the reviewer the draw named scores (the judge is named here and still refused: own case).
  "score-review": [
    {
      label: "named reviewer",
      record: { division: "刑事庭", judge: "赵法官", reviewer: "judge" },
      expect: { ...nobody, judge: true },
    },
    { label: "own case", record: { ...OWN_CASE, reviewer: "judge" }, expect: nobody },
    {
      label: "someone else named",
      record: { ...OTHER_DIVISION, reviewer: "analyst" },
      expect: { ...nobody, office: true },
    },
  ],
  // The case's judge answers a result, nobody else.
  "answer-review": [
    { label: "own case", record: OWN_CASE, expect: { ...nobody, judge: true } },
    { label: "colleague's case", record: COLLEAGUES_CASE, expect: nobody },
  ],
  "score-observation": [
    {
      label: "member",
      record: { members: ["president", "chief"] },
      expect: { ...nobody, president: true, chief: true },
    },
  ],
  // 民间借贷要素表: read as the case; entered by the case's judge only.
  "view-loan-form": [
    { label: "the judge's own case", record: OWN_CASE, expect: caseReaders },
    { label: "a colleague's case", record: COLLEAGUES_CASE, expect: { ...caseReaders, judge: false } },
    { label: "another division's case", record: OTHER_DIVISION, expect: wholeCourt },
  ],
  "edit-loan-form": [
    { label: "the judge's own case", record: OWN_CASE, expect: { ...nobody, judge: true } },
    { label: "a colleague's case", record: COLLEAGUES_CASE, expect: nobody },
  ],
  "view-case": [
    { label: "the judge's own case", record: OWN_CASE, expect: caseReaders },
    { label: "a colleague's case", record: COLLEAGUES_CASE, expect: { ...caseReaders, judge: false } },
    { label: "another division's case", record: OTHER_DIVISION, expect: { ...wholeCourt } },
  ],
  "view-matter": [
    {
      label: "on the judge's own case",
      record: { ...OWN_CASE, initiator: "analyst", taskForReader: false },
      expect: caseReaders,
    },
    {
      label: "on another division's case",
      record: { ...OTHER_DIVISION, initiator: "analyst", taskForReader: false },
      expect: wholeCourt,
    },
    // Whoever opened a matter, or has a task on it, reads it whatever their scope.
    {
      label: "opened by the clerk, on another division's case",
      record: { ...OTHER_DIVISION, initiator: "clerk", taskForReader: false },
      expect: { ...wholeCourt, clerk: true },
    },
  ],
  "edit-account": [
    {
      label: "",
      record: { username: "x", role: "judge", disabled: false, lastActiveAdmin: false },
      expect: adminOnly,
    },
  ],
  "reset-password": [
    {
      label: "another's",
      record: { username: "x", role: "judge", disabled: false, lastActiveAdmin: false },
      expect: adminOnly,
    },
    // Everyone changes their own password themselves, knowing the current one.
    {
      label: "one's own",
      record: { username: "admin", role: "admin", disabled: false, lastActiveAdmin: false },
      expect: nobody,
    },
  ],
  "disable-account": [
    {
      label: "an active account",
      record: { username: "x", role: "judge", disabled: false, lastActiveAdmin: false },
      expect: adminOnly,
    },
    {
      label: "already disabled",
      record: { username: "x", role: "judge", disabled: true, lastActiveAdmin: false },
      expect: nobody,
    },
    {
      label: "one's own",
      record: { username: "admin", role: "admin", disabled: false, lastActiveAdmin: false },
      expect: nobody,
    },
    {
      label: "the only active administrator",
      record: { username: "root", role: "admin", disabled: false, lastActiveAdmin: true },
      expect: nobody,
    },
  ],
  "enable-account": [
    {
      label: "a disabled account",
      record: { username: "x", role: "judge", disabled: true, lastActiveAdmin: false },
      expect: adminOnly,
    },
    {
      label: "an active account",
      record: { username: "x", role: "judge", disabled: false, lastActiveAdmin: false },
      expect: nobody,
    },
  ],
  // 发改案件 (docs/reversals.md): read within one's scope; the office classifies and decides
  // objections; the judge whose case it is objects to a 差错 or 瑕疵 finding, once.
  "view-reversals": [{ label: "", expect: caseReaders }],
  "classify-reversal": [
    {
      label: "unclassified",
      record: { ...OWN_CASE, state: "unclassified", responsibility: null },
      expect: officeAndAdmin,
    },
    {
      label: "classified (reclassify)",
      record: { ...OWN_CASE, state: "classified", responsibility: "差错" },
      expect: officeAndAdmin,
    },
    {
      label: "objection pending",
      record: { ...OWN_CASE, state: "objected", responsibility: "差错" },
      expect: nobody,
    },
    {
      label: "objection decided",
      record: { ...OWN_CASE, state: "decided", responsibility: "差错" },
      expect: nobody,
    },
  ],
  "object-reversal": [
    {
      label: "own case, 差错",
      record: { ...OWN_CASE, state: "classified", responsibility: "差错" },
      expect: { ...nobody, judge: true },
    },
    {
      label: "own case, 瑕疵",
      record: { ...OWN_CASE, state: "classified", responsibility: "瑕疵" },
      expect: { ...nobody, judge: true },
    },
    {
      label: "own case, 非差错",
      record: { ...OWN_CASE, state: "classified", responsibility: "非差错" },
      expect: nobody,
    },
    {
      label: "own case, unclassified",
      record: { ...OWN_CASE, state: "unclassified", responsibility: null },
      expect: nobody,
    },
    {
      label: "own case, objected already",
      record: { ...OWN_CASE, state: "objected", responsibility: "差错" },
      expect: nobody,
    },
    {
      label: "a colleague's case",
      record: { ...COLLEAGUES_CASE, state: "classified", responsibility: "差错" },
      expect: nobody,
    },
  ],
  "decide-reversal-objection": [
    {
      label: "objection pending",
      record: { ...OWN_CASE, state: "objected", responsibility: "差错" },
      expect: officeAndAdmin,
    },
    {
      label: "no objection",
      record: { ...OWN_CASE, state: "classified", responsibility: "差错" },
      expect: nobody,
    },
  ],
  "manage-review-meetings": [{ label: "", expect: officeAndAdmin }],
  "edit-review-meeting": [
    { label: "", record: { entries: [OWN_CASE, OTHER_DIVISION] }, expect: officeAndAdmin },
  ],
  "view-review-meeting": [
    { label: "on the judge's own case", record: { entries: [OWN_CASE] }, expect: caseReaders },
    {
      label: "on a colleague's case",
      record: { entries: [COLLEAGUES_CASE] },
      expect: { ...caseReaders, judge: false },
    },
    { label: "on another division's case", record: { entries: [OTHER_DIVISION] }, expect: wholeCourt },
  ],
  "record-review": [
    {
      label: "自评 on the judge's own case",
      record: { ...OWN_CASE, part: "self" },
      expect: { ...nobody, judge: true },
    },
    { label: "自评 on a colleague's case", record: { ...COLLEAGUES_CASE, part: "self" }, expect: nobody },
    {
      label: "讲评 in the chief's division",
      record: { ...OWN_CASE, part: "chief" },
      expect: { ...nobody, chief: true },
    },
    { label: "讲评 in another division", record: { ...OTHER_DIVISION, part: "chief" }, expect: nobody },
    { label: "点评", record: { ...OWN_CASE, part: "leader" }, expect: wholeCourt },
  ],
  "view-appraisals": [{ label: "", expect: caseReaders }],
  "edit-appraisals": [{ label: "", expect: importers }],
  "view-archiving": [{ label: "", expect: caseReaders }],
  "view-case-rules": [{ label: "", expect: caseReaders }],
  "edit-case-rule": [
    { label: "draft", record: { status: "draft" }, expect: officeAndAdmin },
    { label: "adopted", record: { status: "adopted" }, expect: nobody },
  ],
  "adopt-case-rule": [
    { label: "draft", record: { status: "draft" }, expect: officeAndAdmin },
    { label: "retired", record: { status: "retired" }, expect: nobody },
  ],
  "retire-case-rule": [
    { label: "adopted", record: { status: "adopted" }, expect: officeAndAdmin },
    { label: "draft", record: { status: "draft" }, expect: nobody },
  ],
  // 繁简分流: case readers see the suggestions in their scope; the office keeps the settings.
  "view-triage": [{ label: "", expect: caseReaders }],
  "edit-triage-settings": [{ label: "", expect: officeAndAdmin }],
  "view-termination-library": [{ label: "", expect: caseReaders }],
  "record-termination-search": [
    {
      label: "the judge's own entry",
      record: { ...OWN_CASE, state: "overdue", propertyFound: false },
      expect: { ...caseReaders, president: false },
    },
    {
      label: "a colleague's entry",
      record: { ...COLLEAGUES_CASE, state: "due", propertyFound: false },
      expect: { ...caseReaders, president: false, judge: false },
    },
    {
      label: "another division",
      record: { ...OTHER_DIVISION, state: "due", propertyFound: false },
      expect: officeAndAdmin,
    },
    {
      label: "resumed by a 执恢",
      record: { ...OWN_CASE, state: "resumed", propertyFound: false },
      expect: nobody,
    },
  ],
  "propose-resumption": [
    {
      label: "property found, the judge's own entry",
      record: { ...OWN_CASE, state: "due", propertyFound: true },
      expect: { ...caseReaders, president: false },
    },
    {
      label: "no property found",
      record: { ...OWN_CASE, state: "due", propertyFound: false },
      expect: nobody,
    },
  ],
  "view-business-environment": [{ label: "", expect: caseReaders }],
  "edit-business-environment-definitions": [{ label: "", expect: officeAndAdmin }],
  acknowledge: [
    {
      label: "new, the judge's own case (a judge does not clear warnings on their cases)",
      record: { ...OWN_CASE, state: "new" },
      expect: { ...caseReaders, judge: false },
    },
    { label: "acknowledged already", record: { ...OWN_CASE, state: "acknowledged" }, expect: nobody },
    {
      label: "new, a colleague's case",
      record: { ...COLLEAGUES_CASE, state: "new" },
      expect: { ...caseReaders, judge: false },
    },
    { label: "new, another division", record: { ...OTHER_DIVISION, state: "new" }, expect: wholeCourt },
    {
      label: "new, under an open 督办单 (closed through the order)",
      record: { ...COLLEAGUES_CASE, state: "new", order: { state: "issued", open: true } },
      expect: nobody,
    },
    {
      label: "new, its 督办单 closed (销号)",
      record: { ...COLLEAGUES_CASE, state: "new", order: { state: "closed", open: false } },
      expect: { ...caseReaders, judge: false },
    },
    {
      label: "resolved (nothing left to acknowledge)",
      record: { ...OWN_CASE, state: "resolved" },
      expect: {
        ...all,
        admin: false,
        office: false,
        president: false,
        chief: false,
        judge: false,
        clerk: false,
      },
    },
  ], // 判后释明与督促履行 (docs/aftercare.md): read within one's scope; the case's judge, the chief of
  // its division and the office record; a 督促 task closed by a 执 case takes no more records.
  "view-aftercare": [{ label: "", expect: caseReaders }],
  "record-aftercare": [
    {
      label: "own case",
      record: { ...OWN_CASE, closedByEnforcement: false },
      expect: { ...officeAndAdmin, chief: true, judge: true },
    },
    {
      label: "a colleague's case",
      record: { ...COLLEAGUES_CASE, closedByEnforcement: false },
      expect: { ...officeAndAdmin, chief: true },
    },
    {
      label: "another division",
      record: { ...OTHER_DIVISION, closedByEnforcement: false },
      expect: officeAndAdmin,
    },
    { label: "closed by a 执 case", record: { ...OWN_CASE, closedByEnforcement: true }, expect: nobody },
  ],
  // 并案审理: whoever reads cases sees the groups (the list keeps those with a case in their scope).
  "view-batches": [{ label: "", expect: caseReaders }],
  // 审管办 (and the administrator) propose any group; a judge a group with one of their own cases;
  // never a group already proposed (waiting or agreed).
  "propose-batch": [
    {
      label: "a group with the judge's own case",
      record: { cases: [OTHER_DIVISION, OWN_CASE], proposed: false },
      expect: { ...officeAndAdmin, judge: true },
    },
    {
      label: "a group of colleagues' cases",
      record: { cases: [COLLEAGUES_CASE], proposed: false },
      expect: officeAndAdmin,
    },
    { label: "already proposed", record: { cases: [OWN_CASE], proposed: true }, expect: nobody },
  ],
  "edit-batch-settings": [{ label: "", expect: officeAndAdmin }],
};

describe("policies", () => {
  it("the matrix names every action", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
  });

  for (const [action, rows] of Object.entries(MATRIX) as [Action, (typeof MATRIX)[Action]][]) {
    for (const row of rows) {
      it(`${action}${row.label ? ` — ${row.label}` : ""}`, () => {
        const got = Object.fromEntries(
          ROLES.map((role) => {
            const d = (authorize as (a: Actor, x: Action, r?: unknown) => { allowed: boolean })(
              ACTORS[role],
              action,
              row.record,
            );
            return [role, d.allowed];
          }),
        );
        expect(got).toEqual(row.expect);
      });
    }
  }

  it("a refusal says why, in Chinese", () => {
    const d = authorize(ACTORS.judge, "view-case", OTHER_DIVISION);
    expect(d).toEqual({ allowed: false, reason: "无权查看该案件：不在您的数据范围内" });
    const r = authorize(ACTORS.office, "acknowledge", { ...OWN_CASE, state: "resolved" });
    expect(r.allowed).toBe(false);
    if (!r.allowed) expect(r.reason).toMatch(/已消除/);
    const o = authorize(ACTORS.office, "acknowledge", {
      ...OWN_CASE,
      state: "new",
      order: { state: "answered", open: true },
    });
    expect(o).toEqual({ allowed: false, reason: "该预警已督办，请通过督办单销号" });
  });

  it("an account without its scope reads nothing", () => {
    const chief: Actor = { username: "x", role: "chief" };
    const judge: Actor = { username: "y", role: "judge", division: "民一庭" };
    // A judge's name without a division would match every judge of that name in every division.
    const judgeWithoutDivision: Actor = { username: "z", role: "judge", judgeName: "王法官" };
    for (const a of [chief, judge, judgeWithoutDivision]) {
      expect(authorize(a, "view-cases").allowed).toBe(false);
      expect(authorize(a, "view-case", OWN_CASE).allowed).toBe(false);
    }
  });

  it("an alert row offers exactly the actions its reader may take", () => {
    const alert: AlertRef = { ...OWN_CASE, state: "new" };
    expect(alertActions(ACTORS.judge, alert)).toEqual([]);
    expect(alertActions(ACTORS.chief, alert)).toEqual(["acknowledge"]);
    expect(alertActions(ACTORS.clerk, alert)).toEqual([]);
    expect(alertActions(ACTORS.office, { ...alert, state: "resolved" })).toEqual([]);
    expect(alertActions(ACTORS.chief, { ...OTHER_DIVISION, state: "new" })).toEqual([]);
  });
});
