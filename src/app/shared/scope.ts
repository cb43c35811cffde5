/**
 * Data scope by role, applied inside every query (figures, case lists, exports): 审管办, 院领导 and
 * administrators see the whole court, a 庭长 their division, a 法官 their own cases.
 */
import type { Filter } from "../../db/indicators/compile.js";
import { type Actor, PermissionError } from "./actor.js";

export function scopeFilters(actor: Actor): Filter[] {
  switch (actor.role) {
    case "admin":
    case "office":
    case "president":
      return [];
    case "chief":
      if (!actor.division) throw new PermissionError(actor, "scope", "庭长账号未设置所在部门");
      return [{ field: "division", values: [actor.division] }];
    case "judge":
      if (!actor.judgeName) throw new PermissionError(actor, "scope", "法官账号未设置承办人姓名");
      return [
        { field: "judge", values: [actor.judgeName] },
        ...(actor.division ? [{ field: "division" as const, values: [actor.division] }] : []),
      ];
    case "clerk":
      throw new PermissionError(actor, "scope", "立案/书记员账号无权查看统计与案件");
  }
}

/** Does a case (by division and judge) lie within the actor's scope? */
export function inScope(actor: Actor, c: { division: string; judge: string }): boolean {
  const filters = scopeFilters(actor);
  return filters.every((f) =>
    f.values.includes(f.field === "division" ? c.division : f.field === "judge" ? c.judge : ""),
  );
}

/**
 * A key naming the data an actor can see (for caches): the same for every whole-court role, the
 * division for a chief, the judge for a judge; "none" when the role sees no cases.
 */
export function scopeKey(actor: Actor): string {
  try {
    return JSON.stringify(scopeFilters(actor));
  } catch {
    return "none";
  }
}
