/**
 * Header mapping shared by the CSV and xlsx readers: which column of the file holds which field of
 * the import format (src/domain/import/columns.ts, docs/import-format.md).
 */
import type { ColumnSpec, RawCell, RawRow } from "../domain/import/columns.js";

export interface HeaderMapping<K extends string = string, C extends ColumnSpec = ColumnSpec> {
  /** English key → 0-based index of its cell in each row. */
  indexByKey: Map<K, number>;
  /** Required columns that no header cell names. */
  missing: C[];
  /** Non-empty header cells that name no column, as written (trimmed). */
  unknown: string[];
  /**
   * Header cells (as written, trimmed) that name a column an earlier header cell already named —
   * e.g. both 立案日期 and its alias 收案日期. The first one is used.
   */
  duplicates: string[];
}

/**
 * The form in which header names are compared: trimmed, without any whitespace inside (ASCII
 * spaces, full-width U+3000, no-break spaces, line breaks) or BOM, and lower-cased (English keys
 * match case-insensitively).
 */
export function normalizeHeader(text: string): string {
  return text.replace(/[\s\uFEFF]+/g, "").toLowerCase();
}

function headerText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString();
  return String(cell).trim();
}

/**
 * Maps a header row onto the columns of a sheet: a header cell names a column by its Chinese
 * header, one of its aliases, or its English key (compared with {@link normalizeHeader}). Empty
 * header cells are ignored.
 */
export function mapHeader<C extends ColumnSpec>(
  headerCells: readonly RawCell[],
  columns: readonly C[],
): HeaderMapping<C["key"], C> {
  const byName = new Map<string, C>();
  for (const column of columns) {
    for (const name of [column.header, ...(column.aliases ?? []), column.key]) {
      const key = normalizeHeader(name);
      if (!byName.has(key)) byName.set(key, column);
    }
  }
  const indexByKey = new Map<C["key"], number>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  for (let i = 0; i < headerCells.length; i++) {
    const text = headerText(headerCells[i]);
    if (text === "") continue;
    const column = byName.get(normalizeHeader(text));
    if (!column) unknown.push(text);
    else if (indexByKey.has(column.key)) duplicates.push(text);
    else indexByKey.set(column.key, i);
  }
  const missing = columns.filter((c) => c.required && !indexByKey.has(c.key));
  return { indexByKey, missing, unknown, duplicates };
}

/**
 * One data row as a record by English key, for every mapped column: strings are trimmed (full-width
 * spaces included) and an empty string becomes null; a cell beyond the row's end is null; numbers,
 * booleans and dates are kept as they are.
 */
export function toRawRow<K extends string>(
  cells: readonly RawCell[],
  indexByKey: ReadonlyMap<K, number>,
): RawRow<K> {
  const row: RawRow<K> = {};
  for (const [key, index] of indexByKey) {
    const cell = cells[index];
    if (cell === undefined || cell === null) row[key] = null;
    else if (typeof cell === "string") {
      const text = cell.trim();
      row[key] = text === "" ? null : text;
    } else row[key] = cell;
  }
  return row;
}
