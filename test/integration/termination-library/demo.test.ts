/**
 * The demo court's 执行不能案件库 and 营商环境 pack (seedDemoCourt → seedDemoWorkflows →
 * seedDemoTermination), on SQLite and PostgreSQL: entries due and overdue, 发现财产 with proposals,
 * entries closed by a linked 执恢, the alert termination-search-overdue, and a pack with cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPack } from "../../../src/app/business-environment/pack.js";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { listTerminationLibrary } from "../../../src/app/termination-library/list-termination-library.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const office: Actor = { username: "office", role: "office" };

for (const dialect of TEST_DIALECTS) {
  describe(`demo 执行不能案件库 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, cases: 6000, archiveReports: false });
    }, 180_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has due and overdue searches, 发现财产, proposals and entries closed by 执恢", async () => {
      const r = await listTerminationLibrary(office, db, { asOf: AS_OF, pageSize: 1000 });
      const f = r.figures;
      expect(f.size).toBeGreaterThan(20);
      expect(f.overdue).toBeGreaterThan(0);
      expect(f.watched - f.overdue).toBeGreaterThan(0);
      expect(f.resumed).toBeGreaterThan(0);
      expect(f.propertyFound).toBeGreaterThan(0);
      expect(r.rows.some((e) => e.proposal !== null)).toBe(true);
      const alerts = await db.db
        .selectFrom("alerts")
        .select(["case_number"])
        .where("rule_id", "=", "termination-search-overdue")
        .where("state", "<>", "resolved")
        .execute();
      expect(alerts.length).toBe(f.overdue);
    });

    it("has an enterprise pack for its year", async () => {
      const p = await getPack(office, db, { from: "2023-08-01", to: AS_OF });
      expect(p.figures.closed).toBeGreaterThan(20);
      expect(p.largest.length).toBe(10);
      expect(p.mediatedCases.length).toBeGreaterThan(0);
    });
  });
}
