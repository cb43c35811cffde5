import { type Kysely, sql } from "kysely";

/**
 * An import commits its cases and events first and refreshes their facts and the alerts after
 * (status `facts-pending` until then; src/app/imports/complete-pending-imports.ts). `as_of` keeps
 * the date it was checked and refreshed for, so that a completion after a crash derives the facts
 * for the same day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports add column as_of text`.execute(db);
}
