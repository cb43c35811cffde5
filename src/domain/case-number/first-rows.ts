/**
 * Where each case number was first seen in a sheet: the import's duplicate check. A province's file
 * lists millions of case numbers, and as strings in a Map they held over a gigabyte (each key also
 * kept alive the chunk of the file it was cut from). A case number is a prefix — "(2024)内0102民初"
 * — and a serial number, "1234号": per prefix the rows are kept in an Int32Array indexed by the
 * serial, 4 bytes a case. A number of another shape (no serial, a serial with leading zeros, or
 * one far beyond its prefix's count) is kept by its text in a Map.
 */

const HAO = "号";
const MAX_SERIAL = 1 << 24;

interface Serials {
  /** row + 1 by serial (0: not seen) */
  rows: Int32Array;
  count: number;
}

/** An independent copy of a string (a slice of a longer one keeps the whole alive). */
function own(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

export class FirstRows {
  private readonly byPrefix = new Map<string, Serials>();
  private readonly other = new Map<string, number>();

  /** The row where this case number was first seen, or undefined. */
  get(caseNumber: string): number | undefined {
    const split = splitSerial(caseNumber);
    if (split) {
      const s = this.byPrefix.get(split.prefix);
      if (s && split.serial < s.rows.length) {
        const r = s.rows[split.serial] as number;
        if (r > 0) return r - 1;
      }
    }
    return this.other.get(caseNumber);
  }

  /** Records the row where this case number was first seen (call only when `get` said undefined). */
  set(caseNumber: string, row: number): void {
    const split = splitSerial(caseNumber);
    if (split && row >= 0 && row < 0x7fffffff) {
      let s = this.byPrefix.get(split.prefix);
      if (!s) {
        s = { rows: new Int32Array(64), count: 0 };
        this.byPrefix.set(own(split.prefix), s);
      }
      if (split.serial >= s.rows.length && split.serial < 4 * (s.count + 1) + 1024) {
        let size = s.rows.length;
        while (size <= split.serial) size *= 2;
        const grown = new Int32Array(size);
        grown.set(s.rows);
        s.rows = grown;
      }
      if (split.serial < s.rows.length) {
        s.rows[split.serial] = row + 1;
        s.count++;
        return;
      }
    }
    this.other.set(own(caseNumber), row);
  }
}

/** "(2024)内0102民初1234号" → prefix "(2024)内0102民初", serial 1234; undefined for another shape. */
export function splitSerial(caseNumber: string): { prefix: string; serial: number } | undefined {
  if (!caseNumber.endsWith(HAO)) return undefined;
  const end = caseNumber.length - HAO.length;
  let i = end;
  while (i > 0) {
    const c = caseNumber.charCodeAt(i - 1);
    if (c < 48 || c > 57) break;
    i--;
  }
  const digits = end - i;
  if (digits === 0 || digits > 8 || i === 0) return undefined;
  if (digits > 1 && caseNumber.charCodeAt(i) === 48) return undefined;
  const serial = Number(caseNumber.slice(i, end));
  if (serial >= MAX_SERIAL) return undefined;
  return { prefix: caseNumber.slice(0, i), serial };
}
