/**
 * Turns the files given to an import into sheets: one .xlsx with the sheets 案件 and 审限变更, or
 * CSV files (cases.csv, events.csv) whose role is recognised from their header row. A file that
 * cannot be a sheet — no workbook, no CSV, a workbook or header past the limits (import-limits.ts)
 * — is an ImportFileError with a Chinese message, before anything is read or written.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { APPRAISAL_SHEET, CASE_SHEET, EVENT_SHEET, type RawCell } from "../../domain/import/columns.js";
import { readCsv } from "../../io/csv-reader.js";
import { CRAFTED_FILE, SheetFormatError } from "../../io/format-error.js";
import { normalizeHeader } from "../../io/table.js";
import { type ImportLimits, importLimits } from "./import-limits.js";

export interface SourceRow {
  /** Excel row number (header = 1). */
  row: number;
  cells: RawCell[];
  /** 1-based columns holding bytes that could not be decoded. */
  badBytes?: number[];
  /** For each of those columns, the bytes in hex where known ("FF BC A0"), else "". */
  badByteHex?: string[];
}

export interface SheetSource {
  /** What the user sees in error reports: the sheet name (xlsx) or the file name (CSV). */
  name: string;
  role: "cases" | "events" | "appraisals";
  /** Opens the rows (header first); may be called once. */
  open(): AsyncIterable<SourceRow>;
  encoding?: string;
  /** The file and sheet, so that a worker thread can open the same rows on its own. */
  file?: SheetFile;
}

/** Where a sheet's rows are, as a worker thread is told (plain data). */
export interface SheetFile {
  file: string;
  format: "csv" | "xlsx";
  /** The worksheet's name, in an .xlsx. */
  sheet?: string;
  limits: ImportLimits;
}

/**
 * The rows of a sheet, header first. A header with more than `maxColumns` columns (up to its last
 * non-empty cell) stops the reading with one SheetFormatError, rather than a warning per column.
 */
export async function* openSheetRows(f: SheetFile): AsyncGenerator<SourceRow> {
  const rows: AsyncIterable<SourceRow> =
    f.format === "xlsx"
      ? (await xlsxReader()).readXlsx(f.file, {
          sheets: f.sheet === undefined ? undefined : [f.sheet],
          limits: { maxBytes: f.limits.maxXlsxBytes, maxCellBytes: f.limits.maxCellBytes },
        })
      : (
          await readCsv(f.file, {
            maxFieldLength: f.limits.maxCellBytes,
            maxLineBytes: f.limits.maxLineBytes,
          })
        ).rows;
  let header = true;
  for await (const r of rows) {
    if (header) {
      checkHeaderWidth(r, f.limits.maxColumns);
      header = false;
    }
    yield r;
  }
}

/** A file that is no sheet (SheetFormatError) as the import's file error; anything else as it is. */
function asFileError(file: string, err: unknown): unknown {
  return err instanceof SheetFormatError ? new ImportFileError(file, err.message) : err;
}

/** The .xlsx reader, loaded when a workbook is met (exceljs takes a few hundred ms to load). */
const xlsxReader = () => import("../../io/xlsx-reader.js");

function checkHeaderWidth(r: SourceRow, maxColumns: number): void {
  let width = r.cells.length;
  while (width > 0 && (r.cells[width - 1] === null || r.cells[width - 1] === "")) width--;
  if (width <= maxColumns) return;
  throw new SheetFormatError(
    r.row,
    0,
    `第 ${r.row} 行（表头）有 ${width} 列，超过 ${maxColumns} 列的上限，${CRAFTED_FILE}`,
  );
}

export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}

const EVENT_MARKERS = ["事项", "kind", "变更事项", "审限变更类型"].map(normalizeHeader);
const CASE_MARKERS = ["立案日期", "filedOn", "收案日期", "立案时间"].map(normalizeHeader);
/** 鉴定 (appraisals.csv): checked first, as its English key `kind` is also the events' marker. */
const APPRAISAL_MARKERS = ["鉴定类型", "委托日期", "commissionedOn", "鉴定种类"].map(normalizeHeader);

