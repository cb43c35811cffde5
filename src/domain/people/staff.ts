/**
 * The staff register (人员名册): who works in the court, in which division, holding which positions
 * (职务), and whether they sit on the 审判委员会. A row of the sheet 人员 (docs/import-format.md) is
 * checked here; every error names the column and the value, in Chinese.
 */
import { isCourtCodeShape, SUPREME_COURT_CODE } from "../case-number/courts.js";
import { isUnderOrSame } from "../court/hierarchy.js";
import type { ColumnSpec, RawCell } from "../import/columns.js";
import { isPosition, POSITION_NAMES, POSITIONS, type Position, positionByName } from "./positions.js";

/** A member of the court's staff as the register holds them. */
export interface StaffMember {
  id: number;
  /** 工号: unique in the court. */
  staffNo: string;
  /** 姓名, as written in 承办人. */
  name: string;
  /** 部门 (承办部门 for judges; 院领导, 审判管理办公室 … for the others). */
  division: string;
  positions: Position[];
  /** 审判委员会委员 */
  committeeMember: boolean;
  /** 在岗: a member who left stays in the register (old cases name them) but acts no more. */
  active: boolean;
  /**
   * The court (法院代字) the member works in: the register's own (staff.court_code), else their
   * linked account's; null: a member of no particular court (a one-court installation's), who
   * counts for every court.
   */
  courtCode: string | null;
}

/**
 * A staff member before storage (a sheet row, a form). courtCode absent: a new member is of no
 * particular court, a changed one keeps theirs.
 */
export type StaffInput = Omit<StaffMember, "id" | "courtCode"> & { courtCode?: string | null };

export const STAFF_SHEET = "人员";

export const STAFF_COLUMNS = [
  { key: "staffNo", header: "工号", aliases: ["人员编号", "编号", "人员工号"], required: true },
  { key: "name", header: "姓名", aliases: ["人员姓名"], required: true },
  { key: "division", header: "部门", aliases: ["所在部门", "承办部门", "庭室"], required: true },
  { key: "positions", header: "职务", aliases: ["岗位"], required: false },
  { key: "committeeMember", header: "审委会委员", aliases: ["审判委员会委员"], required: false },
  { key: "active", header: "在岗", aliases: ["状态", "是否在岗"], required: false },
  { key: "courtCode", header: "法院代字", aliases: ["法院", "所属法院", "法院代码"], required: false },
] as const satisfies readonly ColumnSpec[];
export type StaffColumnKey = (typeof STAFF_COLUMNS)[number]["key"];

export const STAFF_COLUMN_HEADER: Record<StaffColumnKey, string> = Object.fromEntries(
  STAFF_COLUMNS.map((c) => [c.key, c.header]),
) as Record<StaffColumnKey, string>;

/** An error in a staff row: the column (its Chinese header), the value as given, and why. */
export interface StaffFieldError {
  column: string;
  value: string;
  message: string;
}

const MAX_TEXT = 80;

/** Names are compared without any whitespace (“张 三” in one export is 张三 in another). */
export function normalizeName(name: string): string {
  return name.replace(/[\s\u3000\uFEFF]+/g, "");
}

export function normalizeDivision(division: string): string {
  return division.trim().replace(/[\s\u3000\uFEFF]+/g, "");
}

function cellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const YES = new Set(["是", "y", "yes", "true", "1", "√", "在岗", "在职", "启用"]);
const NO = new Set(["否", "n", "no", "false", "0", "×", "离岗", "离职", "停用", "调离", "退休"]);

/** 是/否 (and the usual spellings); undefined when the text is neither. */
export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/**
 * Positions written in a cell: Chinese names (庭长、员额法官) or codes (chief,judge), separated by
 * 、，, ; ／ / or spaces. Returns the positions in the catalogue's order, or the first unknown name.
 */
