/**
 * What the readers throw when a file's structure makes the rest of it meaningless (a CSV line
 * without end, an .xlsx that is no zip, a cell that inflates past its limit), and the way sizes are
 * written in those messages.
 */

/** A file that cannot be read on; the message is Chinese and says what is wrong and where. */
export class SheetFormatError extends Error {
  override readonly name: string = "SheetFormatError";
  /** Excel row number where the problem is, or 0 when it concerns the whole file or sheet. */
  readonly row: number;
  /** 1-based column number, or 0 when unknown. */
  readonly column: number;
  constructor(row: number, column: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.row = row;
    this.column = column;
  }
}

const UNITS: readonly [number, string][] = [
  [2 ** 30, "GB"],
  [2 ** 20, "MB"],
  [2 ** 10, "KB"],
];

/**
 * A size as people read it: 4 MB, 1.5 GB, 512 KB, 900 字节 (binary units, one decimal at most,
 * rounded down so that a limit is never shown larger than it is).
 */
export function formatSize(bytes: number): string {
  for (const [unit, name] of UNITS) {
    if (bytes >= unit) {
      const tenths = Math.floor((bytes / unit) * 10);
      return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} ${name}`;
    }
  }
  return `${bytes} 字节`;
}

/** The end of a message about a file past a limit: it may be broken, or built to do harm. */
export const CRAFTED_FILE = "文件可能已损坏或经过恶意构造";
