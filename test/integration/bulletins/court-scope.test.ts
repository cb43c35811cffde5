/**
 * A court's bulletin counts its own court's cases only — every figure, 本月新发现, last month's
 * counts (the comparison) and a division's version — on SQLite and PostgreSQL, over two sibling
 * courts under 内06 and the 中院's own cases (test/fixtures/sibling-courts.ts, ages by hand there).
 * Bulletins are made one after the other for 内0602, 内0603, the basic level under 内06 and the
 * whole of 内06's hierarchy; the level's figures are the two courts' sums.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBulletin } from "../../../src/app/bulletins/build-bulletin.js";
import { cachedBulletin } from "../../../src/app/bulletins/cached-bulletin.js";
import { divisionBulletin } from "../../../src/app/bulletins/division-bulletin.js";
import { courtsOfLevel } from "../../../src/app/courts/court-choice.js";
import { ResultCache } from "../../../src/app/runtime/result-cache.js";
import type { BulletinData } from "../../../src/domain/bulletin/model.js";
import { bulletinSummary } from "../../../src/domain/bulletin/summary.js";
import { accountOf, CIVIL1, ENFORCEMENT, loadSiblingCourts, TODAY } from "../../fixtures/sibling-courts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const MONTH = "2024-06";
const hierarchy = accountOf("内06", ["内06", "内0602", "内0603"]);
const office0602 = accountOf("内0602", ["内0602"]);

/** The sum of count maps (the level's figures). */
function sum(...maps: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of maps) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}

// 内0602, June (06-30): 满六个月 A1 A2, 满一年 A3, 满二年 A4; no approaching rung.
const THIS_0602 = { "long-pending.6m": 2, "long-pending.12m": 1, "long-pending.24m": 1 };
// 内0602, May (05-31): 满六个月 A1 A3, 满二年 A4; 临近六个月 A2, 临近一年 A3.
const LAST_0602 = {
  "long-pending.6m": 2,
  "long-pending.24m": 1,
  "long-pending.approaching.6m": 1,
  "long-pending.approaching.12m": 1,
};
// 内0603, June: 满六个月 B1 B3, 满三年 B2 (B4 closed 06-15).
const THIS_0603 = { "long-pending.6m": 2, "long-pending.36m": 1 };
// 内0603, May: 满六个月 B1 B4, 满三年 B2; 临近六个月 B3.
const LAST_0603 = { "long-pending.6m": 2, "long-pending.36m": 1, "long-pending.approaching.6m": 1 };
// 内06's own cases, June: 满六个月 C1 C2; May: 满六个月 C1, 临近六个月 C2.
const THIS_06 = { "long-pending.6m": 2 };
const LAST_06 = { "long-pending.6m": 1, "long-pending.approaching.6m": 1 };

