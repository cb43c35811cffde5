/**
 * The demo court's 阅核 drafts, on SQLite and PostgreSQL: every state a draft reaches is there,
 * each with its file (a generated .docx) attached and its trace taken through the use cases; the
 * overdue draft is flagged; the second demo judge's cases show “须阅核” (first year after 入额).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { getCaseSignOff } from "../../../src/app/sign-off/get-case-sign-off.js";
import { listSignOffDrafts } from "../../../src/app/sign-off/list-sign-off-drafts.js";
import { SIGN_OFF_KIND } from "../../../src/domain/sign-off/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-sign-off-"));
process.env.SHENGUAN_FILES_DIR = dir;
afterAll(() => {
  delete process.env.SHENGUAN_FILES_DIR;
  rmSync(dir, { recursive: true, force: true });
});
const AS_OF = "2026-11-27";

for (const dialect of TEST_DIALECTS) {
  describe(`demo 阅核 drafts on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, years: 1, cases: 1500, archiveReports: false });
    }, 240_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has drafts in every state, each with its .docx attached", async () => {
      const office = actorOf({ username: "demo-office", role: "office", division: null, judgeName: null });
      const all = await listSignOffDrafts(office, db, "all", AS_OF);
      expect(new Set(all.rows.map((r) => r.state))).toEqual(new Set(SIGN_OFF_KIND.states.map((s) => s.name)));
      expect(all.rows.every((r) => r.file?.mediaType.endsWith("wordprocessingml.document"))).toBe(true);
      // Submitted 6 working days before the demo's date: waiting longer than 3.
      expect(all.overdue).toBeGreaterThanOrEqual(1);
      const files = await db.db.selectFrom("matter_files").select("matter_id").execute();
      expect(files.every((f) => f.matter_id !== null)).toBe(true);
    });

    it("the second demo judge's case shows 须阅核 (first year after 入额)", async () => {
      const u = await db.db
        .selectFrom("users")
        .selectAll()
        .where("username", "=", "demo-judge-2")
        .executeTakeFirstOrThrow();
      const judge = actorOf({
        username: u.username,
        role: u.role,
        division: u.division,
        judgeName: u.judge_name,
      });
      const mine = await listSignOffDrafts(judge, db, "mine", AS_OF);
      const caseId = mine.rows[0]?.caseId as number;
      const page = await getCaseSignOff(judge, db, caseId, AS_OF);
      expect(page.needed).toBe(true);
      expect(page.reasons.map((r) => r.code)).toContain("first-year");
    });
  });
}

// A small court (300 cases in one year): an escalation scenario can fall on a supervised case,
// whose draft goes to the 分管院领导 and so records escalation to the 审委会 even when the setting
// says 报分管院领导. Seeding once stopped there ("只有…可以"); each escalated draft must be in the
// state of the way it recorded.
describe("demo 阅核 drafts of a small court", () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb("sqlite");
    await seedDemoCourt(db, { asOf: "2026-06-30", years: 1, cases: 300, archiveReports: false });
  }, 240_000);
  afterAll(async () => {
    await db?.drop();
  });

  it("escalates each draft the way it recorded", async () => {
    const rows = await db.db
      .selectFrom("matters")
      .select(["state", "data_json"])
      .where("kind", "=", "sign-off")
      .where("state", "in", ["referred-committee", "leader-review"])
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const stateOf: Record<string, string> = { committee: "referred-committee", leader: "leader-review" };
    for (const r of rows) {
      const recorded = (JSON.parse(r.data_json) as { escalation: string }).escalation;
      expect(r.state).toBe(stateOf[recorded]);
    }
  });
});
