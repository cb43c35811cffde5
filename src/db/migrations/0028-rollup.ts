import { type Kysely, sql } from "kysely";

/**
 * Issue 21 part 3 (answer from aggregates, not rows): the monthly rollup of case_facts
 * (src/db/rollup, docs/rollup.md). One row per (month, kind, key): `month` = year × 12 + month − 1;
 * `kind` 0 = the whole month, 1 = the as-of month up to the as-of day; `k` the key (court, division,
 * judge, type code, procedure, category) as a JSON array; `v` the cell's values (the count of
 * relevant cases, then one value per measure slot) as a JSON array; `h` the value histograms.
 * The meta row says which layout (measure slots) the cells hold and for which as-of day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table indicator_rollup (
    month integer not null,
    kind integer not null,
    k text not null,
    v text not null,
    h text,
    primary key (month, kind, k)
  )`.execute(db);
  await sql`create table indicator_rollup_meta (
    id integer primary key,
    signature text not null,
    as_of text not null,
    first_month integer not null,
    last_month integer not null,
    anomalies integer not null,
    stale integer not null,
    built_at text not null,
    build_ms double precision not null
  )`.execute(db);
}
