/**
 * Data scope by role: 审管办, 院领导 and administrators see the whole court, a 庭长 their division,
 * a 法官 their own cases (their name in their division); 立案/书记员 see no case
 * data. Storage turns a scope into conditions inside every query (figures, lists, exports).
 */
import type { Actor } from "./roles.js";

export type DataScope =
  | { kind: "court" }
  | { kind: "division"; division: string }
  | { kind: "judge"; judge: string; division: string }
  | { kind: "none"; reason: string };

export function dataScope(actor: Actor): DataScope {
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

/** Does a record (by its division and judge) lie within the scope? */
export function withinScope(scope: DataScope, r: { division: string; judge: string }): boolean {
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

export function inScope(actor: Actor, r: { division: string; judge: string }): boolean {
  return withinScope(dataScope(actor), r);
}
