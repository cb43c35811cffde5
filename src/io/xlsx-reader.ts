/**
 * Streaming .xlsx reader for court exports (docs/import-format.md: one workbook with the sheets 案件
 * and 审限变更). The zip is read here — its central directory first, then only the parts that hold
 * the cells (workbook, relationships, styles, shared strings, the wanted worksheets), each inflated
 * as a stream and handed as text to exceljs's XML readers (`stream.xlsx.WorkbookReader`'s part
 * parsers); rows are read as the zip is inflated and are not kept.
 *
 * A hostile workbook cannot make the reader hold or inflate more than its limits ({@link XlsxLimits}):
 * - the sizes in the central directory are checked before anything is inflated;
 * - while inflating, the bytes are counted: a part that inflates past the size its directory entry
 *   gives (a zip can lie) stops the reading, so the total stays within the limit checked; a part's
 *   length and CRC are checked at its end;
 * - before the XML parser sees them, the inflated bytes pass {@link XmlGuard}, which keeps every
 *   cell (and every text, tag, comment or CDATA section) within the cell limit, so no string the
 *   parser builds grows past it, and refuses a DTD.
 * Anything wrong with the file — not a zip, encrypted, corrupt data, broken XML, a limit passed —
 * throws {@link XlsxFormatError} with a Chinese message naming the sheet (and the cell) where known.
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
 *   formats. The styles are read before any sheet, so a date column's cells are Dates; a date
 *   column should still accept a number as a serial date ({@link excelSerialToDate}).
 * - an empty cell → null.
 *
 * Rows whose cells are all empty (null or "") are skipped; `row` is the Excel row number, so gaps
 * show where rows were skipped.
 */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import type { RawCell } from "../domain/import/columns.js";
import { CRAFTED_FILE, formatSize, SheetFormatError } from "./format-error.js";

/** One row of one sheet. */
export interface XlsxRow {
  /** The sheet's name as shown on its tab, e.g. 案件. */
  sheet: string;
  /** The Excel row number (1-based). */
  row: number;
  /** Cell values from column A on (index 0 = column A), up to the row's last non-empty cell. */
  cells: RawCell[];
}

/** How much a workbook may make the reader inflate and hold. */
export interface XlsxLimits {
  /**
   * Most bytes the parts that are read (workbook, relationships, styles, shared strings,
   * worksheets) inflate to, together — as the central directory gives them, and as counted.
   */
  maxBytes: number;
  /** Most bytes one cell takes in the inflated XML (its text, formula and markup). */
  maxCellBytes: number;
}

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = {
  maxBytes: 512 * 1024 * 1024,
  maxCellBytes: 1024 * 1024,
};

export interface XlsxReadOptions {
  /** Only these sheets (by name); the others are not inflated. Default: every sheet. */
  sheets?: readonly string[];
  limits?: Partial<XlsxLimits>;
}

/** The workbook cannot be read (on): its message says what is wrong, and where when known. */
export class XlsxFormatError extends SheetFormatError {
  override readonly name = "XlsxFormatError";
}

const NOT_XLSX = "文件不是有效的 Excel 工作簿（.xlsx）";
const CRAFTED = CRAFTED_FILE;

/** Excel's own bounds: 16,384 columns (XFD), 1,048,576 rows. */
const EXCEL_COLUMNS = 16_384;
const EXCEL_ROWS = 1_048_576;

/**
 * Checks that the file is an .xlsx workbook within the limits, reading only its zip directory:
 * throws {@link XlsxFormatError} when it is no zip (or an old .xls, or encrypted), when it lacks a
 * workbook, or when the parts to read would inflate past `maxBytes`.
 */
export async function checkXlsx(path: string, limits: Partial<XlsxLimits> = {}): Promise<void> {
  await openWorkbookZip(path, { ...DEFAULT_XLSX_LIMITS, ...limits });
}

/**
 * Reads every row of the worksheets of an .xlsx file (or the wanted ones), sheet after sheet in the
 * order they are stored. Single use; breaking off the iteration stops the reading.
 */
