/**
 * The demo court's 分案决定 (seedDemoCourt → seedDemoWorkflows → seedDemoWorkload), on SQLite and
 * PostgreSQL: decisions followed and not, each with the candidates' numbers it was taken on, and
 * recent cases left undecided for the panel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { listCasesToAssign } from "../../../src/app/workload/list-cases-to-assign.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";

for (const dialect of TEST_DIALECTS) {
  describe(`demo 分案决定 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, cases: 4000, archiveReports: false });
    }, 180_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("records decisions followed and reassigned, with the numbers shown, and leaves some undecided", async () => {
      const rows = await db.db.selectFrom("assignment_suggestions").selectAll().orderBy("id").execute();
      expect(rows.some((r) => r.followed === 1)).toBe(true);
      expect(rows.some((r) => r.followed === 0)).toBe(true);
      for (const r of rows) {
        const shown = JSON.parse(r.suggestion_json) as { candidates: { judge: string; rank: number }[] };
        expect(shown.candidates[0]?.judge).toBe(r.suggested_judge);
        expect(shown.candidates.map((c) => c.judge)).toContain(r.assigned_judge);
        expect(r.followed === 1).toBe(r.assigned_judge === r.suggested_judge);
      }
      const reassigned = rows.filter((r) => r.followed === 0);
      expect(reassigned.every((r) => (r.note ?? "").length > 0)).toBe(true);
      // Recent cases are left for the 分案建议 panel.
      const office = { username: "office", role: "office" as const };
      const open = (await listCasesToAssign(office, db, {}, AS_OF)).rows;
      expect(open.some((c) => !c.decided)).toBe(true);
    });
  });
}
