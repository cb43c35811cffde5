import { type Kysely, sql } from "kysely";
import type { DialectName } from "../dialect.js";

/**
 * case_facts keeps what the figures, lists and alerts read. Seven columns that no query reads are
 * dropped — filed_month and closed_month (the first seven characters of filed_on and closed_on),
 * procedure_inferred, open_intervals, extension_days, period_days and limit_rule (the clock
 * recomputes them for a case's own page) — so each row binds and stores less on a full refresh.
 * SQLite rewrites the table once (a DROP COLUMN per column would rewrite it seven times);
 * PostgreSQL drops them in place.
 */
const DROPPED = [
  "filed_month",
  "closed_month",
  "procedure_inferred",
  "open_intervals",
  "extension_days",
  "period_days",
  "limit_rule",
];

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    for (const c of DROPPED) await sql`alter table case_facts drop column ${sql.id(c)}`.execute(db);
    return;
  }
  const cols = (
    await sql<{ name: string; type: string; notnull: number; pk: number }>`
      select name, type, "notnull", pk from pragma_table_info('case_facts') order by cid`.execute(db)
  ).rows.filter((c) => !DROPPED.includes(c.name));
  const defs = cols.map((c) =>
    c.pk
      ? `${c.name} integer primary key references cases (id)`
      : `${c.name} ${c.type}${c.notnull ? " not null" : ""}`,
  );
  const names = cols.map((c) => c.name).join(", ");
  await sql.raw(`create table case_facts_lean (${defs.join(", ")})`).execute(db);
  await sql.raw(`insert into case_facts_lean (${names}) select ${names} from case_facts`).execute(db);
  await sql`drop table case_facts`.execute(db);
  await sql`alter table case_facts_lean rename to case_facts`.execute(db);
  await sql`create index case_facts_filed on case_facts (filed_day)`.execute(db);
  await sql`create index case_facts_closed on case_facts (closed_day)`.execute(db);
  await sql`create index case_facts_division on case_facts (division, judge)`.execute(db);
}
