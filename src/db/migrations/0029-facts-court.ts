import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.js";

/**
 * Issue 21 (a province on PostgreSQL): an index on case_facts by court, so that the rollup's full
 * rebuild reads the facts a group of courts at a time (src/db/rollup) — a province's year of cells
 * for every court at once held gigabytes — and a court's own figures need not scan the province.
 * A federation node's case_facts is partitioned over its members' foreign tables and holds no rows:
 * each member has the index itself.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    const node = await sql<{
      yes: boolean;
    }>`select to_regclass('public.federation_members') is not null as yes`.execute(db);
    if (node.rows[0]?.yes) return;
  }
  await sql`create index case_facts_court on case_facts (court_code)`.execute(db);
}
