/**
 * 四类案件 identification after an import, on SQLite and PostgreSQL: candidates opened once per case
 * with their findings; a re-run changes nothing; a rule newly met is added to the open matter.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSupervisionCandidates } from "../../../src/app/supervision/find-supervision-candidates.js";
import { identifySupervisedCases } from "../../../src/app/supervision/identify-supervised-cases.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { AS_OF, CASES, importFixture } from "./fixture.js";

for (const dialect of TEST_DIALECTS) {
  describe(`四类案件 identification on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      await importFixture(db);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("finds one entry per case and rule, as the fixture was built", async () => {
      const r = await findSupervisionCandidates(db, { asOf: AS_OF });
      expect(r.cases).toBe(7);
      expect(r.findings.map((f) => [f.caseNumber, f.rule, f.category])).toEqual([
        [CASES.old, "long-pending", 1],
        [CASES.mass, "mass-party", 2],
        [CASES.large, "large-amount", 1],
        [CASES.second, "parallel-dispute", 3],
      ]);
    });

    it("the import opened a candidate matter per case, with its findings and trace", async () => {
      const matters = await db.db
        .selectFrom("matters")
        .select(["id", "state", "case_number", "division", "judge", "initiator"])
        .where("kind", "=", "supervised-case")
        .orderBy("case_number")
        .execute();
      expect(matters.map((m) => [m.case_number, m.state, m.initiator])).toEqual([
        [CASES.old, "candidate", "system"],
        [CASES.mass, "candidate", "system"],
        [CASES.large, "candidate", "system"],
        [CASES.second, "candidate", "system"],
      ]);
      const second = matters.find((m) => m.case_number === CASES.second);
      expect(second).toMatchObject({ division: "民事审判第一庭", judge: "张法官" });
      const trace = await db.db
        .selectFrom("matter_trace")
        .selectAll()
        .where("matter_id", "=", second?.id as number)
        .execute();
      expect(trace.map((t) => [t.seq, t.action, t.to_state, t.note])).toEqual([
        [1, "identify", "candidate", `与${CASES.first}（2024-03-01 立案，尚未审结）原告、被告、案由相同`],
      ]);
      const links = await db.db
        .selectFrom("matter_links")
        .selectAll()
        .where("matter_id", "=", second?.id as number)
        .execute();
      expect(links).toHaveLength(1);
      expect(links[0]?.entity).toBe("case");
    });

    it("a re-run changes nothing; a later date adds a rule to the open matter", async () => {
      const again = await identifySupervisedCases(db, { asOf: AS_OF });
      expect([again.opened, again.appended]).toEqual([0, 0]);
      // 2024-03-01 + 18 months = 2025-09-01: the first case (no matter yet) reaches it and is a
      // new candidate; no open matter's case is 18 months old yet.
      const later = await identifySupervisedCases(db, { asOf: "2025-09-01" });
      expect([later.opened, later.appended]).toEqual([1, 0]);
      // 2024-05-01 + 18 months = 2025-11-01: the mass case's open matter gains long-pending.
      const after = await identifySupervisedCases(db, { asOf: "2025-11-01" });
      expect([after.opened, after.appended]).toEqual([0, 1]);
      const mass = await db.db
        .selectFrom("matters")
        .select(["id", "version"])
        .where("case_number", "=", CASES.mass)
        .executeTakeFirstOrThrow();
      expect(mass.version).toBe(2);
      const rules = await db.db
        .selectFrom("supervision_findings")
        .select(["rule_id", "found_on"])
        .where("matter_id", "=", mass.id)
        .orderBy("rule_id")
        .execute();
      expect(rules).toEqual([
        { rule_id: "long-pending", found_on: "2025-11-01" },
        { rule_id: "mass-party", found_on: AS_OF },
      ]);
    });
  });
}