export async function* readXlsx(path: string, options: XlsxReadOptions = {}): AsyncGenerator<XlsxRow> {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...options.limits };
  const zip = await openWorkbookZip(path, limits);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    // Styles give the number formats, which tell date cells from numbers.
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  addChineseDateFormats(reader);
  const parts = reader as unknown as PartParsers;
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const text = (entry: ZipEntry, what: string, guard?: XmlGuard) => inflateText(path, entry, what, guard);
  /** A stream for the parsers that take one; destroyed when done. */
  const streamOf = (source: AsyncGenerator<string>) => Readable.from(source, { objectMode: true });
  const structure = "工作簿结构";
  let where = structure;
  try {
    for (const entry of [zip.rels, zip.workbook]) {
      const s = streamOf(text(entry, structure, new XmlGuard(limits.maxCellBytes, undefined)));
      try {
        if (entry === zip.rels) await parts._parseRels(s);
        else await parts._parseWorkbook(s);
      } finally {
        s.destroy();
      }
    }
    // The worksheets to read; none (the workbook lacks the wanted sheets): nothing more to inflate.
    const sheets = zip.sheets
      .map((sheet) => ({ ...sheet, name: sheetName(parts, sheet.number) }))
      .filter((sheet) => !wanted || wanted.has(sheet.name));
    if (sheets.length === 0) return;
    if (zip.styles) {
      const s = streamOf(text(zip.styles, structure, new XmlGuard(limits.maxCellBytes, undefined)));
      try {
        await parts._parseStyles(s);
      } finally {
        s.destroy();
      }
    }
    if (zip.sharedStrings) {
      where = "共享文本";
      const guard = new XmlGuard(limits.maxCellBytes, "si", (cell) => {
        throw new XlsxFormatError(
          0,
          0,
          `工作簿中有单元格的文本（共享文本第 ${cell.index} 条）解压后超过 ${formatSize(limits.maxCellBytes)} 上限，${CRAFTED}`,
        );
      });
      const s = streamOf(text(zip.sharedStrings, "工作簿的共享文本", guard));
      try {
        for await (const _ of parts._parseSharedStrings(s));
      } finally {
        s.destroy();
      }
    }
    const date1904 = isDate1904(reader);
    for (const sheet of sheets) {
      const name = sheet.name;
      where = `工作表“${name}”`;
      const guard = new XmlGuard(limits.maxCellBytes, "c", (cell) => {
        const at = cell.ref ? ` ${cell.ref} ` : "";
        throw new XlsxFormatError(
          cell.row,
          cell.column,
          `工作表“${name}”的单元格${at}解压后超过 ${formatSize(limits.maxCellBytes)} 上限，${CRAFTED}`,
        );
      });
      const source = text(sheet.entry, `工作表“${name}”`, guard);
      try {
        const emitted = parts._parseWorksheet(source, sheet.number).next();
        const worksheet = (emitted.done ? undefined : emitted.value?.value) as
          | (ExcelJS.stream.xlsx.WorksheetReader & { name: string })
          | undefined;
        if (!worksheet) continue;
        worksheet.name = name;
        for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const cells: RawCell[] = [];
          let blank = true;
          row.eachCell({ includeEmpty: false }, (cell, column) => {
            const value = toRawCell(cell.value, cell.numFmt, date1904);
            if (value === null || value === "") return;
            while (cells.length < column - 1) cells.push(null);
            cells.push(value);
            blank = false;
          });
          if (!blank) yield { sheet: name, row: row.number, cells };
        }
      } finally {
        await source.return(undefined);
      }
    }
  } catch (err) {
    throw asFormatError(err, where);
  }
}

/** Any failure while reading the workbook as the user's problem, in Chinese. */
function asFormatError(err: unknown, where: string): XlsxFormatError {
  if (err instanceof XlsxFormatError) return err;
  const code = (err as { code?: unknown }).code;
  const message =
    typeof code === "string" && code.startsWith("Z_")
      ? `工作簿已损坏：${where}无法解压`
      : typeof code === "string" && code.startsWith("E")
        ? `无法读取工作簿：${where}读取失败`
        : `工作簿已损坏：${where}的内容格式错误，无法读取`;
  return new XlsxFormatError(0, 0, message, { cause: err });
}

/** The parts of exceljs's WorkbookReader this reader drives (exceljs 4.x). */
interface PartParsers {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(
    iterator: AsyncIterable<string>,
    sheetNo: string,
  ): Generator<{ eventType: string; value: unknown }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { name: string; rId: string }[] };
}

/**
 * A worksheet's name from the workbook and its relationships (a target relative to xl/, or
 * absolute from the package root); "SheetN" when they do not name it, as exceljs does.
 */
