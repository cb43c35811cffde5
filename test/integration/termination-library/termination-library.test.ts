/**
 * 执行不能案件库 on SQLite and PostgreSQL over the hand-made court of fixture.ts: the entries and
 * their search schedule (法〔2016〕373号第九条第二款; months by 民法典第二百零二条), an entry closed by
 * a linked 执恢, the figures, the alert termination-search-overdue, recording a search and
 * proposing 恢复执行. Hand counts beside each expectation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTerminationLibrary } from "../../../src/app/termination-library/list-termination-library.js";
import { proposeResumption } from "../../../src/app/termination-library/propose-resumption.js";
import { recordTerminationSearch } from "../../../src/app/termination-library/record-search.js";
import { recomputeTerminationAlerts } from "../../../src/app/termination-library/termination-alerts.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedFixture } from "./fixture.js";

const office: Actor = { username: "office", role: "office" };
const otherJudge: Actor = { username: "j2", role: "judge", division: "民事审判第二庭", judgeName: "钱七" };
const C = "内0602";
const N501 = `（2023）${C}执501号`;
const N502 = `（2024）${C}执502号`;
const N402 = `（2025）${C}执402号`;

for (const dialect of TEST_DIALECTS) {
  describe(`执行不能案件库 on ${dialect}`, () => {
    let db: TestDb;
    let ids: Map<string, number>;
    beforeAll(async () => {
      db = await freshDb(dialect);
      ids = await seedFixture(db, "2025-06-30");
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("every 终本 case is an entry with its schedule; a linked 执恢 closes one", async () => {
      const r = await listTerminationLibrary(office, db, { asOf: "2025-06-30" });
      const by = new Map(r.rows.map((e) => [e.caseNumber, e]));
      // 501, 502 and 402 closed by 终本 by 2025-06-30; 503 was 执行完毕 → not an entry.
      expect([...by.keys()].sort()).toEqual([N501, N402, N502].sort());
      // 501: closed 2024-01-31, no search → due 2024-07-31; 2024-07-31 … 2025-06-30 is 334 days.
      expect(by.get(N501)).toMatchObject({ nextDueOn: "2024-07-31", state: "overdue", overdueDays: 334 });
      // 501: outstanding 50,000.00 − 10,000.00 元 = 4,000,000 fen.
      expect(by.get(N501)?.outstandingFen).toBe(4_000_000);
      // 502: the 执恢 601 (原审案号 = 502) filed 2025-03-10 closes the entry.
      expect(by.get(N502)).toMatchObject({ state: "resumed", nextDueOn: null });
      expect(by.get(N502)?.resumption?.caseNumber).toBe(`（2025）${C}执恢601号`);
      // 402: closed 2025-06-30 → due 2025-12-30.
      expect(by.get(N402)).toMatchObject({ state: "due", nextDueOn: "2025-12-30" });
      // Figures: 3 entries, 1 overdue, 1 resumed → recovery rate 1/3; outstanding of the two not
      // resumed: 4,000,000 + (30,000,000 − 10,000,000) = 24,000,000 fen.
      expect(r.figures).toMatchObject({
        size: 3,
        overdue: 1,
        resumed: 1,
        watched: 2,
        outstandingFen: 24_000_000,
      });
      expect(r.figures.recoveryRate).toBeCloseTo(1 / 3, 12);
    });

    it("before the 执恢 was filed, 502 is due on 2025-02-28 (month-end rule)", async () => {
      const r = await listTerminationLibrary(office, db, { asOf: "2025-02-01" });
      const e = r.rows.find((x) => x.caseNumber === N502);
      expect(e).toMatchObject({ state: "due", nextDueOn: "2025-02-28" });
    });

    it("the alert is raised for the overdue entry and cleared by a recorded search", async () => {
      await recomputeTerminationAlerts(db, "2025-06-30");
      const open = await db.db
        .selectFrom("alerts")
        .select(["case_number", "state", "rule_id", "family"])
        .where("rule_id", "=", "termination-search-overdue")
        .execute();
      expect(open).toEqual([
        { case_number: N501, state: "new", rule_id: "termination-search-overdue", family: "time-limit" },
      ]);

      // A judge of another division may not record it.
      await expect(
        recordTerminationSearch(otherJudge, db, ids.get(N501) as number, {
          searchedOn: "2025-07-10",
          result: "无财产",
        }),
      ).rejects.toThrow(/数据范围/);
      // 发现财产 needs a note naming the property.
      await expect(
        recordTerminationSearch(office, db, ids.get(N501) as number, {
          searchedOn: "2025-07-10",
          result: "发现财产",
        }),
      ).rejects.toThrow(/财产线索/);
      // Before the closing: refused, naming the field.
      await expect(
        recordTerminationSearch(office, db, ids.get(N501) as number, {
          searchedOn: "2024-01-01",
          result: "无财产",
        }),
      ).rejects.toThrow(/searchedOn/);

      const row = await recordTerminationSearch(office, db, ids.get(N501) as number, {
        searchedOn: "2025-07-10",
        result: "发现财产",
        note: "查询到被执行人名下车辆一辆",
      });
      expect(row.searches.map((s) => [s.searchedOn, s.result])).toEqual([["2025-07-10", "发现财产"]]);
      // As of 2025-08-01: the next search is due 2025-07-10 + 6 months = 2026-01-10.
      const after = await listTerminationLibrary(office, db, { asOf: "2025-08-01" });
      const e = after.rows.find((x) => x.caseNumber === N501);
      expect(e).toMatchObject({ state: "due", nextDueOn: "2026-01-10", propertyFound: true });
      expect(e?.actions).toContain("propose-resumption");
      await recomputeTerminationAlerts(db, "2025-08-01");
      const states = await db.db
        .selectFrom("alerts")
        .select(["state", "key"])
        .where("rule_id", "=", "termination-search-overdue")
        .where("case_number", "=", N501)
        .execute();
      // The finding due 2024-07-31 is resolved (recording the search also merged a run as of the real
      // today, whose finding the run as of 2025-08-01 resolves too).
      expect(states.find((s) => s.key.endsWith("2024-07-31"))?.state).toBe("resolved");
      expect(new Set(states.map((s) => s.state))).toEqual(new Set(["resolved"]));

      const proposed = await proposeResumption(office, db, ids.get(N501) as number, {
        proposedOn: "2025-07-15",
        note: "建议恢复执行，查封车辆",
      });
      expect(proposed.proposal).toMatchObject({ proposedOn: "2025-07-15", proposedBy: "office" });
      const audit = await db.db
        .selectFrom("audit_log")
        .select(["action"])
        .where("action", "in", ["record-termination-search", "propose-resumption"])
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual(["propose-resumption", "record-termination-search"]);
    });
  });
}
