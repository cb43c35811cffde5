/**
 * The court part of a reader's scope (数据范围 by court) as SQL conditions, for tables whose rows
 * do not carry a court themselves: a row lies in the court of its case (cases.court_code), and a
 * row tied to no case (a workflow matter opened by hand) in the court of the account that opened
 * it (users.court_code). Values are always parameters.
 */
import type { SelectQueryBuilder } from "kysely";
import type { Filter } from "../indicators/compile.js";
import type { Database } from "../schema.js";
import type { Params } from "../sql.js";

/** The courts a scope is limited to (its court_code filter), or null: not limited. */
export function scopeCourts(scope: readonly Filter[]): readonly string[] | null {
  return scope.find((s) => s.field === "court_code")?.values ?? null;
}

function list(courts: readonly string[], params: Params): string {
  return courts.length === 0 ? "NULL" : courts.map((c) => params.add(c)).join(", ");
}

/** `caseIdExpr` names a case of one of `courts`. */
export function caseInCourts(caseIdExpr: string, courts: readonly string[], params: Params): string {
  return `${caseIdExpr} IN (SELECT cc.id FROM cases cc WHERE cc.court_code IN (${list(courts, params)}))`;
}

/**
 * A row with a case (`caseIdExpr`) lies in the case's court; one without, in the court of the
 * account named by `usernameExpr` (its initiator).
 */
export function caseOrAccountInCourts(
  caseIdExpr: string,
  usernameExpr: string,
  courts: readonly string[],
  params: Params,
): string {
  return `((${caseIdExpr} IS NOT NULL AND ${caseInCourts(caseIdExpr, courts, params)})
    OR (${caseIdExpr} IS NULL AND ${usernameExpr} IN (SELECT cu.username FROM users cu WHERE cu.court_code IN (${list(courts, params)}))))`;
}

/**
 * The same for a kysely query over `matters` (unaliased): a matter lies in its case's court, or,
 * without a case, in the court of the account that opened it.
 */
export function mattersInCourts<Q extends SelectQueryBuilder<Database, "matters", object>>(
  q: Q,
  courts: readonly string[],
): Q {
  const list = [...courts];
  return q.where((eb) =>
    eb.or([
      eb.and([
        eb("matters.case_id", "is not", null),
        eb(
          "matters.case_id",
          "in",
          eb.selectFrom("cases").select("cases.id").where("cases.court_code", "in", list),
        ),
      ]),
      eb.and([
        eb("matters.case_id", "is", null),
        eb(
          "matters.initiator",
          "in",
          eb.selectFrom("users").select("users.username").where("users.court_code", "in", list),
        ),
      ]),
    ]),
  ) as Q;
}
