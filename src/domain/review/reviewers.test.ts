import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignReviewers, type ReviewedCase, type ReviewerCandidate, reviewerConflict } from "./reviewers.js";

const zhang: ReviewerCandidate = {
  username: "zhang",
  name: "张法官",
  division: "民一庭",
  judgeName: "张法官",
};
const li: ReviewerCandidate = { username: "li", name: "李法官", division: "民二庭", judgeName: "李法官" };
const wang: ReviewerCandidate = { username: "wang", name: "王法官", division: "刑庭", judgeName: "王法官" };
const office: ReviewerCandidate = { username: "office", name: "审管办", division: null, judgeName: null };
const case1: ReviewedCase = { caseId: 1, caseNumber: "（2026）测1号", division: "民一庭", judge: "张法官" };
const case2: ReviewedCase = { caseId: 2, caseNumber: "（2026）测2号", division: "民一庭", judge: "赵法官" };

describe("reviewerConflict", () => {
  it("never the case's own judge, whatever the plan", () => {
    for (const kind of ["routine", "focus", "special", "cross"] as const)
      expect(reviewerConflict(kind, zhang, case1)).toContain("不得评查本人承办的案件");
  });
  it("a colleague of the same division may review a routine case but not a cross one", () => {
    expect(reviewerConflict("routine", zhang, case2)).toBeNull();
    expect(reviewerConflict("cross", zhang, case2)).toContain("不得来自案件所在部门（民一庭）");
  });
  it("cross review wants someone of a trial division; the office may do routine review", () => {
    expect(reviewerConflict("cross", office, case2)).toContain("未归属任何部门");
    expect(reviewerConflict("routine", office, case2)).toBeNull();
    expect(reviewerConflict("cross", li, case2)).toBeNull();
  });
});

describe("assignReviewers", () => {
  it("balances the load and is reproducible from the seed", () => {
    const cases = [1, 2, 3, 4].map((i) => ({ ...case2, caseId: i }));
    const a = assignReviewers("cross", cases, [zhang, li, wang], 5);
    expect(a.unassigned).toEqual([]);
    // 张法官 is of 民一庭: the four cases go two and two to 李 and 王.
    const counts: Record<string, number> = {};
    for (const x of a.assignments) counts[x.reviewer] = (counts[x.reviewer] ?? 0) + 1;
    expect(counts).toEqual({ li: 2, wang: 2 });
    expect(assignReviewers("cross", cases, [wang, li, zhang], 5)).toEqual(a);
  });
  it("leaves a case unassigned rather than break the rule", () => {
    expect(assignReviewers("cross", [case2], [zhang], 1)).toEqual({ assignments: [], unassigned: [2] });
  });
  it("property: a cross assignment is never of the case's division nor its judge", () => {
    const divisions = ["民一庭", "民二庭", "刑庭"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 2 }), j: fc.integer({ min: 0, max: 3 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 2 }), j: fc.integer({ min: 0, max: 3 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(0xffffffff),
        (cs, rs, seed) => {
          const cases = cs.map((c, i) => ({
            caseId: i + 1,
            caseNumber: `案${i}`,
            division: divisions[c.d]!,
            judge: `法官${c.j}`,
          }));
          const reviewers = rs.map((r, i) => ({
            username: `u${i}`,
            name: `法官${r.j}`,
            division: divisions[r.d]!,
            judgeName: `法官${r.j}`,
          }));
          const out = assignReviewers("cross", cases, reviewers, seed);
          expect(out.assignments.length + out.unassigned.length).toBe(cases.length);
          for (const a of out.assignments) {
            const c = cases.find((x) => x.caseId === a.caseId)!;
            const r = reviewers.find((x) => x.username === a.reviewer)!;
            expect(r.division).not.toBe(c.division);
            expect(r.judgeName).not.toBe(c.judge);
          }
          for (const id of out.unassigned) {
            const c = cases.find((x) => x.caseId === id)!;
            expect(reviewers.every((r) => r.division === c.division || r.judgeName === c.judge)).toBe(true);
          }
        },
      ),
    );
  });
});
