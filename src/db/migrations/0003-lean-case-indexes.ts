import { type Kysely, sql } from "kysely";

/**
 * The figures, lists and alerts read case_facts (which has its own indexes); the two secondary
 * indexes on cases only slowed imports down (each a random B-tree insert per row).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists cases_division_judge`.execute(db);
  await sql`drop index if exists cases_filed_on`.execute(db);
}
