import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  columnLetters,
  part,
  repeatedPart,
  sheetXml,
  workbookParts,
  type ZipPart,
  zip,
} from "../../test/helpers/hostile-files.js";
import {
  addChineseDateFormats,
  checkXlsx,
  excelSerialToDate,
  isDateFormat,
  readXlsx,
  XlsxFormatError,
  type XlsxRow,
  XmlGuard,
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

const HEADER = ["案号", "案由", "立案日期"];
const ROW = ["（2024）内0602民初1号", "民间借贷纠纷", "2024-03-01"];

async function write(name: string, bytes: Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, bytes);
  return p;
}

/** The error reading the whole file throws (XlsxFormatError expected). */
async function failure(file: string, options: Parameters<typeof readXlsx>[1] = {}): Promise<XlsxFormatError> {
  try {
    await collect(readXlsx(file, options));
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxFormatError);
    return err as XlsxFormatError;
  }
  throw new Error("the workbook was read without error");
}

describe("readXlsx — broken and hostile workbooks", () => {
  it("reads the minimal workbook these tests build on", async () => {
    const file = await write("minimal.xlsx", zip(workbookParts([{ name: "案件", rows: [HEADER, ROW] }])));
    const rows = await collect(readXlsx(file));
    expect(rows).toEqual([
      { sheet: "案件", row: 1, cells: HEADER },
      { sheet: "案件", row: 2, cells: ROW },
    ]);
  });

  it("says a file that is no zip is no Excel workbook, before reading anything else", async () => {
    const file = await write("text.xlsx", Buffer.from("案号,立案日期\n这不是工作簿\n".repeat(50)));
    for (const attempt of [() => checkXlsx(file), () => collect(readXlsx(file))]) {
      const err = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(XlsxFormatError);
      expect((err as Error).message).toBe("文件不是有效的 Excel 工作簿（.xlsx）");
    }
    // Cut short: the local headers are there, the directory at the end is not.
    const whole = zip(workbookParts([{ name: "案件", rows: [HEADER, ROW] }]));
    const cut = await write("cut.xlsx", whole.subarray(0, whole.length - 40));
    expect((await failure(cut)).message).toBe("文件不是有效的 Excel 工作簿（.xlsx）");
  });

  it("tells an old .xls (or a workbook with a password) by its signature", async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const err = await failure(await write("old.xlsx", ole));
    expect(err.message).toMatch(/^文件不是有效的 Excel 工作簿（\.xlsx）：它是旧版 Excel 工作簿（\.xls）/);
  });

  it("says a zip without a workbook in it (a .docx renamed) is no workbook", async () => {
    const docx = zip([part("[Content_Types].xml", "<Types/>"), part("word/document.xml", "<w:document/>")]);
    expect((await failure(await write("word.xlsx", docx))).message).toBe(
      "文件不是有效的 Excel 工作簿（.xlsx）",
    );
  });

  it("refuses a workbook whose directory says it inflates past the limit, inflating nothing", async () => {
    // A 1 GiB cell, deflated to about a megabyte; the directory tells the truth about its size.
    const bomb = await repeatedPart(
      "xl/worksheets/sheet1.xml",
      sheetXml([HEADER]).replace("</sheetData></worksheet>", '<row r="2"><c r="A2" t="inlineStr"><is><t>'),
      2 ** 30,
      "</t></is></c></row></sheetData></worksheet>",
    );
    expect(bomb.stored.length).toBeLessThan(1_100_000);
    const file = await write("bomb.xlsx", zip(workbookParts([{ name: "案件", part: bomb }])));
    const err = await checkXlsx(file).then(
      () => undefined,
      (e: unknown) => e as XlsxFormatError,
    );
    // 1 GiB of a's plus the markup: "1 GB" (rounded down); the default limit is 512 MiB.
    expect(err?.message).toBe("工作簿解压后共 1 GB，超过 512 MB 上限，文件可能已损坏或经过恶意构造");
    expect((await failure(file)).message).toBe(err?.message);

    // The same bomb with a directory that lies (2,000 bytes): stopped at its first inflated piece.
    const liar = await write(
      "liar.xlsx",
      zip(workbookParts([{ name: "案件", part: { ...bomb, size: 2000 } }])),
    );
    await checkXlsx(liar);
    expect((await failure(liar)).message).toBe(
      "工作簿已损坏：工作表“案件”解压后比压缩包记录的 1.9 KB 更大，文件可能已损坏或经过恶意构造",
    );
  }, 60_000);

  it("refuses a cell past the cell limit, naming the sheet and the cell, before the XML parser holds it", async () => {
    // 3,000 bytes of text in B2 with a 2,048-byte cell limit; the directory is honest.
    const big = await repeatedPart(
      "xl/worksheets/sheet1.xml",
      sheetXml([HEADER]).replace(
        "</sheetData></worksheet>",
        '<row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="B2" t="inlineStr"><is><t>',
      ),
      3000,
      "</t></is></c></row></sheetData></worksheet>",
    );
    const file = await write("bigcell.xlsx", zip(workbookParts([{ name: "案件", part: big }])));
    const err = await failure(file, { limits: { maxCellBytes: 2048 } });
    expect(err.message).toBe("工作表“案件”的单元格 B2 解压后超过 2 KB 上限，文件可能已损坏或经过恶意构造");
    expect([err.row, err.column]).toEqual([2, 2]);
    // Within the limit it is read whole.
    const rows = await collect(readXlsx(file, { limits: { maxCellBytes: 4096 } }));
    expect(rows[1]!.cells).toEqual(["x", "a".repeat(3000)]);
  });

  it("refuses a shared text past the cell limit", async () => {
    const sst = await repeatedPart(
      "xl/sharedStrings.xml",
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>案号</t></si><si><t>',
      5000,
      "</t></si></sst>",
    );
    const sheet = part(
      "xl/worksheets/sheet1.xml",
      sheetXml([]).replace(
        "<sheetData></sheetData>",
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>',
      ),
    );
    const file = await write("bigshared.xlsx", zip(workbookParts([{ name: "案件", part: sheet }], [sst])));
    expect((await failure(file, { limits: { maxCellBytes: 4096 } })).message).toBe(
      "工作簿中有单元格的文本（共享文本第 2 条）解压后超过 4 KB 上限，文件可能已损坏或经过恶意构造",
    );
    expect((await collect(readXlsx(file)))[0]!.cells).toEqual(["案号", "a".repeat(5000)]);
  });

  it("says corrupt data, a wrong CRC and broken XML are a damaged workbook", async () => {
    const good = part("xl/worksheets/sheet1.xml", sheetXml([HEADER, ROW]));
    const garbled: ZipPart = {
      ...good,
      stored: Buffer.from(good.stored.map((b, i) => (i > 8 ? b ^ 0x5a : b))),
    };
    expect(
      (await failure(await write("garbled.xlsx", zip(workbookParts([{ name: "案件", part: garbled }])))))
        .message,
    ).toMatch(/^工作簿已损坏：工作表“案件”/);
    const wrongCrc: ZipPart = { ...good, crc: good.crc ^ 1 };
    expect(
      (await failure(await write("crc.xlsx", zip(workbookParts([{ name: "案件", part: wrongCrc }])))))
        .message,
    ).toBe("工作簿已损坏：工作表“案件”解压后与压缩包记录的大小或校验和不符");
    const broken = part(
      "xl/worksheets/sheet1.xml",
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>',
    );
    expect(
      (await failure(await write("xml.xlsx", zip(workbookParts([{ name: "案件", part: broken }]))))).message,
    ).toBe("工作簿已损坏：工作表“案件”的内容格式错误，无法读取");
    expect(crc32(Buffer.from("x"))).not.toBe(0);
  });

  it("refuses a DTD (entities could be declared in it)", async () => {
    const dtd = part(
      "xl/worksheets/sheet1.xml",
      '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaa">]>' +
        sheetXml([HEADER]).replace(/^<\?xml[^>]*>\n/, ""),
    );
    expect(
      (await failure(await write("dtd.xlsx", zip(workbookParts([{ name: "案件", part: dtd }]))))).message,
    ).toBe("文件不是有效的 Excel 工作簿（.xlsx）：工作簿含有文档类型声明");
  });

  it("reads Chinese text across the boundaries of the inflated pieces intact", async () => {
    // exceljs decoded each inflated piece (16 KiB) on its own, so a character cut by a boundary
    // became U+FFFD: a shared-strings table of 3,000 case numbers crosses some thirty boundaries.
    const numbers = Array.from({ length: 3000 }, (_, i) => `（2024）内0602民初${i + 1}号`);
    const sst = part(
      "xl/sharedStrings.xml",
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numbers.map((n) => `<si><t>${n}</t></si>`).join("")}</sst>`,
    );
    const sheet = part(
      "xl/worksheets/sheet1.xml",
      sheetXml([]).replace(
        "<sheetData></sheetData>",
        `<sheetData>${numbers.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join("")}</sheetData>`,
      ),
    );
    const file = await write("chinese.xlsx", zip(workbookParts([{ name: "案件", part: sheet }], [sst])));
    const rows = await collect(readXlsx(file));
    expect(rows.map((r) => r.cells[0])).toEqual(numbers);
  });
});

describe("XmlGuard", () => {
  const feed = (xml: string, max: number, cell: string | undefined, piece = 1 << 20) => {
    const g = new XmlGuard(max, cell);
    const bytes = Buffer.from(xml, "utf8");
    for (let i = 0; i < bytes.length; i += piece) g.write(bytes.subarray(i, i + piece));
  };
  const passes = (xml: string, max: number, cell?: string) => {
    for (const piece of [1, 2, 3, 7, 1 << 20]) {
      try {
        feed(xml, max, cell, piece);
      } catch {
        return false;
      }
    }
    return true;
  };

  it("bounds every cell from its start tag to its end tag, whatever the piece boundaries", () => {
    // <c r="A1"><v>1234</v></c> is 25 bytes.
    const cellXml = '<c r="A1"><v>1234</v></c>';
    expect(cellXml.length).toBe(25);
    expect(passes(`<row>${cellXml}</row>`, 25, "c")).toBe(true);
    expect(passes(`<row>${cellXml}</row>`, 24, "c")).toBe(false);
    // Many small pieces of text in one cell are one cell.
    const runs = `<si>${"<r><t>ab</t></r>".repeat(10)}</si>`;
    expect(passes(runs, runs.length, "si")).toBe(true);
    expect(passes(runs, runs.length - 1, "si")).toBe(false);
    // A self-closing cell ends where it ends.
    expect(passes(`<row>${'<c r="A1"/>'.repeat(50)}</row>`, 12, "c")).toBe(true);
  });

  it("bounds text, tags, comments, CDATA and instructions, even holding < or > inside", () => {
    expect(passes(`<a>${"x".repeat(100)}</a>`, 100)).toBe(true);
    expect(passes(`<a>${"x".repeat(101)}</a>`, 100)).toBe(false);
    // A quoted attribute value may hold ">": the tag goes on.
    expect(passes(`<a b="${"x>".repeat(30)}"/>`, 50)).toBe(false);
    // A CDATA section may hold "<": it is one piece up to "]]>".
    expect(passes(`<a><![CDATA[${"<x".repeat(30)}]]></a>`, 50)).toBe(false);
    expect(passes(`<a><![CDATA[${"<x".repeat(10)}]]></a>`, 50)).toBe(true);
    expect(passes(`<a><!--${"<>".repeat(30)}--></a>`, 50)).toBe(false);
    expect(passes(`<?xml ${"<>".repeat(30)}?><a/>`, 50)).toBe(false);
    expect(passes(`<?xml version="1.0"?><a/>`, 50)).toBe(true);
  });

  it("names the cell by its address", () => {
    const g = new XmlGuard(20, "c", (at) => {
      throw new Error(`${at.ref} ${at.row} ${at.column}`);
    });
    expect(() =>
      g.write(
        Buffer.from(`<row r="7"><c r="${columnLetters(28)}7" t="s"><v>${"9".repeat(30)}</v></c></row>`),
      ),
    ).toThrow("AB7 7 28");
  });

  it("refuses a row of more cells than Excel has columns", () => {
    expect(passes(`<row>${"<c/>".repeat(16_384)}</row>`, 100, "c")).toBe(true);
    expect(passes(`<row>${"<c/>".repeat(16_385)}</row>`, 100, "c")).toBe(false);
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