function roleOfHeader(cells: RawCell[]): SheetSource["role"] | undefined {
  const names = new Set(cells.map((c) => normalizeHeader(String(c ?? ""))));
  if (APPRAISAL_MARKERS.some((m) => names.has(m))) return "appraisals";
  if (EVENT_MARKERS.some((m) => names.has(m))) return "events";
  if (CASE_MARKERS.some((m) => names.has(m))) return "cases";
  return undefined;
}

/** The role and encoding of a CSV file, from its header row. */
async function peekCsv(
  f: SheetFile,
): Promise<{ role?: SheetSource["role"]; empty: boolean; encoding: string }> {
  const table = await readCsv(f.file, {
    maxLineBytes: f.limits.maxLineBytes,
    maxFieldLength: f.limits.maxCellBytes,
  });
  for await (const r of table.rows) {
    checkHeaderWidth(r, f.limits.maxColumns);
    return { role: roleOfHeader(r.cells), empty: false, encoding: table.encoding };
  }
  return { empty: true, encoding: table.encoding };
}

/**
 * Recognises the files; throws ImportFileError for a file that is neither sheet, an empty file, a
 * file that is no workbook or CSV, or one past the limits (default: the settings in force).
 */
export async function openSources(
  files: readonly string[],
  limits: ImportLimits = importLimits(),
): Promise<SheetSource[]> {
  const sources: SheetSource[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new ImportFileError(file, `文件不存在: ${file}`);
    if (info.size === 0) throw new ImportFileError(file, `文件为空: ${basename(file)}`);
    if (ext === ".xlsx") {
      // The zip's directory says whether this is a workbook within the limits; what its sheets
      // hold is only known while streaming: a sheet that is absent yields no rows, and the importer
      // reports a workbook in which neither sheet has a header.
      await (await xlsxReader())
        .checkXlsx(file, { maxBytes: limits.maxXlsxBytes, maxCellBytes: limits.maxCellBytes })
        .catch((err: unknown) => {
          throw asFileError(file, err);
        });
      for (const [sheet, role] of [
        [CASE_SHEET, "cases"],
        [EVENT_SHEET, "events"],
        [APPRAISAL_SHEET, "appraisals"],
      ] as const) {
        const where: SheetFile = { file, format: "xlsx", sheet, limits };
        sources.push({
          name: sheet,
          role,
          file: where,
          open: () => openSheetRows(where),
        });
      }
    } else if (ext === ".csv" || ext === ".txt") {
      const where: SheetFile = { file, format: "csv", limits };
      const peek = await peekCsv(where).catch((err: unknown) => {
        throw asFileError(file, err);
      });
      if (peek.empty) throw new ImportFileError(file, `文件为空: ${basename(file)}`);
      const role = peek.role;
      if (!role) {
        throw new ImportFileError(
          file,
          `${basename(file)} 的表头既不是案件表（应含“立案日期”）、审限变更表（应含“事项”），也不是鉴定表（应含“鉴定类型”）`,
        );
      }
      sources.push({
        name: basename(file),
        role,
        encoding: peek.encoding,
        file: where,
        open: () => openSheetRows(where),
      });
    } else {
      throw new ImportFileError(file, `不支持的文件类型 ${ext || "(无扩展名)"}：请上传 .xlsx 或 .csv`);
    }
  }
  // Cases before events, and appraisals last, so that both can refer to cases of the same import.
  const order = { cases: 0, events: 1, appraisals: 2 } as const;
  sources.sort((a, b) => order[a.role] - order[b.role]);
  if (sources.filter((s) => s.role === "cases").length > 1) {
    throw new ImportFileError(files.join(", "), "一次导入只能包含一个案件表");
  }
  return sources;
}

/** SHA-256 over the files' bytes, in the order given. */
export async function hashFiles(files: readonly string[]): Promise<string> {
  const h = createHash("sha256");
  for (const f of files) {
    for await (const chunk of createReadStream(f)) h.update(chunk as Buffer);
  }
  return h.digest("hex");
}
