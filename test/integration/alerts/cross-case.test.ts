/**
 * The cross-case detectors through the database, on SQLite and PostgreSQL: the first pass keeps
 * only keys, the second reads back from `cases` the cases those keys name (app/alerts). A withdrawn
 * case refiled with the same 案由 and parties within the window, and a number stored with and without
 * its 之N suffix, are found; cases that merely share a 案由, or parties, are not.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ComputedAlert, detectAllAlerts } from "../../../src/app/alerts/detect-alerts.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-cross-case-"));
const AS_OF = "2024-12-31";
const HEADER = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,原告,被告";
const CASES = [
  HEADER,
  // Withdrawn on 2024-04-01, refiled on 2024-05-01 (30 days: within the 90-day window) → 民初50号.
  "（2024）内0602民初11号,民间借贷纠纷,2024-03-01,简易程序,民事审判第一庭,张三,2024-04-01,撤诉,王五,赵六",
  "（2024）内0602民初50号,民间借贷纠纷,2024-05-01,简易程序,民事审判第一庭,李四,,,王五,赵六",
  // Same parties, another 案由; same 案由, other parties: neither is a refiling.
  "（2024）内0602民初51号,买卖合同纠纷,2024-05-02,简易程序,民事审判第一庭,李四,,,王五,赵六",
  "（2024）内0602民初52号,民间借贷纠纷,2024-05-03,简易程序,民事审判第一庭,李四,,,钱七,赵六",
  // A second dispute, withdrawn (按撤诉处理) on 2024-06-01 and refiled on 2024-08-20 (80 days) → 民初60号.
  "（2024）内0602民初13号,买卖合同纠纷,2024-03-05,简易程序,民事审判第二庭,吴十,2024-06-01,按撤诉处理,郑一,冯二",
  "（2024）内0602民初60号,买卖合同纠纷,2024-08-20,简易程序,民事审判第二庭,陈三,,,郑一,冯二",
  // One number with and without its 之一 suffix: both are flagged, each naming the other.
  "（2024）内0602民初12号,买卖合同纠纷,2024-04-10,普通程序,民事审判第一庭,张三,,,孙八,周九",
  "（2024）内0602民初12号之一,买卖合同纠纷,2024-04-11,普通程序,民事审判第一庭,张三,,,孙八,周九",
].join("\n");

for (const dialect of TEST_DIALECTS) {
  describe(`cross-case detectors on ${dialect}`, () => {
    let db: TestDb;
    const found: ComputedAlert[] = [];
    // The same detection with the refile candidates matched one shared key at a time.
    const split: ComputedAlert[] = [];
    beforeAll(async () => {
      db = await freshDb(dialect);
      const file = join(dir, `cases-${dialect}.csv`);
      writeFileSync(file, CASES);
      const r = await importCases(systemActor("t"), db, [file], { today: AS_OF });
      expect(r.errors).toEqual([]);
      await detectAllAlerts(db, (page) => void found.push(...page), { asOf: AS_OF });
      await detectAllAlerts(db, (page) => void split.push(...page), { asOf: AS_OF, refilePart: 1 });
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("finds the refilings of the withdrawn cases, and only them, on the refiled case", async () => {
      const refile = found
        .filter((a) => a.ruleId === "concealed-overrun.withdraw-refile")
        .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber));
      expect(refile.map((a) => a.caseNumber)).toEqual(["（2024）内0602民初50号", "（2024）内0602民初60号"]);
      expect(JSON.stringify(refile[0])).toContain("（2024）内0602民初11号");
      expect(JSON.stringify(refile[1])).toContain("（2024）内0602民初13号");
      // The alert carries the refiled case's own id, division and judge.
      const ids = await db.db.selectFrom("cases").select(["id", "case_number"]).execute();
      const idOf = new Map(ids.map((r) => [r.case_number, Number(r.id)]));
      expect(refile.map((a) => [a.caseId, a.division, a.judge])).toEqual([
        [idOf.get("（2024）内0602民初50号"), "民事审判第一庭", "李四"],
        [idOf.get("（2024）内0602民初60号"), "民事审判第二庭", "陈三"],
      ]);
    });

    it("finds the same alerts when the candidates are matched a key at a time", () => {
      // 4 candidates share a withdrawal's key (2 per dispute): refilePart 1 splits them into 4 parts.
      const key = (a: ComputedAlert) => `${a.ruleId} ${a.caseNumber} ${a.caseId} ${a.reason}`;
      expect(split.map(key).sort()).toEqual(found.map(key).sort());
      expect(split.filter((a) => a.ruleId === "concealed-overrun.withdraw-refile")).toHaveLength(2);
    });

    it("flags both forms of the duplicated number", () => {
      const dup = found.filter((a) => a.ruleId === "data-quality.duplicate-case-number");
      expect(dup.map((a) => a.caseNumber).sort()).toEqual([
        "（2024）内0602民初12号",
        "（2024）内0602民初12号之一",
      ]);
    });
  });
}
