/**
 * Data scope by role: 审管办, 院领导 and administrators see the whole court, a 庭长 their division,
 * a 法官 their own cases (their name in their division); 立案/书记员 see no case
 * data. Storage turns a scope into conditions inside every query (figures, lists, exports).
 */
import type { Actor } from "./roles.js";

export type DataScope = (
  | { kind: "court" }
  | { kind: "division"; division: string }
  | { kind: "judge"; judge: string; division: string }
  | { kind: "none"; reason: string }
) & {
  /**
   * The courts (法院代字) the scope covers: the account's court and those under it. Absent on a
   * one-court installation's accounts (the whole database). A division or a judge is always
   * within the account's own court: division names repeat from court to court.
   */
  courts?: readonly string[];
};

function unitScope(actor: Actor): DataScope {
  switch (actor.role) {
    case "admin":
    case "office":
    case "president":
      return { kind: "court" };
    case "chief":
      return actor.division
        ? { kind: "division", division: actor.division }
        : { kind: "none", reason: "庭长账号未设置所在部门" };
    case "judge":
      // A name alone is not a person: two judges of one name sit in different divisions.
      if (!actor.judgeName) return { kind: "none", reason: "法官账号未设置承办人姓名" };
      if (!actor.division) return { kind: "none", reason: "法官账号未设置所在部门，请管理员补充" };
      return { kind: "judge", judge: actor.judgeName, division: actor.division };
    case "clerk":
      return { kind: "none", reason: "立案/书记员账号无权查看统计与案件" };
  }
}

export function dataScope(actor: Actor): DataScope {
  const s = unitScope(actor);
  if (!actor.court || s.kind === "none") return s;
  // A chief's division and a judge's cases are those of their own court only.
  const courts = s.kind === "court" ? (actor.courts ?? [actor.court]) : [actor.court];
  return { ...s, courts };
}

/**
 * Does a record (by its division and judge, and its court) lie within the scope? A scope limited
 * to courts refuses a record whose court is not given: callers must say where the record is.
 */
export function withinScope(
  scope: DataScope,
  r: { division: string; judge: string; courtCode?: string | null },
): boolean {
  if (scope.courts && !(r.courtCode && scope.courts.includes(r.courtCode))) return false;
  switch (scope.kind) {
    case "court":
      return true;
    case "division":
      return r.division === scope.division;
    case "judge":
      return r.judge === scope.judge && r.division === scope.division;
    case "none":
      return false;
  }
}

export function inScope(
  actor: Actor,
  r: { division: string; judge: string; courtCode?: string | null },
): boolean {
  return withinScope(dataScope(actor), r);
}
