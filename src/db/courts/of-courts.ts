/**
 * The condition "a record of these courts, or of none" on a table's court_code: the lists of
 * records that belong to a court (meetings, 评查 plans, 观摩 rounds, 类案规则, imports) show a
 * reader those of their courts and those that say no court (a one-court installation's, seen by
 * every reader). An empty list leaves only the latter. For a query on one table (the column is
 * not qualified).
 */
import { type Expression, type SqlBool, sql } from "kysely";

export function ofCourtsOrNone(courts: readonly string[]): Expression<SqlBool> {
  return courts.length === 0
    ? sql<SqlBool>`court_code is null`
    : sql<SqlBool>`(court_code is null or court_code in (${sql.join([...courts])}))`;
}
