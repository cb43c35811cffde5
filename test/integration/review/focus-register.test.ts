/**
 * 重点评查 draws the 发改案件 register's entries of its period (SQLite and PostgreSQL): a
 * first-instance case whose own 二审结果 says 发回重审, and one reversed by an appellate case that
 * names it in 原审案号 though nothing is recorded on the case itself — never the appellate case, and
 * never a case whose appellate result falls outside the period.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { createReviewPlan } from "../../../src/app/review/create-review-plan.js";
import { drawReviewPlan } from "../../../src/app/review/draw-review-plan.js";
import { getReviewPlan } from "../../../src/app/review/list-review-plans.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { insertUser } from "../../../src/db/users/users.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-focus-"));
const TODAY = "2024-10-15";
const CIVIL = "民事审判第一庭";
const office: Actor = { username: "analyst", role: "office" };

const CSV = [
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,上诉,二审结果,二审结案日期,原审案号",
  // A: nothing on the case; reversed by the appellate case D in September.
  `（2024）内0602民初1号,买卖合同纠纷,2024-01-05,普通程序,${CIVIL},张三,2024-03-20,判决,是,,,`,
  // B: its own 二审结果 发回重审 in September.
  `（2024）内0602民初2号,买卖合同纠纷,2024-01-06,普通程序,${CIVIL},王五,2024-03-21,判决,是,发回重审,2024-09-05,`,
  // C: reversed in August — outside the September plan.
  `（2024）内0602民初3号,买卖合同纠纷,2024-01-07,普通程序,${CIVIL},王五,2024-03-22,判决,是,改判,2024-08-30,`,
  // D: the appellate case (imported with the 中院's results), 改判 on 2024-09-20, naming A.
  "（2024）内06民终77号,买卖合同纠纷,2024-06-01,第二审程序,中院民二庭,赵二审,2024-09-20,改判,,,,（2024）内0602民初1号",
].join("\n");

for (const dialect of TEST_DIALECTS) {
  describe(`重点评查 from the 发改案件 register on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      writeFileSync(join(dir, `c-${dialect}.csv`), CSV);
      const r = await importCases(systemActor(), db, [join(dir, `c-${dialect}.csv`)], { today: TODAY });
      expect(r.errors).toEqual([]);
      await insertUser(db, {
        username: "li",
        display_name: "李四",
        password_hash: "x",
        role: "judge",
        division: "刑事审判庭",
        judge_name: "李四",
        is_demo: 0,
        disabled: 0,
        must_change_password: 0,
        created_at: "2024-01-01T00:00:00Z",
      });
    }, 120_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("takes every entry whose appellate result falls in the period, from either source", async () => {
      const id = (
        await createReviewPlan(office, db, {
          kind: "focus",
          title: "九月发改案件评查",
          from: "2024-09-01",
          to: "2024-09-30",
          reviewers: ["li"],
        })
      ).id;
      await drawReviewPlan(office, db, id, TODAY);
      const plan = await getReviewPlan(office, db, id, TODAY);
      expect(plan.cases.map((c) => c.caseNumber).sort()).toEqual([
        "（2024）内0602民初1号",
        "（2024）内0602民初2号",
      ]);
    });
  });
}
