import { describe, expect, it } from "vitest";
import { accountCourtProblem } from "../court/hierarchy.js";
import {
  authorize,
  managesAccount,
  meetingCourts,
  ownCourt,
  recordCourts,
  reviewCourts,
  seesCourt,
  seesMeeting,
  seesReviewPlan,
} from "./policies.js";
import type { Actor } from "./roles.js";
import { dataScope, withinScope } from "./scope.js";

// 内0602 and 内0603 are siblings under 内06 (鄂尔多斯市中级人民法院); every court has a 民一庭.
const office0602: Actor = { username: "o2", role: "office", court: "内0602", courts: ["内0602"] };
const office06: Actor = {
  username: "o6",
  role: "office",
  court: "内06",
  courts: ["内06", "内0602", "内0603"],
};
const chief0602: Actor = {
  username: "c2",
  role: "chief",
  division: "民一庭",
  court: "内0602",
  courts: ["内0602"],
};
const judge0602: Actor = {
  username: "j2",
  role: "judge",
  division: "民一庭",
  judgeName: "张三",
  court: "内0602",
  courts: ["内0602"],
};
const oneCourtOffice: Actor = { username: "o", role: "office" };
const case0602 = { division: "民一庭", judge: "张三", courtCode: "内0602" };
const case0603 = { division: "民一庭", judge: "张三", courtCode: "内0603" };

