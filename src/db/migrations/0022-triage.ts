import { type Kysely, sql } from "kysely";

/**
 * 繁简分流, 退案流转 and 要素式审判 (民间借贷):
 * - cases: 涉外 (foreign_related), 反诉 (counterclaim) and 双方约定适用小额诉讼
 *   (small_claims_consent) — inputs of the 小额诉讼 rules of 民事诉讼法 arts. 165–166;
 * - case_events: a 变更承办部门 event (kind divisionChange) names the division before and after
 *   (prior_division, new_division); its reason is free text;
 * - case_facts: the fast-track facts, written by the triage pass after each facts refresh from the
 *   triage settings (their defaults are those of a case that never entered the fast track):
 *   fast_track (1 速裁, 2 小额诉讼 — the track the case started in), small_claims_eligible (the
 *   rules found it eligible for 小额诉讼 at filing), transferred_back (it left the fast track by a
 *   程序转换 or a division change) and transfer_day (the day it did);
 * - loan_forms: the 民间借贷 element form (要素表) of a case, as JSON, versioned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column foreign_related integer`.execute(db);
  await sql`alter table cases add column counterclaim integer`.execute(db);
  await sql`alter table cases add column small_claims_consent integer`.execute(db);
  await sql`alter table case_events add column prior_division text`.execute(db);
  await sql`alter table case_events add column new_division text`.execute(db);
  await sql`alter table case_facts add column fast_track integer not null default 0`.execute(db);
  await sql`alter table case_facts add column small_claims_eligible integer not null default 0`.execute(db);
  await sql`alter table case_facts add column transferred_back integer not null default 0`.execute(db);
  await sql`alter table case_facts add column transfer_day integer`.execute(db);
  await sql`create table loan_forms (
    case_id integer primary key references cases (id),
    form_json text not null,
    version integer not null,
    updated_at text not null,
    updated_by text not null
  )`.execute(db);
}
