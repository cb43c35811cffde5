import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.js";

/**
 * 四类案件: each case a supervised-case matter concerns (matters, kind "supervised-case") carries
 * its findings here — one row per rule that identified it (or "manual" for 提请标注), with the
 * category, the reason with its numbers and the facts used. (matter, rule) is unique, so
 * identification re-runs add only what is new; counts by category read this table.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await sql`create table supervision_findings (
    matter_id integer not null references matters (id),
    rule_id text not null,
    case_id integer not null references cases (id),
    category integer not null,
    reason text not null,
    facts_json text not null,
    found_on text not null,
    primary key (matter_id, rule_id)
  )`.execute(db);
  await sql`create index supervision_findings_case on supervision_findings (case_id)`.execute(db);
  await sql`create index supervision_findings_category on supervision_findings (category, matter_id)`.execute(
    db,
  );
}
