/**
 * 诉前鉴定 and 颗粒归仓 on a small hand-built court, on SQLite and PostgreSQL: every figure below is
 * computed by hand in the comment beside it (as of 2024-12-31, archive period 90 days).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appraisalComparison,
  appraisalComparisonCases,
} from "../../../src/app/appraisals/appraisal-comparison.js";
import { listAppraisals } from "../../../src/app/appraisals/list-appraisals.js";
import { archivingFigures, exportUnarchived, listUnarchived } from "../../../src/app/archiving/archiving.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-appraisal-golden-"));
const actor = systemActor("tester");
const AS_OF = "2024-12-31";
const D1 = "民事审判第一庭";
const D2 = "民事审判第二庭";

function write(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, lines.join("\n"));
  return p;
}

const files = () => [
  write("cases.csv", [
    "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,归档日期,原审案号",
    // A: archived 30 days after closing.
    `（2024）内0602民初1号,机动车交通事故责任纠纷,2024-02-01,普通程序,${D1},张三,2024-10-01,判决,2024-10-31,`,
    // B: closed 2024-09-01, not archived: 29 + 31 + 30 + 31 = 121 days by 12-31 → overdue.
    `（2024）内0602民初2号,机动车交通事故责任纠纷,2024-03-01,普通程序,${D1},张三,2024-09-01,判决,,`,
    // C: closed 2024-10-02, not archived: 29 + 30 + 31 = 90 days by 12-31 → still in time.
    `（2024）内0602民初3号,建设工程施工合同纠纷,2024-04-01,普通程序,${D1},李四,2024-10-02,调解,,`,
    // D: archived 2024-06-10 after closing 2024-01-10: 21 + 29 + 31 + 30 + 31 + 10 = 152 days → late.
    `（2024）内0602民初4号,民间借贷纠纷,2024-01-02,简易程序,${D2},王五,2024-01-10,调解,2024-06-10,`,
    // E: archived 10 days after closing; its 原审案号 is the 诉前调 number of a 诉前 appraisal.
    `（2024）内0602民初5号,机动车交通事故责任纠纷,2024-03-01,普通程序,${D2},王五,2024-10-01,调解,2024-10-11,（2024）内0602民诉前调5号`,
  ]),
  write("events.csv", [
    "案号,事项,原因,开始日期,结束日期",
    "（2024）内0602民初1号,扣除审限,鉴定,2024-03-04,2024-05-10",
    // B's exclusion starts a day after the appraisal was commissioned.
    "（2024）内0602民初2号,扣除审限,鉴定,2024-04-02,2024-05-06",
  ]),
  write("appraisals.csv", [
    "案号,阶段,鉴定类型,委托日期,鉴定机构,完成日期",
    "（2024）内0602民诉前调5号,诉前,伤残,2024-01-15,甲司法鉴定所,2024-02-02",
    "（2024）内0602民初1号,诉中,伤残,2024-03-04,甲司法鉴定所,2024-05-10",
    "（2024）内0602民初2号,诉中,伤残,2024-04-01,乙司法鉴定所,2024-05-06",
    "（2024）内0602民初3号,诉中,工程造价,2024-05-06,丙造价公司,2024-06-20",
  ]),
];

for (const dialect of TEST_DIALECTS) {
  describe(`鉴定 and 归档 golden figures on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(actor, db, files(), { today: AS_OF });
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("archive lag by division, the court total and the months", async () => {
      const f = await archivingFigures(actor, db, { from: "2024-01-01", to: "2024-12-31", asOf: AS_OF });
      const pick = (r: {
        division: string;
        closed: number;
        archived: number;
        meanLagDays: number | null;
        archivedLate: number;
        overdue: number;
        archiveRate: number | null;
      }) => [r.division, r.closed, r.archived, r.meanLagDays, r.archivedLate, r.overdue, r.archiveRate];
      // 一庭: A, B, C closed; A archived (30 days); B overdue. 二庭: D (152, late) and E (10): mean 81.
      expect(f.divisions.map(pick)).toEqual([
        [D1, 3, 1, 30, 0, 1, 1 / 3],
        [D2, 2, 2, 81, 1, 0, 1],
      ]);
      // Court: 5 closed, 3 archived, (30 + 152 + 10) / 3 = 64.
      expect(pick(f.total)).toEqual(["全院", 5, 3, 64, 1, 1, 3 / 5]);
      expect(f.judges.map((j) => [j.judge, j.closed, j.overdue])).toEqual([
        ["张三", 2, 1],
        ["李四", 1, 0],
        ["王五", 2, 0],
      ]);
      // 2024-01: D; 2024-09: B; 2024-10: A, C, E — A and E archived, mean (30 + 10) / 2 = 20.
      expect(f.months).toEqual([
        { month: "2024-01", closed: 1, archived: 1, archiveRate: 1, meanLagDays: 152 },
        { month: "2024-09", closed: 1, archived: 0, archiveRate: 0, meanLagDays: null },
        { month: "2024-10", closed: 3, archived: 2, archiveRate: 2 / 3, meanLagDays: 20 },
      ]);
    });

    it("the unarchived list: overdue only B; all unarchived B and C; the export opens", async () => {
      const overdue = await listUnarchived(actor, db, { asOf: AS_OF });
      expect(overdue.rows.map((r) => [r.caseNumber, r.daysSinceClosing])).toEqual([
        ["（2024）内0602民初2号", 121],
      ]);
      const all = await listUnarchived(actor, db, { asOf: AS_OF, overdueOnly: false });
      expect(all.rows.map((r) => [r.caseNumber, r.daysSinceClosing, r.overdue])).toEqual([
        ["（2024）内0602民初2号", 121, true],
        ["（2024）内0602民初3号", 90, false],
      ]);
      const file = await exportUnarchived(actor, db, { asOf: AS_OF, division: D1 });
      expect(file.fileName).toBe(`${D1}未归档案件清单.xlsx`);
      expect(file.content.subarray(0, 2).toString()).toBe("PK");
    });

    it("alerts: archive-overdue on B alone; the exclusion check on B (dates) and C (missing)", async () => {
      const alerts = await db.db
        .selectFrom("alerts")
        .select(["rule_id", "case_number"])
        .where("rule_id", "in", ["archive-overdue", "data-quality.appraisal-exclusion-mismatch"])
        .where("state", "!=", "resolved")
        .orderBy("rule_id")
        .orderBy("case_number")
        .execute();
      expect(alerts).toEqual([
        { rule_id: "archive-overdue", case_number: "（2024）内0602民初2号" },
        { rule_id: "data-quality.appraisal-exclusion-mismatch", case_number: "（2024）内0602民初2号" },
        { rule_id: "data-quality.appraisal-exclusion-mismatch", case_number: "（2024）内0602民初3号" },
      ]);
    });

    it("the register: working days on the legal calendar, overdue flags, links", async () => {
      const list = await listAppraisals(actor, db, { asOf: AS_OF });
      const rows = Object.fromEntries(list.rows.map((r) => [r.caseNumber, r]));
      // B: 04-02, 04-03 (2), 清明 04-04..06 off, Sunday 04-07 worked (3), 04-08..12 (8), 04-15..19 (13),
      // 04-22..26 (18), Sunday 04-28 worked (19), 04-29, 04-30 (21), 劳动节 05-01..05 off, 05-06 (22).
      expect(rows["（2024）内0602民初2号"]?.workingDays).toBe(22);
      expect(rows["（2024）内0602民初2号"]?.mismatchProblem).toBe("dates");
      // C: 05-07..10 (4), Saturday 05-11 worked (5), 05-13..17 (10), 05-20..24 (15), 05-27..31 (20),
      // 06-03..07 (25), 端午 06-10 off, 06-11..14 (29), 06-17 (30), 06-18..20 (33) → overdue.
      expect(rows["（2024）内0602民初3号"]?.workingDays).toBe(33);
      expect(rows["（2024）内0602民初3号"]?.overdue).toBe(true);
      expect(rows["（2024）内0602民初3号"]?.mismatchProblem).toBe("missing");
      expect(rows["（2024）内0602民初1号"]?.mismatch).toBeNull();
      // A: 03-05..08 (4), 03-11..15 (9), 03-18..22 (14), 03-25..29 (19), 04-01..03 (22), 04-07 (23),
      // 04-08..12 (28), 04-15..19 (33), 04-22..26 (38), 04-28 (39), 04-29..30 (41), 05-06..10 (46).
      expect(rows["（2024）内0602民初1号"]?.workingDays).toBe(46);
      expect(rows["（2024）内0602民初1号"]?.overdue).toBe(true);
      // E's 诉前 appraisal: 01-16..19 (4), 01-22..26 (9), 01-29..02-02 (14).
      expect(rows["（2024）内0602民诉前调5号"]?.workingDays).toBe(14);
      expect(rows["（2024）内0602民诉前调5号"]?.linkedCaseNumber).toBe("（2024）内0602民初5号");
      expect(list.counts).toEqual({ total: 4, overdue: 2, running: 0, mismatch: 2 });
    });

    it("诉前 against 诉中 by quarter, and the drill-down", async () => {
      const c = await appraisalComparison(actor, db, { asOf: AS_OF });
      const q1 = c.cells.filter((x) => x.quarter === "2024Q1");
      // 诉前 伤残: E, 01-15 → 10-01 = 260 days. 诉中 伤残 in Q1: A, 03-04 → 10-01 = 211 days.
      expect(q1.map((x) => [x.kind, x.stage, x.cases, x.closed, x.meanDaysToClose, x.longPending])).toEqual([
        ["伤残", "诉前", 1, 1, 260, 0],
        ["伤残", "诉中", 1, 1, 211, 0],
      ]);
      const drill = await appraisalComparisonCases(actor, db, {
        asOf: AS_OF,
        quarter: "2024Q1",
        kind: "伤残",
        stage: "诉前",
      });
      expect(drill.rows.map((r) => [r.caseNumber, r.daysToClose])).toEqual([["（2024）内0602民初5号", 260]]);
    });
  });
}
