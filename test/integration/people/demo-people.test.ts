/**
 * The demo court's staff register, on SQLite and PostgreSQL: seeded after the cases, every judge of
 * the case data is a registered member of their division (no unknown-judge alert), the demo accounts
 * are linked and act with their positions, and each division has its leader in charge.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAlerts } from "../../../src/app/alerts/list-alerts.js";
import { createSession, resolveSession } from "../../../src/app/auth/sessions.js";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { leaderOfDivision } from "../../../src/app/people/leaders.js";
import { listStaff } from "../../../src/app/people/list-staff.js";
import { findUserByName } from "../../../src/db/users/users.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const ASOF = "2026-11-27";

for (const dialect of TEST_DIALECTS) {
  describe(`the demo court's people on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: ASOF, years: 1, cases: 800, archiveReports: false });
    }, 300_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("registers the leaders, the office and every division's judges, assistants and clerks", async () => {
      const office = { username: "o", role: "office" as const };
      const all = await listStaff(office, db, { pageSize: 500 });
      // 5 leaders + 3 office + 60 judges + 10 divisions × (2 assistants + 2 clerks).
      expect(all.total).toBe(5 + 3 + 60 + 40);
      const leaders = all.rows.filter((r) => r.division === "院领导");
      expect(leaders.map((r) => r.positionNames[0])).toEqual([
        "院长",
        "副院长",
        "副院长",
        "副院长",
        "审委会专职委员",
      ]);
      expect(leaders.every((r) => r.committeeMember)).toBe(true);
      const chiefs = all.rows.filter((r) => r.positions.includes("chief"));
      expect(chiefs).toHaveLength(10);
      expect(chiefs.every((r) => r.committeeMember)).toBe(true);
    });

    it("finds every 承办人 of the demo cases in the register", async () => {
      const alerts = await listAlerts({ username: "o", role: "office" }, db, {
        rule: "data-quality.judge-unknown",
      });
      expect(alerts.total).toBe(0);
    });

    it("links the demo accounts: a chief acts as 庭长, the president as 院长", async () => {
      for (const [username, position] of [
        ["demo-chief-1", "chief"],
        ["demo-judge-2", "judge"],
        ["demo-president", "president"],
        ["demo-vp-1", "vice-president"],
        ["demo-office", "office"],
      ] as const) {
        const u = await findUserByName(db, username);
        expect(u?.staff_id, username).not.toBeNull();
        const s = await createSession(db, u?.id as number, null);
        const actor = (await resolveSession(db, s.token))?.actor;
        expect(actor?.positions, username).toContain(position);
      }
      const judge = await findUserByName(db, "demo-judge-2");
      const s = await createSession(db, judge?.id as number, null);
      // The judge's staff name is their 承办人 name.
      expect((await resolveSession(db, s.token))?.actor.name).toBe(judge?.judge_name);
    });

    it("names a leader in charge of each division, with an account", async () => {
      const leader = await leaderOfDivision(db, "民事审判第一庭");
      expect(leader?.username).toBe("demo-vp-1");
      expect((await leaderOfDivision(db, "执行实施二庭"))?.username).toBe("demo-vp-3");
    });
  });
}
