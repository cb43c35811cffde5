/**
 * The demo court's meetings, on SQLite and PostgreSQL: both kinds held with decided items, a
 * 专业法官会议 majority view not adopted and sent on to the 审委会 (decided there), an upcoming meeting
 * with its agenda, items left waiting, and minutes generated from the record.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { listMeetingItems } from "../../../src/app/meetings/list-items.js";
import { listMeetingViews } from "../../../src/app/meetings/list-meetings.js";
import { meetingMinutes } from "../../../src/app/meetings/minutes.js";
import { actorOf } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-demo-meetings-"));
process.env.SHENGUAN_FILES_DIR = dir;
afterAll(() => {
  delete process.env.SHENGUAN_FILES_DIR;
  rmSync(dir, { recursive: true, force: true });
});
const AS_OF = "2026-11-27";
const office = actorOf({ username: "demo-office", role: "office", division: null, judgeName: null });

for (const dialect of TEST_DIALECTS) {
  describe(`demo meetings on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, years: 1, cases: 1500, archiveReports: false });
    }, 240_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has held meetings of both kinds, an upcoming one, and items waiting", async () => {
      const past = await listMeetingViews(office, db, { view: "past" }, AS_OF);
      expect(new Set(past.rows.map((m) => m.kind))).toEqual(new Set(["judges", "committee"]));
      const committee = past.rows.find((m) => m.kind === "committee");
      expect(committee?.quorum?.met).toBe(true);
      expect(committee?.attendees.some((a) => a.role === "recused" && a.reason.length > 0)).toBe(true);
      const upcoming = await listMeetingViews(office, db, { view: "upcoming" }, AS_OF);
      expect(upcoming.rows.length).toBeGreaterThanOrEqual(1);
      expect(upcoming.rows[0]?.agenda.length).toBeGreaterThanOrEqual(1);
      const waiting = await listMeetingItems(office, db, { view: "waiting" }, AS_OF);
      expect(waiting.rows.length).toBeGreaterThanOrEqual(1);
    });

    it("has decided items: one adopted, one not adopted and decided by the 审委会", async () => {
      const decided = await listMeetingItems(office, db, { view: "decided" }, AS_OF);
      const states = decided.rows.map((r) => r.state);
      expect(states).toContain("adopted");
      expect(states).toContain("referred-committee");
      const sentOn = decided.rows.find((r) => r.state === "referred-committee");
      const atCommittee = decided.rows.find(
        (r) => r.meetingKind === "committee" && r.caseId === sentOn?.caseId,
      );
      expect(atCommittee?.state).toBe("decided");
      expect(atCommittee?.source).toBe("专业法官会议意见未被采纳后移送");
    });

    it("the minutes of each held meeting open and hold its result", async () => {
      const past = await listMeetingViews(office, db, { view: "past" }, AS_OF);
      for (const m of past.rows) {
        const file = await meetingMinutes(office, db, m.id, AS_OF);
        const zip = await JSZip.loadAsync(file.content as Buffer);
        const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
        const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join("");
        expect(text).toContain(`${m.kindName}会议纪要`);
        expect(text).toContain(m.kind === "committee" ? "审委会决定：经讨论" : "多数意见");
      }
    });
  });
}
