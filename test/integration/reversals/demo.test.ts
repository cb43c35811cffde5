/**
 * The demo court's 发改案件, 评析会 and 类案裁判规则 (seedDemoCourt → seedDemoWorkflows →
 * seedDemoReversals), on SQLite and PostgreSQL: classified entries of several reasons and
 * responsibilities, one objection decided and one waiting, a 评析会 with every entry 评析完毕, and
 * adopted rules whose 案由 is that of pending cases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseGuidance, listCaseRules } from "../../../src/app/case-rules/list-case-rules.js";
import { seedDemoCourt } from "../../../src/app/demo/seed-demo-court.js";
import { listReversals } from "../../../src/app/reversals/list-reversals.js";
import { listReviewMeetings } from "../../../src/app/review-meetings/list-review-meetings.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const AS_OF = "2024-08-01";
const office: Actor = { username: "office", role: "office" };

for (const dialect of TEST_DIALECTS) {
  describe(`demo 发改案件 on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      // Without the report archive (seedDemoJobs, seconds of rendering): its own test is demo-jobs.
      await seedDemoCourt(db, { asOf: AS_OF, cases: 6000, archiveReports: false });
    }, 180_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("has classified entries, objections, a complete 评析会 and adopted rules on pending cases' 案由", async () => {
      const { rows } = await listReversals(office, db);
      expect(rows.length).toBeGreaterThan(10);
      const classified = rows.filter((r) => r.state !== "unclassified");
      expect(new Set(classified.map((r) => r.reason)).size).toBeGreaterThanOrEqual(4);
      expect(new Set(classified.map((r) => r.responsibility))).toEqual(new Set(["差错", "瑕疵", "非差错"]));
      // New evidence and settlement are never 差错 (法发〔2015〕13号 第二十八条).
      for (const r of classified)
        if (r.reason === "新证据" || r.reason === "当事人和解/撤诉后改判")
          expect(r.responsibility).not.toBe("差错");
      expect(rows.filter((r) => r.state === "decided").map((r) => r.objection?.decider)).toEqual([
        "审判委员会",
      ]);
      expect(rows.filter((r) => r.state === "objected")).toHaveLength(1);
      const meetings = (await listReviewMeetings(office, db)).rows;
      expect(meetings).toHaveLength(1);
      expect(meetings[0]?.entryCount).toBe(3);
      expect(meetings[0]?.completeCount).toBe(3);
      expect(meetings[0]?.problems).not.toBe("");
      const adopted = (await listCaseRules(office, db, { status: "adopted" })).rows;
      expect(adopted).toHaveLength(3);
      expect((await listCaseRules(office, db, { status: "draft" })).rows).toHaveLength(1);
      // A pending case of the first rule's 案由 shows it.
      const pending = await db.db
        .selectFrom("cases")
        .select("id")
        .where("closed_on", "is", null)
        .where("cause", "=", adopted[adopted.length - 1]?.cause ?? "")
        .limit(1)
        .executeTakeFirstOrThrow();
      const g = await caseGuidance(office, db, Number(pending.id));
      expect(g.rules.length).toBeGreaterThanOrEqual(1);
    });
  });
}
