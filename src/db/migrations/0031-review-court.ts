import { type Kysely, sql } from "kysely";

/**
 * 案件评查 plans and 庭审观摩 rounds belong to a court: review_plans.court_code and
 * observation_plans.court_code, the court of the account that made the plan (users.court_code of
 * created_by). Existing plans take it from their creator's account where that account has a court;
 * the others (a one-court installation's) keep null and stay visible to every reader, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["review_plans", "observation_plans"]) {
    const t = sql.table(table);
    await sql`alter table ${t} add column court_code text`.execute(db);
    await sql`update ${t} set court_code = (
      select u.court_code from users u where u.username = ${t}.created_by
    )`.execute(db);
    await sql`create index ${sql.id(`${table}_court`)} on ${t} (court_code, id)`.execute(db);
  }
}
