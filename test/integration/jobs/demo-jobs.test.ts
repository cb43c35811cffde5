/**
 * The demo court's report archive, on SQLite and PostgreSQL: every registered job run for its most
 * recent periods before the as-of day — the monthly bulletin for the three months before
 * 2026-11-27 (August, September, October 2026), the court's and each chief's division's, and a quarterly job (registered here for the test,
 * as the quarterly report will be) for the two quarters before it (2026Q2, 2026Q3), its
 * per-division versions included.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { listJobs } from "../../../src/app/jobs/list-jobs.js";
import { JOBS, type JobDefinition } from "../../../src/app/jobs/registry.js";
import { listArchivedReports } from "../../../src/app/report-archive/list-archived-reports.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-jobs-"));
process.env.SHENGUAN_FILES_DIR = dir;
const AS_OF = "2026-11-27";

const QUARTERLY: JobDefinition = {
  name: "test-quarterly",
  title: "测试季度报表",
  defaultCron: "0 6 5 1,4,7,10 *",
  period: "quarter",
  perDivision: true,
  async run({ period, scope }) {
    return {
      title: `${period.name}测试`,
      dataDate: period.to,
      files: [{ fileName: `${period.label}-${scope}.txt`, mime: "text/plain", data: Buffer.from(scope) }],
    };
  },
};

beforeAll(() => {
  JOBS.push(QUARTERLY);
});
afterAll(() => {
  JOBS.splice(JOBS.indexOf(QUARTERLY), 1);
  delete process.env.SHENGUAN_FILES_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const office = actorOf({ username: "demo-office", role: "office", division: null, judgeName: null });

for (const dialect of TEST_DIALECTS) {
  describe(`demo report archive on ${dialect}`, () => {
    let db: TestDb;
    let seconds = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const t = performance.now();
      await seedDemoCourt(db, { asOf: AS_OF, years: 1, cases: 1500 });
      seconds = (performance.now() - t) / 1000;
    }, 240_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("archives the monthly bulletin of the three months before the as-of day", async () => {
      const list = await listArchivedReports(office, db, { job: "monthly-bulletin", pageSize: 500 });
      const periods = [...new Set(list.rows.map((r) => r.periodLabel))];
      expect(periods).toEqual(["2026-10", "2026-09", "2026-08"]);
      // A .docx and an .xlsx each for the whole court, computed as of each month's last day …
      const court = list.rows.filter((r) => r.scope === "court");
      expect(court).toHaveLength(6);
      expect(new Set(court.map((r) => r.dataDate))).toEqual(
        new Set(["2026-10-31", "2026-09-30", "2026-08-31"]),
      );
      // … and for each division with a chief (the demo has a chief account per division).
      const divisions = new Set(list.rows.filter((r) => r.scope !== "court").map((r) => r.scope));
      expect(divisions.size).toBeGreaterThan(1);
      expect(list.total).toBe(6 * (1 + divisions.size));
      console.log(`demo court with its archive seeded on ${dialect} in ${seconds.toFixed(1)} s`);
    });

    it("archives every registered job: two quarters, for the court and each chief's division", async () => {
      const list = await listArchivedReports(office, db, { job: "test-quarterly", pageSize: 500 });
      expect([...new Set(list.rows.map((r) => r.periodLabel))]).toEqual(["2026Q3", "2026Q2"]);
      const scopes = new Set(list.rows.map((r) => r.scope));
      expect(scopes.has("court")).toBe(true);
      // The demo court has a chief account for each division.
      expect(scopes.size).toBeGreaterThan(2);
      const chief = actorOf({
        username: "demo-chief-1",
        role: "chief",
        division: [...scopes].find((s) => s !== "court") ?? null,
        judgeName: null,
      });
      const mine = await listArchivedReports(chief, db, { job: "test-quarterly" });
      expect(mine.total).toBe(2);
    });

    it("archives the court's quarterly 态势分析报告 of the two quarters and the 质效通报 of the last month", async () => {
      const q = await listArchivedReports(office, db, { job: "quarterly-report", pageSize: 50 });
      // 2026-11-27: the last whole quarters are 2026Q3 and 2026Q2; a .docx and an .xlsx each.
      expect(q.rows.map((r) => [r.periodLabel, r.scope, r.fileName.slice(-5)]).sort()).toEqual([
        ["2026Q2", "court", ".docx"],
        ["2026Q2", "court", ".xlsx"],
        ["2026Q3", "court", ".docx"],
        ["2026Q3", "court", ".xlsx"],
      ]);
      expect(new Set(q.rows.map((r) => r.dataDate))).toEqual(new Set(["2026-11-27"]));
      const m = await listArchivedReports(office, db, { job: "monthly-quality-report", pageSize: 50 });
      expect(m.rows.map((r) => [r.periodLabel, r.scope]).sort()).toEqual([
        ["2026-10", "court"],
        ["2026-10", "court"],
      ]);
      expect(m.rows.every((r) => r.size > 5000)).toBe(true);
    });

    it("shows the demo runs in the jobs panel, each succeeded", async () => {
      const jobs = await listJobs(office, db, { nowMs: Date.parse(`${AS_OF}T04:00:00Z`), runsPerJob: 500 });
      const bulletin = jobs.jobs.find((j) => j.name === "monthly-bulletin");
      const court = bulletin?.runs.filter((r) => r.scope === "court");
      expect(court?.map((r) => [r.periodLabel, r.status, r.trigger])).toEqual([
        ["2026-10", "succeeded", "demo"],
        ["2026-09", "succeeded", "demo"],
        ["2026-08", "succeeded", "demo"],
      ]);
      expect(bulletin?.runs.every((r) => r.status === "succeeded" && r.trigger === "demo")).toBe(true);
    });
  });
}
