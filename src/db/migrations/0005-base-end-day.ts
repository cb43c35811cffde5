import { type Kysely, sql } from "kysely";

/**
 * case_facts.base_end_day: filing plus the base statutory period, for the indicator "自然审理期间超
 * 法定审限" and its drill-down. Existing rows get it at the next refresh, which the start-up runs
 * when facts were derived by older rules (their rules_version differs).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table case_facts add column base_end_day integer`.execute(db);
}