for (const dialect of TEST_DIALECTS) {
  describe(`a court's bulletin counts its court only (${dialect})`, () => {
    let db: TestDb;
    let b0602: BulletinData;
    let b0603: BulletinData;
    let level: BulletinData[];
    let whole: BulletinData;

    beforeAll(async () => {
      db = await freshDb(dialect);
      await loadSiblingCourts(db);
      // One after the other, as an office makes them: each court, the level, the hierarchy.
      b0602 = await buildBulletin(hierarchy, db, MONTH, { today: TODAY, court: "内0602" });
      b0603 = await buildBulletin(hierarchy, db, MONTH, { today: TODAY, court: "内0603" });
      const courts = await courtsOfLevel(hierarchy, db, "内06", "basic");
      expect(courts).toEqual(["内0602", "内0603"]);
      level = [];
      for (const court of courts)
        level.push(await buildBulletin(hierarchy, db, MONTH, { today: TODAY, court }));
      whole = await buildBulletin(hierarchy, db, MONTH, { today: TODAY });
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("counts 内0602's cases this month and last month, and lists only its cases", () => {
      expect(b0602.court).toEqual({ code: "内0602", name: "鄂尔多斯市东胜区人民法院" });
      expect(b0602.courts).toEqual(["内0602"]);
      expect(b0602.thisMonth.total).toEqual(THIS_0602);
      expect(b0602.lastMonth.total).toEqual(LAST_0602);
      // 长期未结案件清单: A3 (满一年), A4 (满二年), A1 A2 (满六个月) — never a case of 内0603 or 内06.
      expect(b0602.longPending.map((c) => c.caseNumber).sort()).toEqual([
        "（2022）内0602执保4号",
        "（2023）内0602执保1号",
        "（2023）内0602执保2号",
        "（2023）内0602执保3号",
      ]);
      // Its divisions: 执行局 (A1–A4) and 民一庭 (A5, in the month's figures) — no other court's unit.
      expect(b0602.divisions).toEqual([CIVIL1, ENFORCEMENT]);
      // 内0603's: B1 B2 B3.
      expect(b0603.thisMonth.total).toEqual(THIS_0603);
      expect(b0603.lastMonth.total).toEqual(LAST_0603);
      expect(b0603.longPending.every((c) => c.caseNumber.includes("内0603"))).toBe(true);
    });

    it("counts 本月新发现 within the court: 内0602 A2 and A3, 内0603 B3", () => {
      // First found at 06-30 and not resolved: 内0602 A2 (满六个月), A3 (满一年) = 2; 内0603 B3 = 1;
      // 内06 C2 = 1. The whole database has 4.
      expect(b0602.newlyFound).toEqual({ total: 2, byFamily: { "long-pending": 2 } });
      expect(b0603.newlyFound).toEqual({ total: 1, byFamily: { "long-pending": 1 } });
      expect(whole.newlyFound).toEqual({ total: 4, byFamily: { "long-pending": 4 } });
    });

    it("compares 内0602 with its own last month: 长期未结 4 vs 3, 满一年以上 2 vs 1, 临近节点 0 vs 2", () => {
      const s = bulletinSummary(b0602);
      const h = (id: string) => s.headlines.find((x) => x.id === id);
      // June: A1 A2 A3 A4 = 4; May: A1 A3 A4 = 3.
      expect(h("long-pending")).toMatchObject({ thisMonth: 4, lastMonth: 3 });
      // June: A3 (12m) A4 (24m) = 2; May: A4 = 1.
      expect(h("long-pending-12m")).toMatchObject({ thisMonth: 2, lastMonth: 1 });
      // June: none; May: A2 (6m), A3 (12m) = 2.
      expect(h("approaching")).toMatchObject({ thisMonth: 0, lastMonth: 2 });
      expect(s.divisions.find((d) => d.division === ENFORCEMENT)?.headlines).toContainEqual({
        id: "long-pending",
        thisMonth: 4,
        lastMonth: 3,
      });
      // The figures of the month: 内0602 closed nothing in June; 内0603 closed B4.
      expect(b0602.indicators.court.closed?.numerator ?? 0).toBe(0);
      expect(b0603.indicators.court.closed?.numerator).toBe(1);
    });

    it("makes the level's bulletins for exactly its courts, whose figures add up to the level's", () => {
      expect(level.map((b) => b.court.code)).toEqual(["内0602", "内0603"]);
      expect(level[0]?.thisMonth.total).toEqual(b0602.thisMonth.total);
      expect(level[1]?.newlyFound).toEqual(b0603.newlyFound);
      // The level (内0602 + 内0603): this month 满六个月 2 + 2 = 4, 满一年 1, 满二年 1, 满三年 1.
      expect(sum(...level.map((b) => b.thisMonth.total))).toEqual({
        "long-pending.6m": 4,
        "long-pending.12m": 1,
        "long-pending.24m": 1,
        "long-pending.36m": 1,
      });
      // New in June: 2 + 1 = 3.
      expect(level.reduce((n, b) => n + b.newlyFound.total, 0)).toBe(3);
      // The whole hierarchy adds 内06's own cases (C1, C2; C2 new in June).
      expect(whole.courts).toEqual(["内06", "内0602", "内0603"]);
      expect(whole.thisMonth.total).toEqual(sum(THIS_0602, THIS_0603, THIS_06));
      expect(whole.lastMonth.total).toEqual(sum(LAST_0602, LAST_0603, LAST_06));
    });

    it("an office of 内0602 without choosing a court gets 内0602's bulletin, not the database's", async () => {
      const own = await buildBulletin(office0602, db, MONTH, { today: TODAY });
      expect(own.court).toEqual(b0602.court);
      expect(own.thisMonth.total).toEqual(THIS_0602);
      expect(own.lastMonth.total).toEqual(LAST_0602);
      expect(own.newlyFound.total).toBe(2);
      // The cached build is keyed by the courts counted, never shared with another scope's.
      const cache = new ResultCache();
      const viaCache = await cachedBulletin(office0602, db, { month: MONTH, today: TODAY, cache });
      expect(viaCache.newlyFound.total).toBe(2);
      const wholeViaCache = await cachedBulletin(hierarchy, db, { month: MONTH, today: TODAY, cache });
      expect(wholeViaCache.newlyFound.total).toBe(4);
    });

    it("a division's version of 内0602's bulletin counts 本月新发现 in 内0602's 执行局 only", async () => {
      // 执行局 exists in all three courts: new in June there are A2 A3 (内0602), B3, C2 — 内0602's: 2.
      const mine = await divisionBulletin(hierarchy, db, b0602, ENFORCEMENT);
      expect(mine.newlyFound).toEqual({ total: 2, byFamily: { "long-pending": 2 } });
      expect(mine.thisMonth.total).toEqual(THIS_0602);
      // The hierarchy's version: A2 A3 B3 C2 = 4.
      expect((await divisionBulletin(hierarchy, db, whole, ENFORCEMENT)).newlyFound.total).toBe(4);
    });
  });
}
