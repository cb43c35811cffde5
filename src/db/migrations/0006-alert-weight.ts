import { type Kysely, sql } from "kysely";

/**
 * alerts.weight: how serious a finding is within its level (days overdue, days past the base
 * period …), so that lists rank by level, then by it. Existing alerts get it at the next detection.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table alerts add column weight integer not null default 0`.execute(db);
}