export function parsePositions(text: string): { positions: Position[] } | { unknown: string } {
  const parts = text
    .split(/[、，,;；/／\s\u3000|]+/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const found = new Set<Position>();
  for (const p of parts) {
    const pos = positionByName(p) ?? (isPosition(p) ? p : undefined);
    if (!pos) return { unknown: p };
    found.add(pos);
  }
  return { positions: POSITIONS.filter((p) => found.has(p)) };
}

/** Positions as stored: codes joined by commas ("chief,judge"); unknown codes are dropped. */
export function parseStoredPositions(text: string): Position[] {
  const found = new Set(text.split(",").map((p) => p.trim()));
  return POSITIONS.filter((p) => found.has(p));
}

export function formatStoredPositions(positions: readonly Position[]): string {
  return POSITIONS.filter((p) => positions.includes(p)).join(",");
}

/** Positions in Chinese (庭长、员额法官). */
export function positionNames(positions: readonly Position[]): string {
  return positions.map((p) => POSITION_NAMES[p]).join("、");
}

/**
 * Checks one staff row (a sheet row by English key, or a form's fields as text): the staff member,
 * or every error of the row.
 */
export function validateStaffRow(
  raw: Partial<Record<StaffColumnKey, RawCell | readonly string[] | boolean>>,
): { ok: true; value: StaffInput } | { ok: false; errors: StaffFieldError[] } {
  const errors: StaffFieldError[] = [];
  const text = (key: StaffColumnKey): string => {
    const v = raw[key];
    if (Array.isArray(v)) return v.join("、");
    return cellText(v as RawCell | undefined);
  };
  const H = STAFF_COLUMN_HEADER;
  const required = (key: "staffNo" | "name" | "division"): string => {
    const v = text(key);
    if (v === "") errors.push({ column: H[key], value: "", message: `${H[key]}不能为空` });
    else if (v.length > MAX_TEXT)
      errors.push({ column: H[key], value: v, message: `${H[key]}“${v}”过长（最多 ${MAX_TEXT} 个字）` });
    return v;
  };
  const staffNo = required("staffNo");
  if (staffNo !== "" && /[\s\u3000]/.test(staffNo))
    errors.push({ column: H.staffNo, value: staffNo, message: `工号“${staffNo}”不能含空格` });
  const nameText = required("name");
  const name = normalizeName(nameText);
  const division = normalizeDivision(required("division"));

  let positions: Position[] = [];
  const posValue = raw.positions;
  if (Array.isArray(posValue)) {
    for (const p of posValue as readonly string[]) {
      if (!isPosition(p))
        errors.push({
          column: H.positions,
          value: p,
          message: `职务“${p}”不是可选职务：${allPositionNames()}`,
        });
    }
    positions = POSITIONS.filter((p) => (posValue as readonly string[]).includes(p));
  } else {
    const t = text("positions");
    const parsed = parsePositions(t);
    if ("unknown" in parsed)
      errors.push({
        column: H.positions,
        value: t,
        message: `职务“${parsed.unknown}”不是可选职务：${allPositionNames()}`,
      });
    else positions = parsed.positions;
  }

  const flag = (key: "committeeMember" | "active", empty: boolean): boolean => {
    const v = raw[key];
    if (typeof v === "boolean") return v;
    const t = text(key);
    if (t === "") return empty;
    const b = parseYesNo(t);
    if (b === undefined) {
      errors.push({ column: H[key], value: t, message: `${H[key]}应填“是”或“否”，不能是“${t}”` });
      return empty;
    }
    return b;
  };
  const committeeMember = flag("committeeMember", false);
  const active = flag("active", true);

  const courtText = text("courtCode");
  if (courtText !== "" && !isCourtCodeShape(courtText) && courtText !== SUPREME_COURT_CODE)
    errors.push({
      column: H.courtCode,
      value: courtText,
      message: `法院代字“${courtText}”不是有效的法院代字（如“内0602”“内06”）`,
    });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      staffNo,
      name,
      division,
      positions,
      committeeMember,
      active,
      ...(courtText !== "" ? { courtCode: courtText } : {}),
    },
  };
}

/**
 * Whether an account of `actorCourt` may put a member in `court`: an account limited to a court
 * keeps the register of its court and the courts under it; an account of the whole database
 * (no court) any court. Returns the problem (Chinese, for the column 法院代字) or null.
 */
export function staffCourtProblem(actorCourt: string | null | undefined, court: string): string | null {
  if (!actorCourt || isUnderOrSame(court, actorCourt)) return null;
  return `法院代字“${court}”不在您所在法院（${actorCourt}）或其下级法院之列，不能登记该院人员`;
}

function allPositionNames(): string {
  return POSITIONS.map((p) => POSITION_NAMES[p]).join("、");
}
