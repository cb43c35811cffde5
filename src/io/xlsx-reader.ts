/**
 * Streaming .xlsx reader for court exports (docs/import-format.md: one workbook with the sheets 案件
 * and 审限变更), on exceljs's `stream.xlsx.WorkbookReader`: rows are read as the zip is inflated and
 * are not kept. exceljs parks a sheet that comes before the shared-string table in the zip in a
 * temporary file (disk, not memory) until the table has been read.
 *
 * Cell values ({@link RawCell}):
 * - text → string (rich text: its runs joined; a hyperlink: its text), not trimmed;
 * - a number → number; a boolean → boolean; an error cell → its code as a string ("#N/A");
 * - a formula → its cached result, converted the same way. exceljs's streaming reader reads a
 *   boolean result as 1/0 and drops an error result altogether, so a formula whose result is an
 *   error (=1/0 → #DIV/0!) gives null, like a formula without a cached result;
 * - a number whose number format is a date format → Date. **The Date is the civil date (and time
 *   of day) as UTC**: an Excel date cell 2024-03-01 gives `new Date(Date.UTC(2024, 2, 1))`, so read
 *   it with getUTCFullYear() / getUTCMonth() + 1 / getUTCDate() (or toISOString().slice(0, 10)),
 *   never with the local-time getters. The workbook's 1904 date system is honoured. Excel's
 *   built-in Chinese date formats (ids 27–36 and 50–58, e.g. yyyy"年"m"月"d"日") count as date
 *   formats. If a workbook stores its styles after a sheet that exceljs reads at once (an unusual
 *   zip order), that sheet's dates arrive as serial numbers: a date column should accept a number
 *   as a serial date ({@link excelSerialToDate}).
 * - an empty cell → null.
 *
 * Rows whose cells are all empty (null or "") are skipped; `row` is the Excel row number, so gaps
 * show where rows were skipped.
 */
import ExcelJS from "exceljs";
import type { RawCell } from "../domain/import/columns.js";

/** One row of one sheet. */
export interface XlsxRow {
  /** The sheet's name as shown on its tab, e.g. 案件. */
  sheet: string;
  /** The Excel row number (1-based). */
  row: number;
  /** Cell values from column A on (index 0 = column A), up to the row's last non-empty cell. */
  cells: RawCell[];
}

export interface XlsxReadOptions {
  /** Only these sheets (by name); the others are read and discarded. Default: every sheet. */
  sheets?: readonly string[];
}

/**
 * Reads every row of every worksheet of an .xlsx file, sheet after sheet in the order they are
 * stored. Single use; breaking off the iteration still reads the rest of the file, discarding it.
 */
export async function* readXlsx(path: string, options: XlsxReadOptions = {}): AsyncGenerator<XlsxRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles give the number formats, which tell date cells from numbers.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  addChineseDateFormats(reader);
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  // The iterators are driven by hand: exceljs must never be abandoned mid-stream — neither when
  // the caller breaks off nor at a sheet that is not wanted (a sheet it parked in a temporary file
  // would then be read after the file was removed, an uncaught ENOENT that ends the process), so
  // what is not wanted is read and discarded.
  const sheets = (reader as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader>)[Symbol.asyncIterator]();
  let rows: AsyncIterator<ExcelJS.Row> | undefined;
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) return;
      const worksheet = next.value;
      const sheet = (worksheet as unknown as { name: string }).name;
      rows = (worksheet as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
      if (wanted && !wanted.has(sheet)) {
        // Read and discarded: a sheet left unread is abandoned like a broken-off one.
        while (!(await rows.next()).done);
        rows = undefined;
        continue;
      }
      const date1904 = isDate1904(reader);
      for (;;) {
        const r = await rows.next();
        if (r.done) break;
        const row = r.value;
        const cells: RawCell[] = [];
        let blank = true;
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const value = toRawCell(cell.value, cell.numFmt, date1904);
          if (value === null || value === "") return;
          while (cells.length < column - 1) cells.push(null);
          cells.push(value);
          blank = false;
        });
        if (!blank) yield { sheet, row: row.number, cells };
      }
      rows = undefined;
    }
  } finally {
    await drain(sheets, rows);
  }
}

/** Reads what is left of a workbook, discarding it. */
async function drain(
  sheets: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>,
  rows: AsyncIterator<ExcelJS.Row> | undefined,
): Promise<void> {
  let current = rows;
  for (;;) {
    if (current) while (!(await current.next()).done);
    const next = await sheets.next();
    if (next.done) return;
    current = (next.value as unknown as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  }
}

/**
 * The Date of an Excel serial date number (days since 1899-12-30 in the 1900 system, since
 * 1904-01-01 in the 1904 system), with the civil date and time as UTC. Exact for serials from
 * 61 (1900-03-01) on.
 */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** True when an Excel number format shows a date or time (exceljs's rule). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

type CellValueLike =
  | ExcelJS.CellValue
  | { richText?: { text?: string | null }[] }
  | { error?: string }
  | { text?: unknown; hyperlink?: string }
  | { formula?: string; sharedFormula?: string; result?: unknown };

function toRawCell(value: unknown, numFmt: string | undefined, date1904: boolean): RawCell {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "boolean":
      return value;
    case "object":
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const v = value as Exclude<CellValueLike, ExcelJS.CellValue> & Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((run) => run.text ?? "").join("");
  if (typeof v.error === "string") return v.error;
  if ("formula" in v || "sharedFormula" in v) {
    const result = v.result;
    if (result === undefined || result === null) return null;
    if (typeof result === "number") {
      if (!Number.isFinite(result)) return null;
      return isDateFormat(numFmt) ? excelSerialToDate(result, date1904) : result;
    }
    return toRawCell(result, numFmt, date1904);
  }
  if ("hyperlink" in v || "text" in v) return toRawCell(v.text, numFmt, date1904);
  return null;
}

/** exceljs's WorkbookReader internals that the reader relies on (exceljs 4.x). */
interface ReaderInternals {
  _parseStyles?: (entry: unknown) => Promise<void>;
  styles?: { index?: { numFmt?: Record<number, string> } };
  properties?: { model?: { date1904?: boolean } };
}

function isDate1904(reader: unknown): boolean {
  return (reader as ReaderInternals).properties?.model?.date1904 === true;
}

/**
 * Excel's built-in locale-dependent date formats, as zh-CN Excel shows them. exceljs knows no
 * format code for these ids, so without them such cells would come out as numbers.
 */
export const CHINESE_BUILTIN_DATE_FORMATS: ReadonlyMap<number, string> = new Map([
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, "m-d-yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/**
 * After exceljs has read xl/styles.xml, gives the built-in Chinese date format ids a format code
 * (unless the workbook defines them), so that cells using them are read as dates. Does nothing if
 * exceljs's internals are not as expected.
 */
export function addChineseDateFormats(reader: unknown): void {
  const r = reader as ReaderInternals;
  const parseStyles = r._parseStyles;
  if (typeof parseStyles !== "function") return;
  r._parseStyles = async function (this: ReaderInternals, entry: unknown): Promise<void> {
    await parseStyles.call(this, entry);
    const index = this.styles?.index?.numFmt;
    if (!index) return;
    for (const [id, code] of CHINESE_BUILTIN_DATE_FORMATS) index[id] ??= code;
  };
}
