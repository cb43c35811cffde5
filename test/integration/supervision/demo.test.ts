/**
 * The demo court's 四类案件 (seedDemoCourt → seedDemoWorkflows → seedDemoSupervision), on SQLite
 * and PostgreSQL: every state present, each step in the trace, deterministic.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";

for (const dialect of TEST_DIALECTS) {
  describe(`demo 四类案件 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, cases: 12000, archiveReports: false });
    }, 180_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has every state, with real traces and open tasks for judges", async () => {
      const matters = await db.db
        .selectFrom("matters")
        .select(["id", "state"])
        .where("kind", "=", "supervised-case")
        .orderBy("id")
        .execute();
      const states = new Set(matters.map((m) => m.state));
      expect([...states].sort()).toEqual(["candidate", "closed", "revoked", "supervised"]);
      expect(matters.length).toBeLessThan(100);
      const actions = await db.db
        .selectFrom("matter_trace as t")
        .innerJoin("matters as m", "m.id", "t.matter_id")
        .select("t.action")
        .where("m.kind", "=", "supervised-case")
        .execute();
      const seen = new Set(actions.map((a) => a.action));
      for (const a of ["identify", "mark", "confirm", "revoke", "request-report", "close-with-case"])
        expect(seen, a).toContain(a);
      const tasks = await db.db
        .selectFrom("tasks as k")
        .innerJoin("matters as m", "m.id", "k.matter_id")
        .select(["k.title", "k.state", "k.assignee_judge"])
        .where("m.kind", "=", "supervised-case")
        .where("k.state", "=", "open")
        .execute();
      expect(tasks.some((t) => t.assignee_judge !== null)).toBe(true);
    });
  });
}
