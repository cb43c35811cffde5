/**
 * The 鉴定 sheet through a real import on SQLite and PostgreSQL: valid rows are stored (a 诉前
 * appraisal under a 诉前调 number that is no stored case; a 诉中 one whose case is in the same
 * file), a re-import changes nothing, and a bad row is reported by sheet, row, column and value
 * with nothing of the file written.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-appraisals-"));
const actor = systemActor("tester");
const TODAY = "2024-12-31";
const CASES = "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,原审案号";
const EVENTS = "案号,事项,原因,开始日期,结束日期";
const APPRAISALS = "案号,阶段,鉴定类型,委托日期,鉴定机构,完成日期";

function write(name: string, header: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, [header, ...lines].join("\n"));
  return p;
}

for (const dialect of TEST_DIALECTS) {
  describe(`鉴定 sheet on ${dialect}`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db?.drop();
    });

    const stored = () =>
      db.db
        .selectFrom("appraisals")
        .select(["case_number", "stage", "kind", "commissioned_on", "institution", "completed_on"])
        .orderBy("commissioned_on")
        .execute();

    it("imports 诉前 and 诉中 rows, and a re-import changes nothing", async () => {
      const files = [
        write("cases.csv", CASES, [
          "（2024）内0602民初100号,机动车交通事故责任纠纷,2024-03-01,普通程序,民事审判第一庭,张三,,,(2024)内0602民诉前调7号",
          "（2024）内0602民初101号,建设工程施工合同纠纷,2024-02-01,普通程序,民事审判第二庭,李四,,,",
        ]),
        write("events.csv", EVENTS, ["（2024）内0602民初101号,扣除审限,鉴定,2024-03-04,2024-05-10"]),
        write("appraisals.csv", APPRAISALS, [
          "(2024)内0602民诉前调7号,诉前,伤残,2024-01-10,某司法鉴定所,2024-02-05",
          "（2024）内0602民初101号,诉中,工程造价,2024-03-04,某造价咨询公司,2024-05-10",
        ]),
      ];
      const first = await importCases(actor, db, files, { today: TODAY, refresh: false });
      expect(first.errors).toEqual([]);
      expect(first.appraisals).toEqual({ total: 2, inserted: 2, updated: 0, unchanged: 0 });
      expect(await stored()).toEqual([
        {
          case_number: "（2024）内0602民诉前调7号",
          stage: "诉前",
          kind: "伤残",
          commissioned_on: "2024-01-10",
          institution: "某司法鉴定所",
          completed_on: "2024-02-05",
        },
        {
          case_number: "（2024）内0602民初101号",
          stage: "诉中",
          kind: "工程造价",
          commissioned_on: "2024-03-04",
          institution: "某造价咨询公司",
          completed_on: "2024-05-10",
        },
      ]);
      const again = await importCases(actor, db, files, { today: TODAY, refresh: false });
      expect(again.status).toBe("unchanged");
      expect(again.appraisals).toEqual({ total: 2, inserted: 0, updated: 0, unchanged: 2 });
      expect(await stored()).toHaveLength(2);
    });

    it("rejects the whole file for a bad row, naming sheet, row, column and value", async () => {
      const files = [
        write("cases2.csv", CASES, [
          "（2024）内0602民初200号,民间借贷纠纷,2024-04-01,简易程序,民事审判第一庭,张三,,,",
        ]),
        write("appraisals2.csv", APPRAISALS, [
          "（2024）内0602民初200号,诉中,笔迹,2024-04-10,,",
          "（2024）内0602民初200号,诉中,指纹,2024-04-12,,",
          "（2024）内0602民初999号,诉中,价格,2024-04-12,,",
        ]),
      ];
      const r = await importCases(actor, db, files, { today: TODAY, refresh: false });
      expect(r.ok).toBe(false);
      expect(r.errors).toEqual([
        {
          sheet: "appraisals2.csv",
          row: 3,
          column: "鉴定类型",
          value: "指纹",
          message: "未知的鉴定类型 (应为 伤残、工程造价、笔迹、价格、医疗损害、其他)",
          severity: "error",
        },
        {
          sheet: "appraisals2.csv",
          row: 4,
          column: "案号",
          value: "（2024）内0602民初999号",
          message: "找不到该案号的案件：诉中鉴定的案件必须在案件表或已导入数据中",
          severity: "error",
        },
      ]);
      // Nothing written: neither the case nor the valid appraisal row.
      const c = await db.db
        .selectFrom("cases")
        .select("id")
        .where("case_number", "=", "（2024）内0602民初200号")
        .execute();
      expect(c).toEqual([]);
      expect(await stored()).toHaveLength(2);
    });

    it("reads the 鉴定 sheet of a workbook, Excel date cells included", async () => {
      const wb = new ExcelJS.Workbook();
      const cases = wb.addWorksheet("案件");
      cases.addRow(["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人"]);
      cases.addRow([
        "（2024）内0602民初300号",
        "医疗损害责任纠纷",
        "2024-05-06",
        "普通程序",
        "民事审判第一庭",
        "张三",
      ]);
      const sheet = wb.addWorksheet("鉴定");
      sheet.addRow(["案号", "阶段", "鉴定类型", "委托日期", "鉴定机构", "完成日期"]);
      sheet.addRow([
        "（2024）内0602民初300号",
        "诉中",
        "医疗损害鉴定",
        new Date(Date.UTC(2024, 5, 3)),
        "丁鉴定中心",
        null,
      ]);
      const file = join(dir, "book.xlsx");
      await wb.xlsx.writeFile(file);
      const r = await importCases(actor, db, [file], { today: TODAY, refresh: false });
      expect(r.errors).toEqual([]);
      expect(r.appraisals).toEqual({ total: 1, inserted: 1, updated: 0, unchanged: 0 });
      const row = await db.db
        .selectFrom("appraisals")
        .select(["kind", "commissioned_on", "completed_on"])
        .where("case_number", "=", "（2024）内0602民初300号")
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ kind: "医疗损害", commissioned_on: "2024-06-03", completed_on: null });
    });
  });
}
