/**
 * Courts in a hierarchy (法院层级): the SPC, the high courts (高级人民法院), the intermediate courts
 * (中级人民法院) and the basic courts (基层人民法院), as the 2018 register of 法院代字 lists them
 * (src/domain/case-number/court-codes.data.ts; 《人民法院组织法》第十二条 on the levels). A court
 * created after the register (a well-formed code the register lacks) hangs under the court its code
 * names: a basic court's first three characters (内0602 → 内06), an intermediate court's first
 * character (内06 → 内), a high court under 最高法.
 *
 * Who sees which courts (数据范围): a user of a court sees that court and every court under it —
 * a 高院 user the province, a 中院 user its own cases and its basic courts', a basic court's user
 * that court only (within which division and own-case scope apply as before).
 */
import {
  type CourtLevel,
  courtLevelOf,
  isCourtCodeShape,
  lookupCourt,
  SUPREME_COURT_CODE,
} from "../case-number/courts.js";

export interface CourtNode {
  code: string;
  name: string;
  level: CourtLevel;
  /** The court above it; null for the SPC. */
  parentCode: string | null;
}

/** The court above a code: the register's parent, else the one its shape names; null for the SPC. */
export function parentCourtOf(code: string): string | null {
  if (code === SUPREME_COURT_CODE) return null;
  const listed = lookupCourt(code);
  if (listed) return listed.parentCode ?? null;
  if (code.length >= 5) return code.slice(0, 3);
  if (code.length === 3) return code.slice(0, 1);
  return SUPREME_COURT_CODE;
}

/** A court as the register knows it, or as its shape tells for a code the register lacks. */
export function courtNodeOf(code: string): CourtNode {
  const listed = lookupCourt(code);
  return {
    code,
    name: listed?.name ?? `${code}法院`,
    level: listed?.level ?? courtLevelOf(code) ?? "basic",
    parentCode: parentCourtOf(code),
  };
}

/** The chain of courts above a code, nearest first (cycle-safe). */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  let at = parentCourtOf(code);
  while (at !== null && !out.includes(at) && out.length < 8) {
    out.push(at);
    at = parentCourtOf(at);
  }
  return out;
}

/** True when `court` is `over` itself or lies under it. */
export function isUnderOrSame(court: string, over: string): boolean {
  return court === over || ancestorsOf(court).includes(over);
}

/**
 * The courts a user of `userCourt` sees among `known` courts (those with cases in the database, and
 * the user's own): the court itself and every court under it, sorted by code.
 */
export function courtsVisibleTo(userCourt: string, known: readonly string[]): string[] {
  const set = new Set<string>([userCourt]);
  for (const c of known) if (isUnderOrSame(c, userCourt)) set.add(c);
  return [...set].sort();
}

/**
 * The courts of a hierarchy level under a court (for bulletins and reports made for "every basic
 * court of the province", say): those of `known` under `over` (inclusive) at `level`.
 */
export function courtsAtLevel(over: string, level: CourtLevel, known: readonly string[]): string[] {
  return known.filter((c) => isUnderOrSame(c, over) && courtNodeOf(c).level === level).sort();
}

/**
 * The court an administrator gives an account (法院代字), checked: null keeps the account on the
 * whole database (only an administrator not limited to courts may do that); a code must have the
 * shape of a 法院代字 and lie within the administrator's own court or under it. Returns the problem
 * (Chinese, for the field `court`) or null.
 */
export function accountCourtProblem(
  adminCourt: string | null | undefined,
  court: string | null,
): string | null {
  if (court === null) return adminCourt ? "请填写账号所属法院（法院代字），如“内0602”" : null;
  if (!isCourtCodeShape(court) && court !== SUPREME_COURT_CODE)
    return `“${court}”不是有效的法院代字（如“内0602”“内06”“内”）`;
  if (adminCourt && !isUnderOrSame(court, adminCourt))
    return `“${court}”不在您所在法院（${adminCourt}）或其下级法院之列，不能为其设置账号`;
  return null;
}
