/**
 * Cell values in the forms the import format accepts (docs/import-format.md): dates as
 * `2024-03-01`, `2024/3/1`, `2024年3月1日` or an Excel date cell; booleans as 是/否, true/false,
 * 1/0; amounts in yuan with optional thousands separators.
 */
import { daysFromCivil, daysInMonth, formatIsoDate } from "../calendar/civil-date.js";
import type { RawCell } from "./columns.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
/** Excel's day 0 is 1899-12-30 (with the 1900 leap-year bug folded in). */
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** The cell as text for error messages. */
export function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell);
}

/** A civil date from a cell: text forms, an Excel date cell (midnight UTC), or an Excel serial number. */
export function parseDateCell(cell: RawCell): Parsed<string> {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, message: "不是有效日期" };
    return {
      ok: true,
      value: formatIsoDate(daysFromCivil(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate())),
    };
  }
  if (typeof cell === "number") {
    // An Excel serial date stored without a date format (1 = 1900-01-01 … 73050 = 2099-12-31).
    if (Number.isInteger(cell) && cell >= 1 && cell <= 73050)
      return { ok: true, value: formatIsoDate(EXCEL_EPOCH + cell) };
    return { ok: false, message: "不是有效日期" };
  }
  if (typeof cell !== "string") return { ok: false, message: "不是有效日期" };
  const m = DATE_RE.exec(cell.trim());
  if (!m) return { ok: false, message: "不是有效日期 (应为 2024-03-01、2024/3/1 或 2024年3月1日)" };
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return { ok: false, message: "日期不存在" };
  if (y < 1949 || y > 2100) return { ok: false, message: "年份不在 1949–2100 之间" };
  return { ok: true, value: formatIsoDate(daysFromCivil(y, mo, d)) };
}

const TRUE = new Set(["是", "true", "1", "y", "yes", "√", "有"]);
const FALSE = new Set(["否", "false", "0", "n", "no", "×", "无"]);

export function parseBooleanCell(cell: RawCell): Parsed<boolean> {
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (typeof cell === "number" && (cell === 0 || cell === 1)) return { ok: true, value: cell === 1 };
  const t = cellText(cell).trim().toLowerCase();
  if (TRUE.has(t)) return { ok: true, value: true };
  if (FALSE.has(t)) return { ok: true, value: false };
  return { ok: false, message: "应为 是 或 否" };
}

const AMOUNT_RE = /^-?\d+(\.\d+)?$/;

/** An amount in yuan (`12,345.67`, `￥12345`, `12345元`) as integer fen. */
export function parseAmountCell(cell: RawCell): Parsed<number> {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 0) return { ok: false, message: "金额应为非负数" };
    return { ok: true, value: Math.round(cell * 100) };
  }
  const t = cellText(cell)
    .trim()
    .replace(/^[￥¥]/, "")
    .replace(/元$/, "")
    .replace(/[,，]/g, "");
  if (!AMOUNT_RE.test(t)) return { ok: false, message: "不是有效金额 (应为以元为单位的数字，如 12,345.67)" };
  const v = Number(t);
  if (v < 0) return { ok: false, message: "金额应为非负数" };
  return { ok: true, value: Math.round(v * 100) };
}

/** A fen amount written as yuan with two decimals, e.g. 1234567 → "12345.67". */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  return `${sign}${yuan}.${cents < 10 ? `0${cents}` : cents}`;
}
