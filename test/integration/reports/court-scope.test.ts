/**
 * A court's 审判态势分析报告 counts its own court's cases only — the period's figures, the 上期
 * comparison, the units and, in a division's version, the "全院" column — on SQLite and PostgreSQL,
 * over two sibling courts under 内06 and the 中院's own cases (test/fixtures/sibling-courts.ts).
 * The level's report (basic courts under 内06) has one row per court and their sum.
 *
 * 未结案件数 (pending_end) by hand — 2024Q2 ends 06-30, the previous quarter (上期) 03-31:
 *   内0602: 06-30 A1–A5 = 5 (执行局 A1–A4 = 4); 03-31 A1–A4 = 4 (A5 filed 05-10)
 *   内0603: 06-30 B1–B3 = 3 (B4 closed 06-15);  03-31 B1–B4 = 4
 *   内06:   06-30 C1 C2 = 2;                    03-31 C1 C2 = 2
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildQuarterlyReport } from "../../../src/app/reports/build-quarterly-report.js";
import { accountOf, ENFORCEMENT, loadSiblingCourts } from "../../fixtures/sibling-courts.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const QUARTER = "2024Q2";
const hierarchy = accountOf("内06", ["内06", "内0602", "内0603"]);

async function sheetRows(xlsx: Buffer, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((r) => {
    rows.push((r.values as unknown[]).slice(1));
  });
  return rows;
}

/** 未结案件数 of the 核心指标 sheet: 本期, 上期 and (a division's version) 全院. */
async function pendingEnd(xlsx: Buffer): Promise<{ now: unknown; previous: unknown; court: unknown }> {
  const core = await sheetRows(xlsx, "核心指标");
  const header = core.find((r) => r[0] === "指标") as unknown[];
  const row = core.find((r) => r[0] === "未结案件数") as unknown[];
  expect(row, "a 未结案件数 row").toBeDefined();
  return {
    now: row[header.indexOf("本期")],
    previous: row[header.indexOf("上期")],
    court: header.includes("全院") ? row[header.indexOf("全院")] : undefined,
  };
}

for (const dialect of TEST_DIALECTS) {
  describe(`a court's report counts its court only (${dialect})`, () => {
    let db: TestDb;

    beforeAll(async () => {
      db = await freshDb(dialect);
      await loadSiblingCourts(db);
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    it("内0602's and 内0603's reports, each against its own previous quarter; the level's is their sum", async () => {
      const r02 = await buildQuarterlyReport(hierarchy, db, { quarter: QUARTER, court: "内0602" });
      // 内0602: 5 now, 4 at 03-31.
      expect(await pendingEnd(r02.xlsx)).toMatchObject({ now: 5, previous: 4 });
      const r03 = await buildQuarterlyReport(hierarchy, db, { quarter: QUARTER, court: "内0603" });
      // 内0603: 3 now, 4 at 03-31.
      expect(await pendingEnd(r03.xlsx)).toMatchObject({ now: 3, previous: 4 });
      const level = await buildQuarterlyReport(hierarchy, db, {
        quarter: QUARTER,
        court: "内06",
        level: "basic",
      });
      // The level: 5 + 3 = 8 now, 4 + 4 = 8 at 03-31 — not 内06's own C1 C2.
      expect(await pendingEnd(level.xlsx)).toMatchObject({ now: 8, previous: 8 });
      const units = await sheetRows(level.xlsx, "分法院指标");
      const header = units.find((r) => r[0] === "法院") ?? units[1];
      const col = (header as unknown[]).indexOf("未结案件数");
      expect(col).toBeGreaterThan(0);
      expect(units.slice(-3).map((r) => [r[0], r[col]])).toEqual([
        ["鄂尔多斯市东胜区人民法院", 5],
        ["鄂尔多斯康巴什区人民法院", 3],
        ["辖区基层人民法院合计", 8],
      ]);
      // The whole hierarchy (内06's office, no court chosen): 5 + 3 + 2 = 10.
      const whole = await buildQuarterlyReport(hierarchy, db, { quarter: QUARTER });
      expect(await pendingEnd(whole.xlsx)).toMatchObject({ now: 10, previous: 10 });
    }, 60_000);

    it("a division's version compares 内0602's 执行局 with 内0602 as 全院, not with every court", async () => {
      // 执行局 of 内0602: A1–A4 = 4 (and 4 at 03-31); 全院 = 内0602 = 5 — the database holds 10.
      const chief = accountOf("内0602", ["内0602"], "chief", ENFORCEMENT);
      const own = await buildQuarterlyReport(chief, db, { quarter: QUARTER });
      expect(await pendingEnd(own.xlsx)).toEqual({ now: 4, previous: 4, court: 5 });
      // The same version asked by 内06's office for court 内0602.
      const asked = await buildQuarterlyReport(hierarchy, db, {
        quarter: QUARTER,
        court: "内0602",
        division: ENFORCEMENT,
      });
      expect(await pendingEnd(asked.xlsx)).toEqual({ now: 4, previous: 4, court: 5 });
      // 内0603's 执行局: B1–B3 = 3 (4 at 03-31); 全院 内0603 = 3.
      const other = accountOf("内0603", ["内0603"], "chief", ENFORCEMENT);
      expect(await pendingEnd((await buildQuarterlyReport(other, db, { quarter: QUARTER })).xlsx)).toEqual({
        now: 3,
        previous: 4,
        court: 3,
      });
    }, 60_000);
  });
}
