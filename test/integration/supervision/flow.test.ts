/**
 * The 四类案件 flow on SQLite and PostgreSQL: lists by scope, a judge refused confirmation, the
 * office confirms, the chief requests a progress report (a task for the judge), the judge sees why
 * the case is supervised, 提请标注 by hand (category 四), counts and the export, and the matter
 * ending with its case on the next import (outcome recorded).
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, InvalidInputError } from "../../../src/app/shared/errors.js";
import { countSupervisedCases } from "../../../src/app/supervision/count-supervised-cases.js";
import { exportSupervisedCases } from "../../../src/app/supervision/export-supervised-cases.js";
import { getCaseSupervision } from "../../../src/app/supervision/get-case-supervision.js";
import { listSupervisedCases } from "../../../src/app/supervision/list-supervised-cases.js";
import { markSupervisedCase } from "../../../src/app/supervision/mark-supervised-case.js";
import { actOnMatter } from "../../../src/app/workflow/act-on-matter.js";
import { getMatter } from "../../../src/app/workflow/get-matter.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import { AS_OF, CASES, CSV, importFixture } from "./fixture.js";

const office: Actor = { username: "office1", role: "office", name: "审管办甲" };
const chief: Actor = { username: "chief1", role: "chief", division: "民事审判第一庭", name: "一庭庭长" };
const judge: Actor = { username: "zhang", role: "judge", division: "民事审判第一庭", judgeName: "张法官" };
const REASON = "同一当事人同一案由两案并行，可能裁判冲突，确认纳入监管";

for (const dialect of TEST_DIALECTS) {
  describe(`四类案件 flow on ${dialect}`, () => {
    let db: TestDb;
    let secondMatter = 0;
    let secondCase = 0;
    beforeAll(async () => {
      db = await freshDb(dialect);
      await importFixture(db);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("lists candidates within each reader's scope", async () => {
      const all = await listSupervisedCases(office, db, { tab: "candidate" });
      expect(all.rows.map((r) => r.caseNumber).sort()).toEqual(
        [CASES.old, CASES.mass, CASES.large, CASES.second].sort(),
      );
      const mine = await listSupervisedCases(judge, db, { tab: "candidate" });
      expect(mine.rows.map((r) => r.caseNumber).sort()).toEqual([CASES.mass, CASES.second].sort());
      const cat3 = await listSupervisedCases(chief, db, { tab: "candidate", category: 3 });
      expect(cat3.rows.map((r) => [r.caseNumber, r.categories, r.findings[0]?.ruleTitle])).toEqual([
        [CASES.second, [3], "同一当事人同一案由另案未结"],
      ]);
      secondMatter = cat3.rows[0]?.matterId as number;
      secondCase = cat3.rows[0]?.caseId as number;
      await expect(listSupervisedCases(office, db, { tab: "nope" })).rejects.toBeInstanceOf(
        InvalidInputError,
      );
    });

    it("a judge cannot confirm (no button, refused); the office confirms with a reason", async () => {
      const seen = await getMatter(judge, db, secondMatter, AS_OF);
      expect(seen.actions).toEqual([]);
      await expect(
        actOnMatter(judge, db, secondMatter, "confirm", 1, { note: REASON }, AS_OF),
      ).rejects.toBeInstanceOf(ForbiddenError);
      const asOffice = await getMatter(office, db, secondMatter, AS_OF);
      expect(asOffice.actions.map((a) => a.label)).toEqual(["确认", "撤销标注"]);
      const confirmed = await actOnMatter(office, db, secondMatter, "confirm", 1, { note: REASON }, AS_OF);
      expect(confirmed.state).toBe("supervised");
      expect(confirmed.trace.map((t) => t.label)).toEqual(["自动识别", "确认"]);
    });

    it("the chief requests a progress report: a task for the case's judge with the due date", async () => {
      const before = await getMatter(chief, db, secondMatter, AS_OF);
      expect(before.actions.map((a) => a.label)).toContain("要求报告进展");
      const after = await actOnMatter(
        chief,
        db,
        secondMatter,
        "request-report",
        before.version,
        { note: "请于期限前书面报告两案审理进展", "request-reportDueOn": "2024-08-09" },
        AS_OF,
      );
      expect(after.tasks.map((t) => [t.title, t.state, t.dueOn, t.assignee])).toEqual([
        ["按四类案件监管要求报告案件进展", "open", "2024-08-09", expect.stringContaining("张法官")],
      ]);
    });

    it("the judge sees that the case is supervised and why", async () => {
      const s = await getCaseSupervision(judge, db, secondCase);
      expect(s.supervised).toBe(true);
      expect(s.canMark).toBe(false);
      expect(s.matters[0]?.findings.map((f) => f.reason)).toEqual([
        `与${CASES.first}（2024-03-01 立案，尚未审结）原告、被告、案由相同`,
      ]);
    });

    it("提请标注 by hand: category 四, once; refused without a proper reason", async () => {
      const nineOne = (
        await db.db
          .selectFrom("cases")
          .select("id")
          .where("case_number", "=", CASES.nineOne)
          .executeTakeFirstOrThrow()
      ).id;
      await expect(
        markSupervisedCase(judge, db, nineOne, { category: 4, note: "太短" }, AS_OF),
      ).rejects.toBeInstanceOf(InvalidInputError);
      await expect(
        markSupervisedCase(
          judge,
          db,
          nineOne,
          { category: 5, note: "当事人来信反映承办法官违法审判行为" },
          AS_OF,
        ),
      ).rejects.toBeInstanceOf(InvalidInputError);
      const view = await markSupervisedCase(
        judge,
        db,
        nineOne,
        { category: 4, note: "当事人来信反映承办法官违法审判行为" },
        AS_OF,
      );
      expect([view.state, view.initiator]).toEqual(["candidate", "zhang"]);
      expect(view.tasks.map((t) => t.title)).toEqual(["甄别四类案件标注"]);
      await expect(
        markSupervisedCase(office, db, nineOne, { category: 1, note: "再次提请标注本案为重大案件" }, AS_OF),
      ).rejects.toBeInstanceOf(ConflictError);
      const s = await getCaseSupervision(office, db, nineOne);
      expect(s.matters[0]?.findings.map((f) => [f.rule, f.category, f.reason])).toEqual([
        ["manual", 4, "当事人来信反映承办法官违法审判行为"],
      ]);
    });

    it("counts by division and category, and exports the tab", async () => {
      const summary = await countSupervisedCases(office, db);
      expect(summary.byTab.supervised).toEqual([{ division: "民事审判第一庭", category: 3, count: 1 }]);
      expect(summary.byTab.candidate).toEqual([
        { division: "民事审判第一庭", category: 2, count: 1 },
        { division: "民事审判第一庭", category: 4, count: 1 },
        { division: "民事审判第二庭", category: 1, count: 2 },
      ]);
      expect(summary.indicators.supervisedCases).toBe(1);
      const file = await exportSupervisedCases(office, db, { tab: "supervised" });
      expect(file.fileName).toBe("四类案件（监管中）.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file.content as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(ws?.getRow(2).getCell(1).value).toBe("案号");
      expect(ws?.getRow(3).getCell(1).value).toBe(CASES.second);
      expect(ws?.rowCount).toBe(3);
    });

    it("ends with its case on the next import, the outcome recorded; an unconfirmed candidate lapses", async () => {
      const closedCsv = CSV.replace(
        `${CASES.second},房屋租赁合同纠纷,2024-06-01,普通程序,民事审判第一庭,张法官,,`,
        `${CASES.second},房屋租赁合同纠纷,2024-06-01,普通程序,民事审判第一庭,张法官,2024-08-10,判决`,
      ).replace(
        `${CASES.large},买卖合同纠纷,2024-05-03,普通程序,民事审判第二庭,王法官,,`,
        `${CASES.large},买卖合同纠纷,2024-05-03,普通程序,民事审判第二庭,王法官,2024-08-12,调解`,
      );
      expect(closedCsv).not.toBe(CSV);
      await importFixture(db, closedCsv, "2024-08-15");
      const m = await getMatter(office, db, secondMatter, "2024-08-15");
      expect([m.state, m.closedOn]).toEqual(["closed", "2024-08-15"]);
      const last = m.trace.at(-1);
      expect([last?.action, last?.input.closedOn, last?.input.closureMode, last?.by]).toEqual([
        "close-with-case",
        "2024-08-10",
        "判决",
        "system",
      ]);
      expect(m.tasks.every((t) => t.state !== "open")).toBe(true);
      const ended = await listSupervisedCases(office, db, { tab: "ended" });
      expect(ended.rows.map((r) => [r.caseNumber, r.state]).sort()).toEqual(
        [
          [CASES.large, "revoked"],
          [CASES.second, "closed"],
        ].sort(),
      );
      const summary = await countSupervisedCases(office, db);
      // The supervised case: filed 2024-06-01, closed 2024-08-10 = 70 days, within its 审限.
      expect(summary.indicators).toMatchObject({
        supervisedCases: 1,
        supervisedClosed: 1,
        supervisedClosedOnTime: 1,
        onTimeShare: 1,
        averageDurationSupervised: 70,
      });
    });
  });
}
