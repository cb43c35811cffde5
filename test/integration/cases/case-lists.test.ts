/**
 * Case lists on SQLite and PostgreSQL: the search matches case number, party and judge within the
 * reader's scope; every list (search, a figure's drill-down) is the most urgent first by default;
 * `pending` lists the cases not closed; each searched row counts its open alerts; exports put
 * 审限状态 and 剩余/超期天数 right after 案号, in words. Days by hand next to each case.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCases } from "../../../src/app/cases/export-cases.js";
import { listCases, searchCases } from "../../../src/app/cases/list-cases.js";
import { importCases } from "../../../src/app/imports/import-cases.js";
import { drillDown } from "../../../src/app/indicators/drill-down.js";
import { ExportPool } from "../../../src/app/runtime/export-pool.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import type { Actor } from "../../../src/domain/auth/index.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-case-lists-"));
const office: Actor = { username: "office", role: "office" };
/** Imported (and the clocks computed) as of this day. */
const TODAY = "2024-07-15";
const CIVIL1 = "民事审判第一庭";
const ENFORCEMENT = "执行局";

const A = "（2024）内0602民初101号";
const B = "（2024）内0602民初102号";
const C = "（2024）内0602民初103号";
const D = "（2024）内0602民初104号";
const E = "（2024）内0602民初108号";
const F = "（2024）内0602执保55号";

const HEADER =
  "案号,案由,立案日期,审理程序,承办部门,承办人,结案日期,结案方式,标的额,原告,被告,涉企,上诉,二审结果";
