import { type Kysely, sql } from "kysely";
import { courtNodeOf } from "../../domain/court/hierarchy.js";

/**
 * Many courts in one database (法院层级):
 * - courts: the courts the database knows — every court with cases (kept by the importer) and the
 *   courts accounts belong to — with name, level and parent court from the 2018 register of 法院代字
 *   (or, for a code the register lacks, from the code's shape);
 * - users.court_code: the court an account belongs to. Null on a one-court installation's accounts,
 *   which see the whole database as before.
 * The existing cases' courts are entered now.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table courts (
    code text primary key,
    name text not null,
    level text not null,
    parent_code text
  )`.execute(db);
  await sql`alter table users add column court_code text`.execute(db);
  const present = await sql<{ court_code: string }>`select distinct court_code from cases`.execute(db);
  for (const r of present.rows) {
    const n = courtNodeOf(r.court_code);
    await sql`insert into courts (code, name, level, parent_code) values (${n.code}, ${n.name}, ${n.level}, ${n.parentCode})`.execute(
      db,
    );
  }
}
