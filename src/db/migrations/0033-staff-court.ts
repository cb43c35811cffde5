import { type Kysely, sql } from "kysely";

/**
 * The staff register (人员) gets a court of its own: staff.court_code, the 法院代字 of the court the
 * member works in. Existing members take the court of their linked account (users.staff_id →
 * users.court_code; the lowest code if several accounts of different courts are linked); members
 * without such an account keep null and count for every court, as before. The (division, name)
 * index becomes (court, division, name): a 承办人 is looked up within the case's court.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table staff add column court_code text`.execute(db);
  await sql`update staff set court_code = (
    select min(u.court_code) from users u where u.staff_id = staff.id and u.court_code is not null
  )`.execute(db);
  await sql`drop index staff_division_name`.execute(db);
  await sql`create index staff_court_division_name on staff (court_code, division, name)`.execute(db);
}
