import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addChineseDateFormats,
  excelSerialToDate,
  isDateFormat,
  readXlsx,
  type XlsxRow,
} from "./xlsx-reader.js";

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shenguan-xlsx-"));
  path = join(dir, "export.xlsx");
  const wb = new ExcelJS.Workbook();
  const cases = wb.addWorksheet("案件");
  cases.addRow(["案号", "立案日期", "标的额", "案由", "说明", "公式", "空", "上诉", "结案日期"]);
  const r2 = cases.getRow(2);
  r2.getCell(1).value = "（2024）内0602民初1234号";
  r2.getCell(2).value = new Date(Date.UTC(2024, 2, 1));
  r2.getCell(2).numFmt = "yyyy-mm-dd";
  r2.getCell(3).value = 12345.67;
  r2.getCell(4).value = { richText: [{ text: "民间借贷" }, { font: { bold: true }, text: "纠纷" }] };
  r2.getCell(5).value = { text: "判决书", hyperlink: "https://wenshu.court.gov.cn/" };
  r2.getCell(6).value = { formula: "C2*2", result: 24691.34 };
  // column 7 left empty
  r2.getCell(8).value = true;
  r2.getCell(9).value = { formula: "B2+30", result: 45382 }; // 2024-03-31 as a serial number
  r2.getCell(9).numFmt = 'yyyy"年"m"月"d"日"';
  r2.commit();
  // row 3 stays empty; row 4 has an error value, a text formula and a formula without result
  const r4 = cases.getRow(4);
  r4.getCell(1).value = "（2024）内0602民初1235号";
  r4.getCell(2).value = { error: "#N/A" };
  r4.getCell(3).value = { formula: 'A4&"号"', result: "文本结果" };
  r4.getCell(4).value = { formula: "1/0", result: undefined } as unknown as ExcelJS.CellFormulaValue;
  r4.getCell(5).value = "  前后有空格  ";
  // exceljs's streaming reader drops a formula's error result, and reads a formula's boolean
  // result as a number
  r4.getCell(6).value = { formula: "1/0", result: { error: "#DIV/0!" } };
  r4.getCell(7).value = { formula: "1>0", result: true };
  r4.commit();
  // a row with a formatted but empty cell, and one with an empty string only
  cases.getRow(5).getCell(3).numFmt = "0.00";
  cases.getRow(6).getCell(2).value = "";

  const events = wb.addWorksheet("审限变更");
  events.addRow(["案号", "事项", "开始日期", "期限"]);
  events.addRow(["（2024）内0602民初1234号", "延长审限", new Date(Date.UTC(2024, 7, 10)), "6个月"]);
  events.getCell("C2").numFmt = "yyyy/m/d";
  wb.addWorksheet("说明").addRow(["本表由系统导出"]);
  await wb.xlsx.writeFile(path);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(rows: AsyncIterable<XlsxRow>): Promise<XlsxRow[]> {
  const out: XlsxRow[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

describe("readXlsx", () => {
  it("streams every sheet, with Excel row numbers and typed cells", async () => {
    const rows = await collect(readXlsx(path));
    expect(rows.map((r) => [r.sheet, r.row])).toEqual([
      ["案件", 1],
      ["案件", 2],
      ["案件", 4],
      ["审限变更", 1],
      ["审限变更", 2],
      ["说明", 1],
    ]);
    expect(rows[0]!.cells).toEqual([
      "案号",
      "立案日期",
      "标的额",
      "案由",
      "说明",
      "公式",
      "空",
      "上诉",
      "结案日期",
    ]);
    expect(rows[1]!.cells).toEqual([
      "（2024）内0602民初1234号",
      new Date(Date.UTC(2024, 2, 1)),
      12345.67,
      "民间借贷纠纷",
      "判决书",
      24691.34,
      null,
      true,
      new Date(Date.UTC(2024, 2, 31)),
    ]);
    expect(rows[2]!.cells).toEqual([
      "（2024）内0602民初1235号",
      "#N/A",
      "文本结果",
      null,
      "  前后有空格  ",
      null,
      1,
    ]);
    expect(rows[4]!.cells).toEqual([
      "（2024）内0602民初1234号",
      "延长审限",
      new Date(Date.UTC(2024, 7, 10)),
      "6个月",
    ]);
  });

  it("gives date cells as midnight UTC of the civil date", async () => {
    const rows = await collect(readXlsx(path, { sheets: ["案件"] }));
    const filed = rows[1]!.cells[1];
    expect(filed).toBeInstanceOf(Date);
    const d = filed as Date;
    expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours()]).toEqual([
      2024, 3, 1, 0,
    ]);
    expect(d.toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("reads only the sheets asked for", async () => {
    const rows = await collect(readXlsx(path, { sheets: ["审限变更"] }));
    expect(rows.map((r) => [r.sheet, r.row])).toEqual([
      ["审限变更", 1],
      ["审限变更", 2],
    ]);
  });

  it("can be broken off, and nothing of the workbook is read after the file parts are gone", async () => {
    let n = 0;
    for await (const _ of readXlsx(path)) if (++n === 2) break;
    expect(n).toBe(2);
    // exceljs abandoned mid-stream read a temporary file after removing it: an uncaught ENOENT
    // some moments later (which fails the run). Give any such stray read the time to happen.
    await new Promise((r) => setTimeout(r, 500));
  });
});

describe("readXlsx — throughput (printed, not asserted)", () => {
  it("reads 20,000 rows of 18 columns", async () => {
    const big = join(dir, "big.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: big,
      useSharedStrings: true,
      useStyles: true,
    });
    const ws = writer.addWorksheet("案件");
    const n = 20_000;
    for (let i = 1; i <= n; i++) {
      const row = ws.addRow([
        `（2024）内0602民初${i}号`,
        "民间借贷纠纷",
        new Date(Date.UTC(2024, 2, 1 + (i % 28))),
        "简易程序",
        "民事审判第一庭",
        `法官${i % 40}`,
        new Date(Date.UTC(2024, 4, 1 + (i % 28))),
        "调解",
        12345.67 + i,
        "北京某某科技有限公司",
        "李四",
        "是",
        "否",
        null,
        null,
        "否",
        null,
        new Date(Date.UTC(2024, 5, 1)),
      ]);
      for (const c of [3, 7, 18]) row.getCell(c).numFmt = "yyyy-mm-dd";
      row.commit();
    }
    ws.commit();
    await writer.commit();
    const t0 = performance.now();
    let count = 0;
    let dates = 0;
    for await (const r of readXlsx(big)) {
      count++;
      if (r.cells[2] instanceof Date) dates++;
    }
    const ms = performance.now() - t0;
    expect([count, dates]).toEqual([n, n]);
    console.log(
      `xlsx throughput: ${count} rows in ${ms.toFixed(0)} ms = ${Math.round(count / (ms / 1000)).toLocaleString("en")} rows/s`,
    );
  });
});

describe("Excel dates", () => {
  it("converts serial numbers in both date systems", () => {
    expect(excelSerialToDate(45352).toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(excelSerialToDate(45352.5).toISOString()).toBe("2024-03-01T12:00:00.000Z");
    expect(excelSerialToDate(43890, true).toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });

  it("tells date formats from number formats", () => {
    for (const f of ["yyyy-mm-dd", "yyyy/m/d", 'yyyy"年"m"月"d"日"', "m/d/yy h:mm", "[$-804]yyyy-mm-dd"]) {
      expect(isDateFormat(f)).toBe(true);
    }
    for (const f of ["0.00", "#,##0", "General", '"元"0.00', undefined]) expect(isDateFormat(f)).toBe(false);
  });

  it("gives Excel's built-in Chinese date format ids a date format", async () => {
    const index: Record<number, string> = { 31: "yyyy-mm-dd", 176: "0.00" };
    const reader = {
      styles: undefined as unknown,
      async _parseStyles(this: { styles: unknown }) {
        this.styles = { index: { numFmt: index } };
      },
    };
    addChineseDateFormats(reader);
    await reader._parseStyles.call(reader);
    expect(index[57]).toBe('yyyy"年"m"月"');
    expect(index[58]).toBe('m"月"d"日"');
    expect(index[31]).toBe("yyyy-mm-dd"); // the workbook's own definition wins
    expect(isDateFormat(index[27])).toBe(true);
  });
});
