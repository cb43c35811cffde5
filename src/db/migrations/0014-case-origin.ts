import { type Kysely, sql } from "kysely";

/**
 * 原审案号 and 生效日期 (import format): a derived case (二审, 再审, 执行, 执行异议 …) names the case it
 * derives from, stored normalised and resolved by equality with `cases.case_number` whenever it is
 * read — so a link to a case imported later resolves then, with nothing to update. The index serves
 * "which cases derive from this one" (chains, 案-件比, the 发改 register).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cases add column origin_case_number text`.execute(db);
  await sql`alter table cases add column effective_on text`.execute(db);
  await sql`create index cases_origin on cases (origin_case_number)`.execute(db);
}
