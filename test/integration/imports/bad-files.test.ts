/**
 * Files that are no court export, or are built to do harm — a corrupt .xlsx, zip bombs, a CSV
 * without line breaks, a header of a million columns, a bad UTF-8 byte — are each one clear
 * Chinese error in the report, and nothing stored changes (SQLite and PostgreSQL). The limits are
 * the defaults (import-limits.ts): 512 MB inflated per workbook, 1 MB per cell, 4 MB per CSV line,
 * 1,000 header columns.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ImportReport, importCases } from "../../../src/app/imports/import-cases.js";
import { systemActor } from "../../../src/app/shared/actor.js";
import { freshDb, TEST_DIALECTS, type TestDb } from "../../helpers/db.js";
import {
  columnLetters,
  part,
  repeatedPart,
  sheetXml,
  workbookParts,
  writeLineWithoutBreak,
  zip,
} from "../../helpers/hostile-files.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-badfiles-"));
const actor = systemActor("tester");
const TODAY = "2024-12-31";
const HEADER = ["案号", "案由", "立案日期", "审理程序", "承办部门", "承办人"];
const row = (n: number) => [
  `（2024）内0602民初${n}号`,
  "民间借贷纠纷",
  "2024-03-01",
  "简易程序",
  "民事审判第一庭",
  "张三",
];
const csv = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;

const files: Record<string, string> = {};
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  writeFileSync(path("good.csv"), csv([HEADER, row(1), row(2)]));
  writeFileSync(path("corrupt.xlsx"), Buffer.from("这不是工作簿，只是改了扩展名的文本。\n".repeat(200)));
  files.corrupt = path("corrupt.xlsx");
  // A gibibyte of one letter in cell A2, deflated to about a megabyte; the directory is honest.
  const bomb = await repeatedPart(
    "xl/worksheets/sheet1.xml",
    sheetXml([HEADER]).replace("</sheetData></worksheet>", '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
    2 ** 30,
    "</t></is></c></row></sheetData></worksheet>",
  );
  writeFileSync(path("bomb.xlsx"), zip(workbookParts([{ name: "案件", part: bomb }])));
  // The same, with a directory that says 2,000 bytes.
  writeFileSync(path("liar.xlsx"), zip(workbookParts([{ name: "案件", part: { ...bomb, size: 2000 } }])));
  // A cell of 2 MiB: within the workbook limit, past the cell limit.
  const bigCell = await repeatedPart(
    "xl/worksheets/sheet1.xml",
    sheetXml([HEADER]).replace("</sheetData></worksheet>", '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
    2 * 2 ** 20,
    "</t></is></c></row></sheetData></worksheet>",
  );
  writeFileSync(path("bigcell.xlsx"), zip(workbookParts([{ name: "案件", part: bigCell }])));
  // A shared text of 2 MiB, in a workbook without the sheet 审限变更 (whose reader then inflates nothing).
  const sharedText = await repeatedPart(
    "xl/sharedStrings.xml",
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${HEADER.map((h) => `<si><t>${h}</t></si>`).join("")}<si><t>`,
    2 * 2 ** 20,
    "</t></si></sst>",
  );
  const sharedSheet = sheetXml([]).replace(
    "<sheetData></sheetData>",
    `<sheetData><row r="1">${HEADER.map((_, i) => `<c r="${columnLetters(i + 1)}1" t="s"><v>${i}</v></c>`).join("")}</row><row r="2"><c r="A2" t="s"><v>${HEADER.length}</v></c></row></sheetData>`,
  );
  writeFileSync(
    path("bigshared.xlsx"),
    zip(workbookParts([{ name: "案件", part: part("xl/worksheets/sheet1.xml", sharedSheet) }], [sharedText])),
  );
  // 5 MiB without a line break (the CLI test reads 400 MB of it).
  await writeLineWithoutBreak(path("noline.csv"), 5 * 2 ** 20, "案号,立案日期,");
  // A header of a million columns (6 + 999,994): 3 MB, within the line limit.
  writeFileSync(path("wide.csv"), `${HEADER.join(",")},${"列,".repeat(999_993)}列\n${row(1).join(",")}\n`);
  // A workbook header of 2,000 columns (Excel has 16,384).
  const wideHeader = Array.from({ length: 2000 }, (_, i) =>
    i < HEADER.length ? HEADER[i]! : `列${columnLetters(i + 1)}`,
  );
  writeFileSync(path("wide.xlsx"), zip(workbookParts([{ name: "案件", rows: [wideHeader, row(1)] }])));
  // UTF-8, with 张 of row 5 spoilt (E5 BC A0 → FF BC A0): inside the 64 KiB the encoding is told from.
  const text = Buffer.from(csv([HEADER, row(1), row(2), row(3), row(4), row(5)]), "utf8");
  let at = -1;
  for (let k = 0; k < 5; k++) at = text.indexOf(Buffer.from("张三", "utf8"), at + 1);
  text[at] = 0xff;
  writeFileSync(path("badbyte.csv"), text);
}, 120_000);

for (const dialect of TEST_DIALECTS) {
  describe(`bad files on ${dialect}`, () => {
    let db: TestDb;
    let before: string;
    const snapshot = async () => {
      const cases = await db.db.selectFrom("cases").selectAll().orderBy("id").execute();
      const events = await db.db.selectFrom("case_events").selectAll().orderBy("id").execute();
      const facts = await db.db.selectFrom("case_facts").selectAll().orderBy("case_id").execute();
      return JSON.stringify({ cases, events, facts });
    };
    beforeAll(async () => {
      db = await freshDb(dialect);
      const r = await importCases(actor, db, [path("good.csv")], { today: TODAY });
      expect(r.status).toBe("imported");
      before = await snapshot();
    }, 60_000);
    afterAll(async () => {
      await db?.drop();
    });

    /** Imports the file; expects exactly one error, and nothing stored changed. */
    const rejected = async (name: string): Promise<ImportReport> => {
      const r = await importCases(actor, db, [path(name)], { today: TODAY });
      expect(r.status).toBe("rejected");
      expect(r.errors).toHaveLength(1);
      expect(r.errorCount).toBe(1);
      expect(r.warningCount).toBe(0);
      expect(await snapshot()).toBe(before);
      return r;
    };

    it("a file that is no workbook", async () => {
      const r = await rejected("corrupt.xlsx");
      expect(r.errors[0]).toMatchObject({
        sheet: "corrupt.xlsx",
        row: 0,
        message: "文件不是有效的 Excel 工作簿（.xlsx）",
      });
    });

    it("a zip bomb whose directory tells its size: refused before anything is inflated", async () => {
      const r = await rejected("bomb.xlsx");
      expect(r.errors[0]).toMatchObject({
        sheet: "bomb.xlsx",
        message: "工作簿解压后共 1 GB，超过 512 MB 上限，文件可能已损坏或经过恶意构造",
      });
    });

    it("a zip bomb whose directory lies: stopped at the first piece past the size it gives", async () => {
      const r = await rejected("liar.xlsx");
      expect(r.errors[0]).toMatchObject({
        sheet: "案件",
        message: "工作簿已损坏：工作表“案件”解压后比压缩包记录的 1.9 KB 更大，文件可能已损坏或经过恶意构造",
      });
    });

    it("a cell past the cell limit, named by sheet, cell and column", async () => {
      const r = await rejected("bigcell.xlsx");
      expect(r.errors[0]).toMatchObject({
        sheet: "案件",
        row: 2,
        column: "案号",
        message: "工作表“案件”的单元格 A2 解压后超过 1 MB 上限，文件可能已损坏或经过恶意构造",
      });
    });

    it("a shared text past the cell limit: one error, though two sheets read the workbook", async () => {
      const r = await rejected("bigshared.xlsx");
      expect(r.errors[0]).toMatchObject({
        sheet: "案件",
        message:
          "工作簿中有单元格的文本（共享文本第 7 条）解压后超过 1 MB 上限，文件可能已损坏或经过恶意构造",
      });
    });

    it("a CSV without a line break", async () => {
      const r = await rejected("noline.csv");
      expect(r.errors[0]).toMatchObject({
        sheet: "noline.csv",
        message: "第 1 行超过 4 MB 仍未换行：不是有效的 CSV 文件",
      });
    });

    it("a header of a million columns: one error, not a warning per column", async () => {
      const r = await rejected("wide.csv");
      expect(r.errors[0]).toMatchObject({
        sheet: "wide.csv",
        message: "第 1 行（表头）有 1000000 列，超过 1000 列的上限，文件可能已损坏或经过恶意构造",
      });
      const x = await rejected("wide.xlsx");
      expect(x.errors[0]).toMatchObject({
        sheet: "案件",
        row: 1,
        message: "第 1 行（表头）有 2000 列，超过 1000 列的上限，文件可能已损坏或经过恶意构造",
      });
    });

    it("a bad UTF-8 byte: its row, its column and its bytes", async () => {
      const r = await rejected("badbyte.csv");
      expect(r.errors[0]).toMatchObject({
        sheet: "badbyte.csv",
        row: 6,
        column: "承办人",
        value: "\uFFFD\uFFFD\uFFFD三",
        message: "第 6 行第 6 列含有无法按 UTF-8 解码的字节（FF BC A0）",
      });
    });
  });
}