const CASES = [
  HEADER,
  // A 简易 filed 01-15: 3 months → 04-15 (Mon). 07-15: overdue 91 days (04-15 → 05-15 30,
  //   → 06-15 31, → 07-15 30).
  `${A},民间借贷纠纷,2024-01-15,简易程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // B 简易 filed 03-01: 3 months → 06-01 (Sat) → 06-03 (Mon). 07-15: overdue 42 days (→ 07-03 30, + 12).
  `${B},买卖合同纠纷,2024-03-01,简易程序,${CIVIL1},李四,,,10000,甲某,乙某,否,,`,
  // C 普通 filed 01-22: 6 months → 07-22 (Mon). 07-15: 7 days left.
  `${C},物业服务合同纠纷,2024-01-22,普通程序,${CIVIL1},张三,,,10000,甲某,乙某,否,,`,
  // D 普通 filed 05-06: 6 months → 11-06 (Wed). 07-15: 16 (rest of July) + 31 + 30 + 31 + 6 = 114 left.
  `${D},金融借款合同纠纷,2024-05-06,普通程序,${CIVIL1},王五,,,10000,某某银行股份有限公司,乙某,否,,`,
  // E closed 06-10: no running clock.
  `${E},离婚纠纷,2024-02-01,简易程序,${CIVIL1},李四,2024-06-10,判决,,甲某,乙某,否,否,`,
  // F 执保: no statutory limit, pending.
  `${F},买卖合同纠纷,2024-06-10,,${ENFORCEMENT},赵六,,,10000,甲某,乙某,否,,`,
].join("\n");
const EVENTS = "案号,事项,原因,开始日期,结束日期,期限,新程序,批准人,说明\n";

function write(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

for (const dialect of TEST_DIALECTS) {
  describe(`case lists on ${dialect}`, () => {
    let db: TestDb;

    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(
        systemActor("tester"),
        db,
        [write("cases.csv", CASES), write("events.csv", EVENTS)],
        { today: TODAY },
      );
      expect(r.errors).toEqual([]);
    });
    afterAll(async () => {
      await db?.drop();
    });

    it("lists the most urgent first by default: overdue by the most days, then the fewest days left", async () => {
      const list = await listCases(office, db, { pageSize: 50 });
      expect(list.rows.slice(0, 4).map((r) => [r.caseNumber, r.daysLeft])).toEqual([
        [A, -91],
        [B, -42],
        [C, 7],
        [D, 114],
      ]);
      // Then the cases without a running clock (closed, no statutory limit).
      expect(new Set(list.rows.slice(4).map((r) => r.caseNumber))).toEqual(new Set([E, F]));
      expect(list.rows.slice(4).every((r) => r.daysLeft === null)).toBe(true);
      // A column asked for still sorts by that column.
      const byFiled = await listCases(office, db, { sort: "filed_on", order: "asc" });
      expect(byFiled.rows[0]?.caseNumber).toBe(A);
      expect(byFiled.rows.at(-1)?.caseNumber).toBe(F);
    });

    it("a figure's case list is in the same order by default", async () => {
      // Filed in 2024 up to today: all six cases.
      const drill = await drillDown(office, db, {
        indicator: "filed",
        part: "numerator",
        from: "2024-01-01",
        to: TODAY,
      });
      expect(drill.total).toBe(6);
      expect(drill.rows.slice(0, 4).map((r) => r.caseNumber)).toEqual([A, B, C, D]);
    });

    it("finds a case by its judge's name, as by its number or a party, within the scope", async () => {
      const byJudge = await listCases(office, db, { q: "王五" });
      expect(byJudge.rows.map((r) => r.caseNumber)).toEqual([D]);
      const zhang = await listCases(office, db, { q: "张三" });
      expect(zhang.rows.map((r) => r.caseNumber)).toEqual([A, C]);
      expect((await listCases(office, db, { q: "某某银行" })).rows.map((r) => r.caseNumber)).toEqual([D]);
      expect((await listCases(office, db, { q: "执保55" })).rows.map((r) => r.caseNumber)).toEqual([F]);
      // A judge finds only their own cases, a chief only their division's.
      const judge: Actor = { username: "z", role: "judge", judgeName: "张三", division: CIVIL1 };
      expect((await listCases(judge, db, { q: "李四" })).total).toBe(0);
      expect((await listCases(judge, db, { q: "张三" })).total).toBe(2);
      const chief: Actor = { username: "c", role: "chief", division: CIVIL1 };
      expect((await listCases(chief, db, { q: "赵六" })).total).toBe(0);
      // "%" and "_" are letters, not wildcards.
      expect((await listCases(office, db, { q: "%" })).total).toBe(0);
    });

    it("lists the pending cases (not closed), with or without a statutory limit", async () => {
      const pending = await listCases(office, db, { status: "pending" });
      expect(pending.rows.map((r) => r.caseNumber)).toEqual([A, B, C, D, F]);
      const judge: Actor = { username: "z", role: "judge", judgeName: "张三", division: CIVIL1 };
      expect((await listCases(judge, db, { status: "pending" })).rows.map((r) => r.caseNumber)).toEqual([
        A,
        C,
      ]);
    });

    it("counts each row's open alerts by level", async () => {
      const found = await searchCases(office, db, { pageSize: 50 });
      const a = found.rows.find((r) => r.caseNumber === A);
      // A is overdue: 超审限 is a 一级 (critical) alert, new.
      expect(a?.alerts.bySeverity.critical).toBeGreaterThanOrEqual(1);
      expect(a?.alerts.unacknowledged).toBe(a?.alerts.open);
      // E is closed and clean (on time, nothing odd): no alert.
      const e = found.rows.find((r) => r.caseNumber === E);
      expect(e?.alerts).toEqual({
        open: 0,
        unacknowledged: 0,
        bySeverity: { info: 0, warning: 0, serious: 0, critical: 0 },
      });
      // Every row's counts equal the stored open alerts of its case.
      for (const row of found.rows) {
        const stored = await db.db
          .selectFrom("alerts")
          .select(["severity"])
          .where("case_id", "=", row.id)
          .where("state", "<>", "resolved")
          .execute();
        expect(row.alerts.open, row.caseNumber).toBe(stored.length);
        for (const s of ["info", "warning", "serious", "critical"] as const) {
          expect(row.alerts.bySeverity[s], `${row.caseNumber} ${s}`).toBe(
            stored.filter((x) => x.severity === s).length,
          );
        }
      }
    });

    it("exports the list with 审限状态 and 剩余/超期天数 after 案号, in words", async () => {
      // Built on this thread (the workers are compiled code), read page by page as on the server.
      const pool = new ExportPool({ db: db.url, handle: db, workers: false, pageRows: 2 });
      const file = await exportCases(office, {}, pool);
      const chunks: Buffer[] = [];
      for await (const c of file.content) chunks.push(c as Buffer);
      await pool.close();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0] as ExcelJS.Worksheet;
      expect((ws.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
        "案号",
        "审限状态",
        "剩余/超期天数",
        "承办部门",
      ]);
      // The most urgent first here too.
      expect((ws.getRow(3).values as unknown[]).slice(1, 4)).toEqual([A, "超审限", "已超 91 天"]);
      expect((ws.getRow(5).values as unknown[]).slice(1, 4)).toEqual([C, "审限内", "剩余 7 天"]);
      let negative = 0;
      ws.eachRow((row) => {
        if (/^-\d/.test(String(row.getCell(3).value ?? ""))) negative++;
      });
      expect(negative).toBe(0);
    });
  });
}
