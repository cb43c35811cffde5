/**
 * Turns the files given to an import into sheets: one .xlsx with the sheets 案件 and 审限变更, or
 * CSV files (cases.csv, events.csv) whose role is recognised from their header row.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { CASE_SHEET, EVENT_SHEET, type RawCell } from "../../domain/import/columns.js";
import { readCsv } from "../../io/csv-reader.js";
import { normalizeHeader } from "../../io/table.js";
import { readXlsx } from "../../io/xlsx-reader.js";

export interface SourceRow {
  /** Excel row number (header = 1). */
  row: number;
  cells: RawCell[];
  /** 1-based columns holding bytes that could not be decoded. */
  badBytes?: number[];
}

export interface SheetSource {
  /** What the user sees in error reports: the sheet name (xlsx) or the file name (CSV). */
  name: string;
  role: "cases" | "events";
  /** Opens the rows (header first); may be called once. */
  open(): AsyncIterable<SourceRow>;
  encoding?: string;
  /** The file, for a CSV sheet (a worker thread can read it on its own). */
  csvFile?: string;
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

function roleOfHeader(cells: RawCell[]): "cases" | "events" | undefined {
  const names = new Set(cells.map((c) => normalizeHeader(String(c ?? ""))));
  if (EVENT_MARKERS.some((m) => names.has(m))) return "events";
  if (CASE_MARKERS.some((m) => names.has(m))) return "cases";
  return undefined;
}

async function peekCsv(
  path: string,
): Promise<{ role?: "cases" | "events"; empty: boolean; encoding: string }> {
  const table = await readCsv(path);
  for await (const r of table.rows) {
    return { role: roleOfHeader(r.cells), empty: false, encoding: table.encoding };
  }
  return { empty: true, encoding: table.encoding };
}

/** Recognises the files; throws ImportFileError for a file that is neither sheet, or an empty file. */
export async function openSources(files: readonly string[]): Promise<SheetSource[]> {
  const sources: SheetSource[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new ImportFileError(file, `文件不存在: ${file}`);
    if (info.size === 0) throw new ImportFileError(file, `文件为空: ${basename(file)}`);
    if (ext === ".xlsx") {
      // Sheet names are only known while streaming; a sheet that is absent yields no rows, and the
      // importer reports a workbook in which neither sheet has a header.
      for (const [sheet, role] of [
        [CASE_SHEET, "cases"],
        [EVENT_SHEET, "events"],
      ] as const) {
        sources.push({
          name: sheet,
          role,
          open: async function* () {
            for await (const r of readXlsx(file, { sheets: [sheet] })) yield { row: r.row, cells: r.cells };
          },
        });
      }
    } else if (ext === ".csv" || ext === ".txt") {
      const peek = await peekCsv(file);
      if (peek.empty) throw new ImportFileError(file, `文件为空: ${basename(file)}`);
      const role = peek.role;
      if (!role) {
        throw new ImportFileError(
          file,
          `${basename(file)} 的表头既不是案件表（应含“立案日期”）也不是审限变更表（应含“事项”）`,
        );
      }
      sources.push({
        name: basename(file),
        role,
        encoding: peek.encoding,
        csvFile: file,
        open: async function* () {
          const table = await readCsv(file);
          for await (const r of table.rows) yield r;
        },
      });
    } else {
      throw new ImportFileError(file, `不支持的文件类型 ${ext || "(无扩展名)"}：请上传 .xlsx 或 .csv`);
    }
  }
  // Cases before events, so that events can refer to cases of the same import.
  sources.sort((a, b) => (a.role === b.role ? 0 : a.role === "cases" ? -1 : 1));
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
