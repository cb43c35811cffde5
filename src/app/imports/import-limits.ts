/**
 * The limits an import keeps, so that no file — broken, or built to do harm — can fill the disk,
 * the memory or the time of the server (docs/import-format.md, "上限"). Each is a setting: an
 * environment variable read when an import or an upload starts, with a default.
 */
export interface ImportLimits {
  /** All the files of one upload together (SHENGUAN_IMPORT_MAX_UPLOAD_BYTES). */
  maxUploadBytes: number;
  /** One uploaded file (SHENGUAN_IMPORT_MAX_FILE_BYTES). */
  maxFileBytes: number;
  /** What the parts of an .xlsx that are read inflate to, together (SHENGUAN_IMPORT_MAX_XLSX_BYTES). */
  maxXlsxBytes: number;
  /** One cell: bytes in an .xlsx's inflated XML, characters in a CSV (SHENGUAN_IMPORT_MAX_CELL_BYTES). */
  maxCellBytes: number;
  /** One CSV line: bytes before a line break (SHENGUAN_IMPORT_MAX_LINE_BYTES). */
  maxLineBytes: number;
  /** Columns of a header row, up to its last non-empty cell (SHENGUAN_IMPORT_MAX_COLUMNS). */
  maxColumns: number;
}

import { type NumericSetting, positiveIntegerSettings } from "../shared/settings.js";

const MiB = 1024 * 1024;

/** Each limit: its environment variable and its default. */
export const IMPORT_LIMIT_SETTINGS: Readonly<Record<keyof ImportLimits, NumericSetting>> = {
  maxUploadBytes: { env: "SHENGUAN_IMPORT_MAX_UPLOAD_BYTES", default: 600 * MiB },
  maxFileBytes: { env: "SHENGUAN_IMPORT_MAX_FILE_BYTES", default: 500 * MiB },
  maxXlsxBytes: { env: "SHENGUAN_IMPORT_MAX_XLSX_BYTES", default: 512 * MiB },
  maxCellBytes: { env: "SHENGUAN_IMPORT_MAX_CELL_BYTES", default: MiB },
  maxLineBytes: { env: "SHENGUAN_IMPORT_MAX_LINE_BYTES", default: 4 * MiB },
  maxColumns: { env: "SHENGUAN_IMPORT_MAX_COLUMNS", default: 1000 },
};

/** Most files one upload may hold (one .xlsx, or cases.csv and events.csv, and room to spare). */
export const MAX_UPLOAD_FILES = 4;

/**
 * The limits in force: each environment variable that is set (a positive whole number of bytes or
 * columns), else its default. A variable set to anything else throws, naming it.
 */
export function importLimits(env: Record<string, string | undefined> = process.env): ImportLimits {
  return positiveIntegerSettings(IMPORT_LIMIT_SETTINGS, env);
}
