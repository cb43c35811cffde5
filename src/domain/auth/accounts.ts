/**
 * What an account must hold to be usable: a 庭长 leads a division; a 法官 is a name in a division
 * (two judges may share a name); the court keeps at least one administrator able to sign in.
 */
import { isRole, ROLES } from "./roles.js";

export interface AccountShape {
  role: string;
  division: string | null;
  judgeName: string | null;
}

/** The problem with an account's role and attributes, as [field, Chinese reason], or undefined. */
export function accountProblem(a: AccountShape): [string, string] | undefined {
  if (!isRole(a.role)) return ["role", `未知的角色 ${JSON.stringify(a.role)}（应为 ${ROLES.join("、")}）`];
  if (a.role === "chief" && !a.division) return ["division", "庭长账号须指定所在部门"];
  if (a.role === "judge" && !a.judgeName) return ["judgeName", "法官账号须指定承办人姓名"];
  if (a.role === "judge" && !a.division)
    return ["division", "法官账号须指定所在部门（同名法官可能在不同部门）"];
  return undefined;
}

/** Taking the administrator role from the only active administrator would leave nobody to manage accounts. */
export function demotionProblem(
  before: { role: string; lastActiveAdmin: boolean },
  role: string,
): string | undefined {
  return before.role === "admin" && before.lastActiveAdmin && role !== "admin"
    ? "不能取消唯一在用的系统管理员的管理员角色"
    : undefined;
}