describe("courts in policies", () => {
  it("a chief's and a judge's scope is their own court, even under a 中院 account's courts", () => {
    expect(dataScope(chief0602).courts).toEqual(["内0602"]);
    expect(withinScope(dataScope(chief0602), case0602)).toBe(true);
    expect(withinScope(dataScope(chief0602), case0603)).toBe(false);
  });

  it("refuses a record without its court to an account limited to courts, not to a one-court account", () => {
    expect(authorize(office0602, "view-case", { division: "民一庭", judge: "张三" }).allowed).toBe(false);
    expect(authorize(oneCourtOffice, "view-case", { division: "民一庭", judge: "张三" }).allowed).toBe(true);
    expect(authorize(office06, "view-case", case0603).allowed).toBe(true);
    expect(authorize(office0602, "view-case", case0603).allowed).toBe(false);
  });

  it("matches a judge's own case by name within their court only", () => {
    // 张三 of 民一庭 at 内0602 may edit their own loan form, not that of 张三 of 民一庭 at 内0603.
    expect(authorize(judge0602, "edit-loan-form", case0602).allowed).toBe(true);
    expect(authorize(judge0602, "edit-loan-form", case0603).allowed).toBe(false);
    // 张三 may not acknowledge an alert on their own case, but the same name elsewhere is not theirs:
    // there the refusal is the role's (a judge does not acknowledge alerts), not "own case".
    const own = authorize(judge0602, "acknowledge", { ...case0602, state: "new" });
    const other = authorize(judge0602, "acknowledge", { ...case0603, state: "new" });
    expect(own.allowed).toBe(false);
    expect(!own.allowed && own.reason).toContain("本人承办");
    expect(!other.allowed && other.reason).not.toContain("本人承办");
  });

  it("the office acts on its own court's reversals; a 中院 office sees but does not classify a basic court's", () => {
    const r = { ...case0603, state: "unclassified", responsibility: null };
    expect(authorize(office06, "classify-reversal", r).allowed).toBe(false);
    expect(
      authorize({ ...office06, court: "内0603", courts: ["内0603"] }, "classify-reversal", r).allowed,
    ).toBe(true);
    expect(seesCourt(office06, case0603)).toBe(true);
    expect(ownCourt(office06, case0603)).toBe(false);
  });

  it("an administrator of a court manages the accounts of the courts they see only", () => {
    const admin06: Actor = {
      username: "a6",
      role: "admin",
      court: "内06",
      courts: ["内06", "内0602", "内0603"],
    };
    const account = { username: "x", role: "office", disabled: false, lastActiveAdmin: false };
    expect(authorize(admin06, "edit-account", { ...account, court: "内0603" }).allowed).toBe(true);
    expect(authorize(admin06, "edit-account", { ...account, court: "内0102" }).allowed).toBe(false);
    // An account of the whole database is not a court administrator's to change.
    expect(managesAccount(admin06, { court: null })).toBe(false);
    expect(
      authorize({ username: "a", role: "admin" }, "edit-account", { ...account, court: null }).allowed,
    ).toBe(true);
  });

  it("a meeting is read within the reader's courts, run by its own court, and takes its own court's cases", () => {
    const meeting0602 = { secretary: "s", courtCode: "内0602" };
    const meeting0603 = { secretary: "s", courtCode: "内0603" };
    expect(meetingCourts(office06)).toEqual(["内06", "内0602", "内0603"]);
    expect(meetingCourts(chief0602)).toEqual(["内0602"]);
    expect(meetingCourts(oneCourtOffice)).toBeNull();
    // A 书记员 has no data scope: their own court's meetings.
    const clerk0603: Actor = { username: "k3", role: "clerk", court: "内0603", courts: ["内0603"] };
    expect(meetingCourts(clerk0603)).toEqual(["内0603"]);
    expect(authorize(office0602, "view-meeting", meeting0602).allowed).toBe(true);
    const refused = authorize(office0602, "view-meeting", meeting0603);
    expect(refused.allowed).toBe(false);
    expect(!refused.allowed && refused.reason).toContain("该会议不属于您所在法院");
    expect(authorize(office06, "view-meeting", meeting0603).allowed).toBe(true);
    // The 中院 reads a basic court's meeting but does not run it.
    const run = authorize(office06, "run-meeting", meeting0603);
    expect(!run.allowed && run.reason).toContain("只能办理本院的会议");
    expect(authorize(office0602, "run-meeting", meeting0602).allowed).toBe(true);
    expect(authorize(office0602, "run-meeting", meeting0603).allowed).toBe(false);
    // A secretary of another court does not run the meeting even when named.
    expect(authorize(clerk0603, "run-meeting", { secretary: "k3", courtCode: "内0602" }).allowed).toBe(false);
    expect(authorize(clerk0603, "view-meeting", { secretary: "k3", courtCode: "内0603" }).allowed).toBe(true);
    // A meeting without its court (a one-court installation's) stays visible to everyone.
    expect(seesMeeting(office0602, { courtCode: null })).toBe(true);
    expect(authorize(office0602, "view-meeting", { secretary: "s", courtCode: null }).allowed).toBe(true);
    // A 中院 does not refer its basic courts' cases to a meeting: they go to their own court's.
    const refer = authorize(office06, "refer-to-meeting", case0603);
    expect(!refer.allowed && refer.reason).toBe("该案件属于鄂尔多斯康巴什区人民法院，不能提交本院的会议讨论");
    expect(authorize({ ...office06, court: "内0603" }, "refer-to-meeting", case0603).allowed).toBe(true);
    expect(authorize(chief0602, "refer-to-meeting", case0603).allowed).toBe(false);
  });

  it("a 评查 plan or 观摩 round is read within the reader's courts and run by its own court's office", () => {
    const plan0602 = { kind: "review" as const, courtCode: "内0602" };
    const plan0603 = { kind: "review" as const, courtCode: "内0603", courtName: "康巴什区法院（登记名）" };
    expect(reviewCourts(office06)).toEqual(["内06", "内0602", "内0603"]);
    expect(reviewCourts(judge0602)).toEqual(["内0602"]);
    expect(reviewCourts(oneCourtOffice)).toBeNull();
    expect(authorize(office0602, "view-review-plan", plan0602).allowed).toBe(true);
    expect(authorize(judge0602, "view-review-plan", plan0602).allowed).toBe(true);
    const refused = authorize(office0602, "view-review-plan", plan0603);
    expect(!refused.allowed && refused.reason).toBe(
      "无权查看该评查计划：该评查计划不属于您所在法院（或其下级法院）",
    );
    expect(authorize(office06, "view-review-plan", plan0603).allowed).toBe(true);
    // The 中院 reads a basic court's plan but does not run it; the refusal names the plan's court.
    const run = authorize(office06, "run-review-plan", plan0603);
    expect(!run.allowed && run.reason).toContain(
      "该评查计划属于康巴什区法院（登记名），只能由该院审管办办理",
    );
    expect(authorize(office0602, "run-review-plan", plan0602).allowed).toBe(true);
    expect(authorize(office0602, "run-review-plan", plan0603).allowed).toBe(false);
    const round = authorize(office06, "run-review-plan", { kind: "observation", courtCode: "内0602" });
    expect(!round.allowed && round.reason).toContain("该观摩计划属于鄂尔多斯市东胜区人民法院");
    // A plan without its court (a one-court installation's) stays visible and run as before.
    expect(seesReviewPlan(office0602, { courtCode: null })).toBe(true);
    expect(authorize(office0602, "run-review-plan", { kind: "review", courtCode: null }).allowed).toBe(true);
    // A round's member of the sibling court reads and scores nothing of it.
    const clerk0603: Actor = { username: "k3", role: "clerk", court: "内0603", courts: ["内0603"] };
    const round0602 = { kind: "observation" as const, courtCode: "内0602", members: ["k3", "j2"] };
    expect(authorize(clerk0603, "view-review-plan", round0602).allowed).toBe(false);
    expect(authorize(clerk0603, "view-review-plan", { ...round0602, courtCode: "内0603" }).allowed).toBe(
      true,
    );
    expect(authorize(clerk0603, "score-observation", round0602).allowed).toBe(false);
    expect(authorize(judge0602, "score-observation", round0602).allowed).toBe(true);
    // The reviewer named scores a case of their own court only; their own case never.
    expect(authorize(judge0602, "score-review", { ...case0603, judge: "李四", reviewer: "j2" }).allowed).toBe(
      false,
    );
    expect(authorize(judge0602, "score-review", { ...case0602, judge: "李四", reviewer: "j2" }).allowed).toBe(
      true,
    );
    const own = authorize(judge0602, "score-review", { ...case0602, reviewer: "j2" });
    expect(!own.allowed && own.reason).toBe("不得评查本人承办的案件");
    // The case's judge answers a result of their own court's case only.
    expect(authorize(judge0602, "answer-review", case0602).allowed).toBe(true);
    expect(authorize(judge0602, "answer-review", case0603).allowed).toBe(false);
  });

  it("a 类案裁判规则 is kept by its court; a 中院 reads its basic courts' rules but keeps none of them", () => {
    expect(recordCourts(office06)).toEqual(["内06", "内0602", "内0603"]);
    expect(recordCourts(judge0602)).toEqual(["内0602"]);
    expect(recordCourts(oneCourtOffice)).toBeNull();
    const rule0602 = { status: "draft", courtCode: "内0602" };
    const rule0603 = { status: "draft", courtCode: "内0603", courtName: "康巴什区法院（登记名）" };
    expect(authorize(office0602, "edit-case-rule", rule0602).allowed).toBe(true);
    // The sibling court's rule: refused, named by the name the app read from the courts table.
    const sibling = authorize(office0602, "edit-case-rule", rule0603);
    expect(!sibling.allowed && sibling.reason).toBe(
      "无权修改该规则：该规则属于康巴什区法院（登记名），不属于您所在法院（或其下级法院）",
    );
    const mid = authorize(office06, "adopt-case-rule", { ...rule0603, courtName: undefined });
    expect(!mid.allowed && mid.reason).toContain("该规则属于鄂尔多斯康巴什区人民法院，只能由该院审管办办理");
    expect(authorize(office06, "retire-case-rule", { status: "adopted", courtCode: "内0602" }).allowed).toBe(
      false,
    );
    expect(authorize(office06, "edit-case-rule", { status: "draft", courtCode: "内06" }).allowed).toBe(true);
    // A rule without its court (a one-court installation's) is kept by every office, as before.
    expect(authorize(office0602, "edit-case-rule", { status: "draft", courtCode: null }).allowed).toBe(true);
    // The state still decides once the court is right.
    expect(authorize(office0602, "edit-case-rule", { ...rule0602, status: "adopted" }).allowed).toBe(false);
  });

  it("a 评析会 is changed by its cases' own court's office only", () => {
    expect(authorize(office0602, "edit-review-meeting", { entries: [case0602] }).allowed).toBe(true);
    const mid = authorize(office06, "edit-review-meeting", { entries: [case0603] });
    expect(!mid.allowed && mid.reason).toBe(
      "只能修改本院的评析会：该评析会评析的是鄂尔多斯康巴什区人民法院的案件",
    );
    expect(authorize(office0602, "edit-review-meeting", { entries: [case0602, case0603] }).allowed).toBe(
      false,
    );
    expect(authorize(oneCourtOffice, "edit-review-meeting", { entries: [case0602, case0603] }).allowed).toBe(
      true,
    );
    // Read as before by whoever reads one of its cases: now that the entries say their court.
    expect(authorize(office06, "view-review-meeting", { entries: [case0603] }).allowed).toBe(true);
    expect(authorize(office0602, "view-review-meeting", { entries: [case0603] }).allowed).toBe(false);
    expect(authorize(judge0602, "view-review-meeting", { entries: [case0602] }).allowed).toBe(true);
    expect(authorize(judge0602, "record-review", { ...case0602, part: "self" }).allowed).toBe(true);
    expect(authorize(judge0602, "record-review", { ...case0603, part: "self" }).allowed).toBe(false);
  });

  it("checks the court an administrator gives an account", () => {
    expect(accountCourtProblem(null, null)).toBeNull();
    expect(accountCourtProblem(null, "内0603")).toBeNull();
    expect(accountCourtProblem(null, "X12")).toContain("不是有效的法院代字");
    expect(accountCourtProblem("内06", "内0603")).toBeNull();
    // 内0102 lies under 内01, not under 内06.
    expect(accountCourtProblem("内06", "内0102")).toContain("不在您所在法院");
    expect(accountCourtProblem("内06", null)).toContain("请填写账号所属法院");
  });
});
