/**
 * From a name in 承办人 to a member of the staff: a name means a person only within a division of a
 * court (two judges of one name sit in different divisions, and division names repeat from court
 * to court), and the register may hold a name once per division of a court — a second one is an
 * error of the register, never a guess. A member of no particular court (courtCode null or absent)
 * counts for every court.
 */
import { normalizeDivision, normalizeName, type StaffMember } from "./staff.js";

export type Resolution<S> =
  | { kind: "found"; member: S }
  | { kind: "none" }
  /** The register holds the name twice in the division (it should not: see registerProblems). */
  | { kind: "ambiguous"; members: S[] };

type Named = Pick<StaffMember, "name" | "division"> & { courtCode?: string | null };

/** Two members may be one court's: either is of no particular court, or both are of the same. */
function courtsMeet(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

function keyOf(division: string, name: string): string {
  return `${normalizeDivision(division)}\u0000${normalizeName(name)}`;
}

/** An index of the register by division and name, for resolving many names. */
export class StaffIndex<S extends Named> {
  private readonly byKey = new Map<string, S[]>();
  readonly size: number;

  constructor(members: readonly S[]) {
    for (const m of members) {
      const k = keyOf(m.division, m.name);
      const list = this.byKey.get(k);
      if (list) list.push(m);
      else this.byKey.set(k, [m]);
    }
    this.size = members.length;
  }

  /**
   * The staff member a 承办人 of a division names: within `court` (members of that court and those
   * of no particular court), or in the whole register when no court is given.
   */
  resolve(division: string, name: string, court?: string | null): Resolution<S> {
    const all = this.byKey.get(keyOf(division, name));
    const list = court ? all?.filter((m) => !m.courtCode || m.courtCode === court) : all;
    if (!list || list.length === 0) return { kind: "none" };
    if (list.length === 1) return { kind: "found", member: list[0] as S };
    return { kind: "ambiguous", members: [...list] };
  }
}

/** The staff member a 承办人 of a division names (one lookup; build a StaffIndex for many). */
export function resolveStaff<S extends Named>(
  register: readonly S[],
  division: string,
  name: string,
  court?: string | null,
): Resolution<S> {
  return new StaffIndex(register).resolve(division, name, court);
}

/** A row of a register being checked: where it is (a sheet row) and who it is. */
export interface RegisterRow {
  /** The sheet row (header = 1); undefined for a member already stored. */
  row?: number;
  staffNo: string;
  name: string;
  division: string;
  /** The member's court; null or absent: of no particular court (clashes with every court's). */
  courtCode?: string | null;
}

export interface RegisterProblem {
  /** The later of the two rows (the one to fix). */
  row: number | undefined;
  column: "工号" | "姓名";
  value: string;
  message: string;
}

/**
 * What makes a register unusable: one 工号 twice (工号 are unique in the database), or one name twice
 * in one division of a court (承办人 could not say which of them; a member of no particular court
 * clashes with every court's). Rows are checked in order; each problem names the later row and the
 * earlier one.
 */
export function registerProblems(rows: readonly RegisterRow[]): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const byNo = new Map<string, RegisterRow>();
  const byName = new Map<string, RegisterRow[]>();
  const where = (r: RegisterRow) => (r.row === undefined ? "名册中已有的人员" : `第 ${r.row} 行`);
  for (const r of rows) {
    const first = byNo.get(r.staffNo);
    if (first) {
      problems.push({
        row: r.row,
        column: "工号",
        value: r.staffNo,
        message: `工号“${r.staffNo}”重复：与${where(first)}（${first.name}）相同`,
      });
    } else byNo.set(r.staffNo, r);
    const k = keyOf(r.division, r.name);
    const named = byName.get(k) ?? [];
    const same = named.find((o) => courtsMeet(o.courtCode, r.courtCode));
    if (same && same.staffNo !== r.staffNo) {
      problems.push({
        row: r.row,
        column: "姓名",
        value: r.name,
        message: `同一部门“${r.division}”中有两名“${r.name}”（${where(same)}，工号 ${same.staffNo}）：承办人无法区分，请在姓名后加区分字样（如“${r.name}（二）”），并在案件数据中同样填写`,
      });
    } else if (!same) byName.set(k, [...named, r]);
  }
  return problems;
}
