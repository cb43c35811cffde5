/**
 * Any list on screen as an .xlsx: a title row, Chinese headers, the rows; frozen header, auto
 * filter. Written as a stream (exceljs' streaming WorkbookWriter): each row goes out as soon as it
 * is added, so memory does not grow with the number of rows.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";

export interface ListColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  width?: number;
  numFmt?: string;
}

/** The sheet's name: at most 31 characters, none of those Excel forbids. */
function sheetName(title: string): string {
  return title.slice(0, 31).replace(/[\\/?*[\]:]/g, " ");
}

/**
 * Writes the list to `out` (a file, a response), page by page as `pages` yields them; resolves to
 * the number of rows once the workbook is complete and `out` has finished. When `pages` throws
 * (the export was cancelled, a read failed) `out` is destroyed and the error passed on.
 */
export async function writeListXlsx<T>(
  out: Writable,
  title: string,
  columns: readonly ListColumn<T>[],
  pages: AsyncIterable<readonly T[]>,
): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "审管 shenguan";
  const n = Math.max(columns.length, 1);
  const ws = wb.addWorksheet(sheetName(title), { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = columns.map((c) => ({
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  ws.mergeCells(1, 1, 1, n);
  const titleRow = ws.getRow(1);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.commit();
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });
  header.commit();
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: n } };

  let rows = 0;
  try {
    for await (const page of pages) {
      for (const r of page) ws.addRow(columns.map((c) => c.value(r) ?? null)).commit();
      rows += page.length;
      // Let the zip stream compress and write what the page added before the next one is read.
      await new Promise<void>((r) => setImmediate(r));
      if (out.writableNeedDrain) await once(out, "drain");
    }
  } catch (err) {
    out.destroy();
    throw err;
  }
  ws.commit();
  await wb.commit();
  return rows;
}
