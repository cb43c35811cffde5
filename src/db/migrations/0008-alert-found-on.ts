import { type Kysely, sql } from "kysely";

/**
 * alerts.found_on: the date (the detection's as-of date, in the court's calendar) a finding was
 * first found — what 本期新发现 filters on and the bulletin counts. Existing alerts take the date
 * of their last detection, the nearest known.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table alerts add column found_on text`.execute(db);
  await sql`update alerts set found_on = as_of where found_on is null`.execute(db);
}
