/**
 * 发改案件差错 as 考核 items: a scheme may score the register's figures beside the catalogue's, for the
 * same period and units (SQLite and PostgreSQL). Hand counts beside each figure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessUnits } from "../../../src/app/assessment/assess-units.js";
import { classifyReversal } from "../../../src/app/reversals/classify-reversal.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { seedCourt } from "./fixture.js";

const office: Actor = { username: "office", role: "office", name: "审管办甲" };
const YEAR = { from: "2025-01-01", to: "2025-12-31" };

const scheme = {
  name: "发改差错考核（测试）",
  version: "T1",
  items: [
    { indicator: "reversal_errors", weight: 10, method: "deduct", points: 4 },
    { indicator: "reversal_error_share", weight: 10, method: "range", max: 0.2, step: 0.1, penalty: 3 },
  ],
};

for (const dialect of TEST_DIALECTS) {
  describe(`发改案件差错 in 考核 on ${dialect}`, () => {
    let db: TestDb;
    let ids: Map<string, number>;
    beforeAll(async () => {
      db = await freshDb(dialect);
      ids = await seedCourt(db);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("scores each judge's 差错 count and share from the register", async () => {
      const id = (n: string) => ids.get(n) as number;
      await classifyReversal(office, db, id("（2025）内0602民初101号"), {
        reason: "法律适用",
        responsibility: "差错",
        note: "适用法律错误",
        version: 0,
      });
      await classifyReversal(office, db, id("（2025）内0602民初102号"), {
        reason: "新证据",
        responsibility: "非差错",
        note: "",
        version: 0,
      });
      const r = await assessUnits(office, db, { scheme, ...YEAR, by: "judge" });
      const unit = (k: string) => r.units.find((u) => u.key === `民事审判第一庭 / ${k}`);
      // 张三: 101 差错 and 103 unclassified → 1 差错, share 1 ÷ 1 = 100%.
      //   deduct: 10 − 4 × 1 = 6; range ≤ 20%: 80 points over, ceil(0.8 ÷ 0.1) = 8 steps × 3 → 0.
      //   total 100 × (6 + 0) ÷ 20 = 30.
      const zhang = unit("张三");
      expect(zhang?.items.map((i) => [i.value, i.points])).toEqual([
        [1, 6],
        [1, 0],
      ]);
      expect(zhang?.total).toBeCloseTo(30, 9);
      // 李四: 102 非差错 → 0 差错, share 0 ÷ 1 = 0: full marks on both, total 100.
      const li = unit("李四");
      expect(li?.items.map((i) => [i.value, i.points])).toEqual([
        [0, 10],
        [0, 10],
      ]);
      expect(li?.total).toBe(100);
      expect(zhang?.items[1]?.explanation).toContain("发改案件差错占比");
    });
  });
}
