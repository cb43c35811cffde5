/** The demo court's 案件评查 and 庭审观摩: four kinds of plans in several states, a 示范庭, a bulletin. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { getObservationPlan, listObservationPlans } from "../../../src/app/observation/observation-plans.js";
import { createReviewPlan } from "../../../src/app/review/create-review-plan.js";
import { drawReviewPlan } from "../../../src/app/review/draw-review-plan.js";
import { exportReviewBulletin } from "../../../src/app/review/export-review-bulletin.js";
import { getReviewPlan, listReviewPlans } from "../../../src/app/review/list-review-plans.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2026-11-27";
const office: Actor = { username: "demo-office", role: "office" };

for (const dialect of TEST_DIALECTS) {
  describe(`demo 案件评查 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, cases: 3000, archiveReports: false });
    }, 300_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has plans of all four kinds, the 常规 one in every review state with 整改 open (overdue) and verified", async () => {
      const plans = await listReviewPlans(office, db);
      expect(new Set(plans.map((p) => p.kindLabel))).toEqual(
        new Set(["常规评查", "重点评查", "专项评查", "交叉评查"]),
      );
      expect(new Set(plans.map((p) => p.stateLabel))).toEqual(new Set(["待抽取", "已抽取"]));
      const routine = plans.find((p) => p.kind === "routine");
      const detail = await getReviewPlan(office, db, routine?.id ?? 0, AS_OF);
      const states = new Set(detail.cases.map((c) => c.stateLabel));
      for (const s of ["待评查", "待复核", "待反馈", "已确认", "异议待处理", "异议已处理"])
        expect(states, s).toContain(s);
      expect(detail.rectifications.map((r) => r.stateLabel).sort()).toEqual(["已验收", "待整改"]);
      expect(detail.overdueRectifications).toBe(1);
      const docx = await exportReviewBulletin(office, db, routine?.id ?? 0, "docx", AS_OF);
      expect(docx.content.subarray(0, 2).toString()).toBe("PK");
      const cross = await getReviewPlan(office, db, plans.find((p) => p.kind === "cross")?.id ?? 0, AS_OF);
      expect(cross.cases.length).toBeGreaterThan(0);
      for (const c of cross.cases) expect(c.reviewer).not.toBeNull();
    });

    it("a 专项 plan on 隐形超审限 draws only cases with such an alert", async () => {
      const { id } = await createReviewPlan(office, db, {
        kind: "special",
        title: "隐形超审限专项评查",
        from: "2025-11-28",
        to: AS_OF,
        size: 20,
        filter: { concealedOverrun: true },
        reviewers: ["demo-judge-1", "demo-judge-2"],
      });
      await drawReviewPlan(office, db, id, AS_OF);
      const plan = await getReviewPlan(office, db, id, AS_OF);
      expect(plan.cases.length).toBeGreaterThan(0);
      const flagged = await db.db
        .selectFrom("alerts")
        .select("case_id")
        .where("family", "=", "concealed-overrun")
        .execute();
      const ids = new Set(flagged.map((a) => Number(a.case_id)));
      for (const c of plan.cases) expect(ids.has(c.caseId), c.caseNumber).toBe(true);
    });

    it("has an observation round scored by five members with a confirmed 示范庭 and its 座谈会", async () => {
      const [round] = await listObservationPlans(office, db);
      expect(round?.meetingHeld).toBe(true);
      const view = await getObservationPlan(office, db, round?.id ?? 0);
      expect(view.hearings.every((h) => h.scorers === 5 && h.trimmed)).toBe(true);
      expect(view.hearings.filter((h) => h.confirmed)).toHaveLength(1);
      expect(view.hearings[0]?.confirmed).toBe(true);
    });
  });
}