function sheetName(parts: PartParsers, number: string): string {
  const part = `xl/worksheets/sheet${number}.xml`;
  const rel = (parts.workbookRels ?? []).find((r) => {
    const target = r.Target.startsWith("/") ? r.Target.slice(1) : `xl/${r.Target}`;
    return target === part;
  });
  const sheet = rel && (parts.model?.sheets ?? []).find((s) => s.rId === rel.Id);
  return sheet?.name ?? `Sheet${number}`;
}

// ------------------------------------------------------------------------------------------------
// The zip

interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

interface WorkbookZip {
  rels: ZipEntry;
  workbook: ZipEntry;
  styles?: ZipEntry;
  sharedStrings?: ZipEntry;
  /** The worksheets in the order they are stored. */
  sheets: { number: string; entry: ZipEntry }[];
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A central directory larger than this is no workbook's (tens of entries, a few KB). */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

async function openWorkbookZip(path: string, limits: XlsxLimits): Promise<WorkbookZip> {
  const handle = await open(path, "r");
  try {
    const size = (await handle.stat()).size;
    const read = async (position: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    };
    const head = await read(0, 8);
    if (head.length === 8 && OLE_SIGNATURE.every((b, i) => head[i] === b)) {
      throw new XlsxFormatError(
        0,
        0,
        `${NOT_XLSX}：它是旧版 Excel 工作簿（.xls）或设有密码的工作簿，请在 Excel 中另存为不设密码的 .xlsx 后再上传`,
      );
    }
    const notXlsx = () => new XlsxFormatError(0, 0, NOT_XLSX);
    if (size < 22 || head.length < 4 || head.readUInt32LE(0) !== LOCAL) throw notXlsx();
    // The end of central directory record: in the last 22 + 65,535 (comment) bytes.
    const tailStart = Math.max(0, size - 22 - 65_535);
    const tail = await read(tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        end = i;
        break;
      }
    }
    if (end === -1) throw notXlsx();
    let count = tail.readUInt16LE(end + 10);
    let cdSize = tail.readUInt32LE(end + 12);
    let cdOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      // Zip64: the locator just before gives the zip64 end record.
      const at = tailStart + end - 20;
      const locator = at >= 0 ? await read(at, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw notXlsx();
      const record = await read(Number(locator.readBigUInt64LE(8)), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw notXlsx();
      count = Number(record.readBigUInt64LE(32));
      cdSize = Number(record.readBigUInt64LE(40));
      cdOffset = Number(record.readBigUInt64LE(48));
    }
    if (cdSize > MAX_DIRECTORY_BYTES || cdOffset + cdSize > size) throw notXlsx();
    const cd = await read(cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw notXlsx();
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      const crc = cd.readUInt32LE(p + 16);
      let compressedSize = cd.readUInt32LE(p + 20);
      let entrySize = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const nameEnd = p + 46 + nameLength;
      if (nameEnd + extraLength + commentLength > cd.length) throw notXlsx();
      const name = cd.toString("utf8", p + 46, nameEnd);
      // Zip64 sizes and offset, in this order, for the fields set to 0xFFFFFFFF.
      if (entrySize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
        let q = nameEnd;
        while (q + 4 <= nameEnd + extraLength) {
          const id = cd.readUInt16LE(q);
          const length = cd.readUInt16LE(q + 2);
          if (id === 0x0001) {
            let r = q + 4;
            const next = () => {
              const v = r + 8 <= q + 4 + length ? Number(cd.readBigUInt64LE(r)) : Number.NaN;
              r += 8;
              return v;
            };
            if (entrySize === 0xffffffff) entrySize = next();
            if (compressedSize === 0xffffffff) compressedSize = next();
            if (localOffset === 0xffffffff) localOffset = next();
            break;
          }
          q += 4 + length;
        }
      }
      p = nameEnd + extraLength + commentLength;
      if (entries.has(name)) throw notXlsx(); // two parts of one name: which would be read?
      const wanted = name === "xl/workbook.xml" || name === "xl/_rels/workbook.xml.rels";
      const read =
        wanted || name === "xl/styles.xml" || name === "xl/sharedStrings.xml" || SHEET_PART.test(name);
      if (!read) continue;
      if (flags & 1) {
        throw new XlsxFormatError(
          0,
          0,
          `${NOT_XLSX}：工作簿设有密码，请在 Excel 中另存为不设密码的 .xlsx 后再上传`,
        );
      }
      if ((method !== 0 && method !== 8) || !Number.isFinite(entrySize + compressedSize + localOffset))
        throw notXlsx();
      if (localOffset + 30 + compressedSize > size) throw notXlsx();
      entries.set(name, { name, method, crc, compressedSize, size: entrySize, localOffset });
    }
    const workbook = entries.get("xl/workbook.xml");
    const rels = entries.get("xl/_rels/workbook.xml.rels");
    if (!workbook || !rels) throw notXlsx();
    const sheets: WorkbookZip["sheets"] = [];
    let total = 0;
    for (const e of entries.values()) {
      total += e.size;
      const m = SHEET_PART.exec(e.name);
      if (m) sheets.push({ number: m[1]!, entry: e });
    }
    if (total > limits.maxBytes) {
      throw new XlsxFormatError(
        0,
        0,
        `工作簿解压后共 ${formatSize(total)}，超过 ${formatSize(limits.maxBytes)} 上限，${CRAFTED}`,
      );
    }
    sheets.sort((a, b) => a.entry.localOffset - b.entry.localOffset);
    return {
      rels,
      workbook,
      styles: entries.get("xl/styles.xml"),
      sharedStrings: entries.get("xl/sharedStrings.xml"),
      sheets,
    };
  } finally {
    await handle.close();
  }
}

/**
 * One part's text, inflated as a stream (16 KiB at a time: larger pieces make exceljs hold more
 * events at once, and collect more garbage) and decoded as UTF-8 across piece boundaries; each
 * piece passes the guard before it is handed on. Stops with XlsxFormatError as soon as the part
 * inflates past the size its directory entry gives, and when its length or CRC do not match.
 */
async function* inflateText(
  path: string,
  entry: ZipEntry,
  what: string,
  guard: XmlGuard | undefined,
): AsyncGenerator<string> {
  const header = Buffer.alloc(30);
  const handle = await open(path, "r");
  try {
    await handle.read(header, 0, 30, entry.localOffset);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL) throw new XlsxFormatError(0, 0, `工作簿已损坏：${what}无法读取`);
  const start = entry.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const decoder = new TextDecoder("utf-8");
  let size = 0;
  let crc = 0;
  if (entry.compressedSize > 0 || entry.method === 8) {
    const raw = createReadStream(path, {
      start,
      end: start + Math.max(entry.compressedSize, 1) - 1,
      highWaterMark: 64 * 1024,
    });
    const stream = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 16 * 1024 })) : raw;
    if (stream !== raw) raw.on("error", (err) => stream.destroy(err));
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > entry.size) {
          throw new XlsxFormatError(
            0,
            0,
            `工作簿已损坏：${what}解压后比压缩包记录的 ${formatSize(entry.size)} 更大，${CRAFTED}`,
          );
        }
        crc = crc32(chunk, crc);
        guard?.write(chunk);
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) yield text;
      }
    } finally {
      raw.destroy();
      stream.destroy();
    }
  }
  if (size !== entry.size || crc !== entry.crc) {
    throw new XlsxFormatError(0, 0, `工作簿已损坏：${what}解压后与压缩包记录的大小或校验和不符`);
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

// ------------------------------------------------------------------------------------------------
// The XML guard

/** Where the cell that passed the limit starts. */
interface CellAt {
  /** Its address (C5) in a worksheet, if it has one. */
  ref?: string;
  row: number;
  column: number;
  /** 1-based position among the cells of the part (the shared text's number). */
  index: number;
}

// Where the guard stands.
const TEXT = 0;
const LT = 1;
const NAME = 2;
const ATTRS = 3;
const DQ = 4;
const SQ = 5;
const END_NAME = 6;
const END_REST = 7;
const BANG = 8;
const BANG_DASH = 9;
const COMMENT = 10;
const CDATA_OPEN = 11;
const CDATA = 12;
const PI = 13;
const CDATA_WORD = "CDATA[";

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A short tag name as a number (its bytes, base 256; names of more than 4 bytes match nothing). */
function nameCode(name: string): number {
  let code = 0;
  for (let k = 0; k < name.length; k++) code = code * 256 + name.charCodeAt(k);
  return code;
}
const ROW_CODE = nameCode("row");
/** Name lengths above this are not tracked. */
const NAME_BYTES = 4;

/**
 * Watches a part's XML bytes before the XML parser sees them, so that no string the parser builds
 * can grow past `max` bytes: each cell (`cell`: the element c of a worksheet, si of the shared
 * strings, from its start tag to its end tag) and each text, tag, comment, CDATA section or
 * processing instruction. A worksheet row may hold at most Excel's 16,384 cells. A DTD is refused:
 * OOXML parts have none, and it could declare entities. The markup is ASCII, so bytes above 0x7F
 * never matter; names are compared as written (Excel writes no prefixes).
 *
 * Lengths are measured from where each piece starts, and checked where it ends and at the end of
 * each chunk written — before the parser is given the chunk. The work per byte is small (text and
 * attribute values are skipped with indexOf; no string is built per tag), since every byte of a
 * workbook passes here.
 */
export class XmlGuard {
  private mode = TEXT;
  /** Bytes written before the current chunk. */
  private pos = 0;
  /** Where the current text, tag, comment, CDATA section or instruction starts. */
  private unitStart = 0;
  /** Where the current cell starts, while inside one. */
  private cellStart = 0;
  private inCell = false;
  /** The current tag's name: its bytes as a number, and its length. */
  private name = 0;
  private nameLength = 0;
  /** In a cell's start tag: 0, or how far its r attribute has been read (1 "r", 2 "r=", 3 value). */
  private ref = -1;
  private refColumn = 0;
  private refRow = 0;
  private previous = 0;
  private slash = false;
  private marks = 0;
  private cells = 0;
  private cellsInRow = 0;
  private readonly cellCode: number;

  constructor(
    private readonly max: number,
    private readonly cell: string | undefined,
    private readonly tooBig: (cell: CellAt) => never = () => {
      throw new XlsxFormatError(0, 0, `工作簿中有内容解压后超过 ${formatSize(max)} 上限，${CRAFTED}`);
    },
  ) {
    this.cellCode = cell === undefined ? -1 : nameCode(cell);
  }

  write(bytes: Uint8Array): void {
    const n = bytes.length;
    const base = this.pos;
    let mode = this.mode;
    let i = 0;
    while (i < n) {
      if (mode === TEXT) {
        const lt = bytes.indexOf(0x3c, i);
        if (lt === -1) break;
        this.endUnit(base + lt);
        mode = LT;
        i = lt + 1;
        continue;
      }
      if ((mode === DQ || mode === SQ) && this.ref !== 3) {
        const q = bytes.indexOf(mode === DQ ? 0x22 : 0x27, i);
        if (q === -1) break;
        mode = ATTRS;
        this.previous = 0;
        i = q + 1;
        continue;
      }
      const c = bytes[i++]!;
      switch (mode) {
        case LT:
          if (c === 0x21) mode = BANG;
          else if (c === 0x3f) {
            mode = PI;
            this.marks = 0;
          } else if (c === 0x2f) {
            mode = END_NAME;
            this.name = 0;
            this.nameLength = 0;
          } else {
            mode = NAME;
            this.name = c;
            this.nameLength = 1;
            this.slash = false;
          }
          break;
        case NAME:
          if (isSpace(c) || c === 0x2f || c === 0x3e) {
            this.startTag();
            mode = ATTRS;
            i--; // the delimiter is read again as part of the attributes
          } else if (++this.nameLength <= NAME_BYTES) this.name = this.name * 256 + c;
          break;
        case ATTRS:
          if (c === 0x22 || c === 0x27) {
            mode = c === 0x22 ? DQ : SQ;
            if (this.ref === 2) this.ref = 3;
            else if (this.ref > 0) this.ref = 0;
          } else if (c === 0x3e) {
            if (this.slash && this.inCell && this.name === this.cellCode) this.endCell(base + i);
            this.ref = -1;
            this.endUnit(base + i);
            mode = TEXT;
          } else if (this.ref >= 0) {
            // Looking for r="…" in a cell's start tag.
            if (c === 0x72 && isSpace(this.previous)) this.ref = 1;
            else if (c === 0x3d && this.ref === 1) this.ref = 2;
            else if (!isSpace(c)) this.ref = 0;
          }
          this.slash = c === 0x2f;
          this.previous = c;
          break;
        case DQ:
        case SQ:
          // The value of a cell's r attribute: letters, then digits.
          if (c === (mode === DQ ? 0x22 : 0x27)) {
            mode = ATTRS;
            this.ref = 0;
            this.previous = 0;
          } else if (c >= 0x41 && c <= 0x5a) {
            if (this.refColumn <= EXCEL_COLUMNS) this.refColumn = this.refColumn * 26 + c - 0x40;
          } else if (c >= 0x30 && c <= 0x39) {
            if (this.refRow <= EXCEL_ROWS) this.refRow = this.refRow * 10 + c - 0x30;
          }
          break;
        case END_NAME:
          if (c === 0x3e) {
            this.endTag(base + i);
            mode = TEXT;
          } else if (isSpace(c)) mode = END_REST;
          else if (++this.nameLength <= NAME_BYTES) this.name = this.name * 256 + c;
          break;
        case END_REST:
          if (c === 0x3e) {
            this.endTag(base + i);
            mode = TEXT;
          }
          break;
        case BANG:
          if (c === 0x2d) mode = BANG_DASH;
          else if (c === 0x5b) {
            mode = CDATA_OPEN;
            this.marks = 0;
          } else throw new XlsxFormatError(0, 0, `${NOT_XLSX}：工作簿含有文档类型声明`);
          break;
        case BANG_DASH:
          if (c !== 0x2d) throw new XlsxFormatError(0, 0, `${NOT_XLSX}：工作簿的内容格式错误`);
          mode = COMMENT;
          this.marks = 0;
          break;
        case COMMENT:
          // Ends at "-->".
          if (c === 0x2d) this.marks++;
          else if (c === 0x3e && this.marks >= 2) {
            this.endUnit(base + i);
            mode = TEXT;
          } else this.marks = 0;
          break;
        case CDATA_OPEN:
          if (c !== CDATA_WORD.charCodeAt(this.marks))
            throw new XlsxFormatError(0, 0, `${NOT_XLSX}：工作簿的内容格式错误`);
          if (++this.marks === CDATA_WORD.length) {
            mode = CDATA;
            this.marks = 0;
          }
          break;
        case CDATA:
          // Ends at "]]>".
          if (c === 0x5d) this.marks++;
          else if (c === 0x3e && this.marks >= 2) {
            this.endUnit(base + i);
            mode = TEXT;
          } else this.marks = 0;
          break;
        case PI:
          // Ends at "?>".
          if (c === 0x3e && this.marks === 1) {
            this.endUnit(base + i);
            mode = TEXT;
          } else this.marks = c === 0x3f ? 1 : 0;
          break;
      }
    }
    this.mode = mode;
    this.pos = base + n;
    this.check(this.pos);
  }

  /** Where the current cell is, for the message. */
  private cellAt(): CellAt {
    const column = this.refColumn;
    const row = this.refRow;
    if (column < 1 || column > EXCEL_COLUMNS || row < 1 || row > EXCEL_ROWS)
      return { row: 0, column: 0, index: this.cells };
    let letters = "";
    for (let k = column; k > 0; k = Math.floor((k - 1) / 26))
      letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
    return { ref: `${letters}${row}`, row, column, index: this.cells };
  }

  /** Checks the pieces under way at `at` (an absolute position). */
  private check(at: number): void {
    if (this.inCell && at - this.cellStart > this.max) this.tooBig(this.cellAt());
    if (at - this.unitStart > this.max)
      this.tooBig(this.inCell ? this.cellAt() : { row: 0, column: 0, index: 0 });
  }

  /** A piece ends (and the next starts) at `at`. */
  private endUnit(at: number): void {
    this.check(at);
    this.unitStart = at;
  }

  /** A start tag's name is read (the tag starts at unitStart). */
  private startTag(): void {
    if (this.cell === undefined || this.nameLength > NAME_BYTES) return;
    if (this.name === ROW_CODE) this.cellsInRow = 0;
    if (this.name !== this.cellCode) return;
    this.cells++;
    if (this.cell === "c" && ++this.cellsInRow > EXCEL_COLUMNS) {
      throw new XlsxFormatError(0, 0, `工作表的一行中有超过 ${EXCEL_COLUMNS} 个单元格，${CRAFTED}`);
    }
    this.inCell = true;
    this.cellStart = this.unitStart;
    this.refColumn = 0;
    this.refRow = 0;
    this.ref = this.cell === "c" ? 0 : -1;
    this.previous = 0x20;
  }

  private endCell(at: number): void {
    this.check(at);
    this.inCell = false;
  }

  private endTag(at: number): void {
    if (this.inCell && this.nameLength <= NAME_BYTES && this.name === this.cellCode) this.endCell(at);
    this.endUnit(at);
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
