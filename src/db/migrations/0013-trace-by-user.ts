import { type Kysely, sql } from "kysely";

/**
 * 已办 (the matters a person has taken steps on) reads the trace by who took each step: an index on
 * (by_user, matter_id, at) answers it without reading the whole trace, which only grows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index matter_trace_by_user on matter_trace (by_user, matter_id, at)`.execute(db);
}
