/**
 * 隐形超审限 as figures, counted by hand on three closed cases (2024, facts as of 2025-06-30), on
 * SQLite and PostgreSQL: 自然审理期间超法定审限率 and 扣除审限天数占比, and their case lists.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { computeIndicators } from "../../../src/app/indicators/compute-indicators.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式";
const A = "（2024）内0602民初1号";
const B = "（2024）内0602民初2号";
const C = "（2024）内0602民初3号";
const CASES = [
  HEADER,
  // A 普通, 6 months from 2024-01-10 → base end 2024-07-10; extended 6 months (approved 06-20),
  //   closed 2024-09-20 on time but 72 days past its base end. Natural days: 01-10 → 09-20 =
  //   31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 10 = 254.
  `${A},民间借贷纠纷,2024-01-10,普通程序,民一庭,王某,2024-09-20,判决`,
  // B 简易, 3 months from 2024-03-01 → base end 2024-06-01; 鉴定 03-05…03-24 (20 days, inclusive);
  //   closed 2024-04-15: 31 + 14 = 45 natural days, within its base period.
  `${B},买卖合同纠纷,2024-03-01,简易程序,民一庭,王某,2024-04-15,调解`,
  // C 普通 from 2024-02-01 → base end 2024-08-01; closed 2024-06-30: 29 + 31 + 30 + 31 + 29 = 150.
  `${C},物业服务合同纠纷,2024-02-01,普通程序,民一庭,李某,2024-06-30,判决`,
].join("\n");
const EVENTS = [
  "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明",
  `${A},延长审限,,2024-06-20,,6个月,,院长,`,
  `${B},扣除审限,鉴定,2024-03-05,2024-03-24,,,,委托鉴定`,
].join("\n");

const actor = systemActor("tester");
const P = { from: "2024-01-01", to: "2024-12-31" };

for (const dialect of TEST_DIALECTS) {
  describe(`concealed-overrun indicators on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const dir = mkdtempSync(join(tmpdir(), "shenguan-conc-"));
      writeFileSync(join(dir, "cases.csv"), CASES);
      writeFileSync(join(dir, "events.csv"), EVENTS);
      const r = await importCases(actor, db, [join(dir, "cases.csv"), join(dir, "events.csv")], {
        today: "2025-06-30",
      });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("counts the shares by hand", async () => {
      const panel = await computeIndicators(actor, db, {
        ...P,
        by: "all",
        ids: ["natural_over_limit_rate", "excluded_days_share"],
      });
      const f = panel.groups[0]?.indicators ?? {};
      // Only A ran past its base end: 1 of the 3 closed cases with a limit.
      expect(f.natural_over_limit_rate).toMatchObject({ value: 1 / 3, numerator: 1, denominator: 3 });
      // Excluded 0 + 20 + 0 of 254 + 45 + 150 = 449 natural days.
      expect(f.excluded_days_share).toMatchObject({ value: 20 / 449, numerator: 20, denominator: 449 });
    });

    it("lists the cases behind each figure", async () => {
      const over = await drillDown(actor, db, {
        indicator: "natural_over_limit_rate",
        part: "numerator",
        ...P,
      });
      expect(over.rows.map((r) => r.caseNumber)).toEqual([A]);
      const all = await drillDown(actor, db, { indicator: "excluded_days_share", part: "numerator", ...P });
      // A sum's list is the cases summed over (with a limit, closed in the period).
      expect(all.rows.map((r) => r.caseNumber).sort()).toEqual([A, B, C].sort());
    });
  });
}
