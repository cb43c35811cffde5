/**
 * The actor's data scope (src/domain/auth/scope.ts) as filters on case columns, applied inside
 * every query: figures, case lists, exports.
 */
import type { Filter } from "../../db/indicators/compile.js";
import { type Actor, dataScope } from "../../domain/auth/index.js";
import { ForbiddenError } from "./errors.js";

export function scopeFilters(actor: Actor): Filter[] {
  const s = dataScope(actor);
  const courts: Filter[] = s.courts ? [{ field: "court_code", values: [...s.courts] }] : [];
  switch (s.kind) {
    case "court":
      return courts;
    case "division":
      return [...courts, { field: "division", values: [s.division] }];
    case "judge":
      return [...courts, { field: "judge", values: [s.judge] }, { field: "division", values: [s.division] }];
    case "none":
      throw new ForbiddenError(actor, "scope", s.reason);
  }
}

/**
 * A key naming the data an actor can see (for caches): the same for every whole-court role of one
 * court, the division for a chief, the judge for a judge (each with the courts seen); "none" when
 * the role sees no cases.
 */
export function scopeKey(actor: Actor): string {
  const s = dataScope(actor);
  return s.kind === "none" ? "none" : JSON.stringify(scopeFilters(actor));
}
export type { Filter } from "../../db/indicators/compile.js";
