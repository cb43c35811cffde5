/** The demo court's 督办单: one in every state, for each of the first demo judges, with real traces. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { leaderOfDivision } from "../../../src/app/people/leaders.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

for (const dialect of TEST_DIALECTS) {
  describe(`demo 督办单 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: "2026-11-27", cases: 3000, archiveReports: false });
    }, 300_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("escalates to the 院领导 in charge of the division (the register's 分管院领导), by account", async () => {
      const escalated = await db.db
        .selectFrom("matters")
        .select(["id", "division"])
        .where("kind", "=", "supervision-order")
        .where("state", "=", "escalated-leader")
        .execute();
      expect(escalated.length).toBeGreaterThan(0);
      let named = 0;
      for (const m of escalated) {
        const task = await db.db
          .selectFrom("tasks")
          .select(["assignee_user", "assignee_position"])
          .where("matter_id", "=", m.id)
          .where("title", "=", "督促逾期督办（院领导）")
          .executeTakeFirstOrThrow();
        const leader = await leaderOfDivision(db, m.division);
        expect(task.assignee_user).toBe(leader?.username ?? null);
        if (leader?.username) named++;
      }
      // The demo court names a 分管院领导 with an account for its divisions.
      expect(named).toBeGreaterThan(0);
    });

    it("has orders in every state, each traced from its issue", async () => {
      const rows = await db.db
        .selectFrom("matters")
        .select(["id", "state", "division"])
        .where("kind", "=", "supervision-order")
        .execute();
      const states = new Set(rows.map((r) => r.state));
      for (const s of ["issued", "answered", "returned", "closed", "escalated-chief", "escalated-leader"])
        expect(states, s).toContain(s);
      expect(rows.length).toBeGreaterThanOrEqual(5);
      expect(rows.length).toBeLessThanOrEqual(30);
      const firstSteps = await db.db
        .selectFrom("matter_trace")
        .select(["matter_id", "action"])
        .where("seq", "=", 1)
        .execute();
      expect(
        firstSteps.filter((t) => rows.some((r) => r.id === t.matter_id)).every((t) => t.action === "issue"),
      ).toBe(true);
    });
  });
}
