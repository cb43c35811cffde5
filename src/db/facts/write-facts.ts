/** Writing facts rows: the bulk inserter, and the SQLite writer that copies attributes from `cases`. */
import type SQLite from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import { BulkInserter } from "../bulk.js";
import type { Db } from "../connect.js";
import type { DialectName } from "../dialect.js";
import { maintainRollup } from "../rollup/rollup.js";
import type { Database } from "../schema.js";
import { FACT_COLUMNS, FACT_COPIED_COLUMNS, FACT_DERIVED_COLUMNS } from "./columns.js";

/**
 * Writes facts rows (values in FACT_COLUMNS order): upserts by case (default), or plain inserts
 * into an emptied table. The date and rules version the facts were derived for are the same for
 * every row of a refresh, so they are written into the statement instead of being bound per row.
 */
export function factsInserter(
  db: Kysely<Database>,
  derivedFor: { asOf: string; rulesVersion: string },
  sqlite?: SQLite.Database,
  mode: "upsert" | "insert" = "upsert",
): BulkInserter<"case_facts"> {
  const constants = { as_of: derivedFor.asOf, rules_version: derivedFor.rulesVersion };
  return new BulkInserter(
    db,
    "case_facts",
    FACT_COLUMNS,
    mode === "upsert" ? { upsertOn: ["case_id"], batchSize: 400, constants } : { batchSize: 400, constants },
    sqlite,
  );
}

/**
 * On SQLite, inside a full refresh: a function inserting one facts row from the values of
 * FACT_DERIVED_COLUMNS (case_id last), the copied columns taken from the case's own row in `cases`
 * by the same statement (`insert … select … from cases where id = ?`). Throws if the case is not
 * there.
 */
export function factsFromCasesWriter(
  db: Kysely<Database>,
  derivedFor: { asOf: string; rulesVersion: string },
  sqlite: SQLite.Database,
): (row: readonly unknown[]) => void {
  const derived = FACT_DERIVED_COLUMNS.filter((c) => c !== "case_id");
  // OR FAIL: the statement inserts a single row, so stopping at a failed constraint leaves
  // nothing half done — and SQLite then keeps no statement journal, which for an INSERT … SELECT
  // (possibly many rows) it otherwise fills with a copy of every page the statement changes.
  const q = db
    .insertInto("case_facts")
    .orFail()
    .columns(["as_of", "rules_version", ...derived, ...FACT_COPIED_COLUMNS, "case_id"] as never)
    .expression(
      db
        .selectFrom("cases")
        .select([
          sql.lit(derivedFor.asOf).as("as_of"),
          sql.lit(derivedFor.rulesVersion).as("rules_version"),
          ...derived.map((c) => sql`${null}`.as(c)),
          ...FACT_COPIED_COLUMNS.map((c) => sql.ref(c).as(c)),
          sql.ref("id").as("case_id"),
        ])
        .where("id", "=", 0),
    )
    .compile();
  if (q.parameters.length !== FACT_DERIVED_COLUMNS.length)
    throw new Error(
      `facts writer binds ${q.parameters.length} values, expected ${FACT_DERIVED_COLUMNS.length}`,
    );
  const stmt = sqlite.prepare(q.sql);
  return (row) => {
    if (stmt.run(row as unknown[]).changes !== 1)
      throw new Error(`no case ${String(row[row.length - 1])} to derive facts for`);
  };
}

/**
 * Writes facts rows with the inserter in a transaction of their own, keeping the monthly rollup
 * equal to the facts in the same transaction (the rows' old contributions out, the new ones in).
 */
export async function writeFactsInTransaction(
  handle: Db,
  inserter: BulkInserter<"case_facts">,
  rows: unknown[][],
): Promise<void> {
  const ids = rows.map((r) => Number(r[0]));
  await handle.db
    .transaction()
    .execute((trx) => maintainRollup(trx, ids, () => inserter.insert(rows, trx).then(() => undefined)));
}

/**
 * Empties case_facts cheaply inside a full refresh's transaction: on PostgreSQL TRUNCATE
 * (transactional there); on SQLite drop the table and re-create it and its indexes from their
 * stored definitions (a row-by-row DELETE of a million rows takes seconds). The indexes are kept up
 * during the load: the rows arrive in case order, which is nearly filing order, and a large page
 * cache keeps the B-trees in memory — measured faster than rebuilding them afterwards.
 */
export async function emptyFacts(trx: Kysely<Database>, dialect: DialectName): Promise<void> {
  if (dialect === "postgres") {
    await sql`truncate table case_facts`.execute(trx);
    return;
  }
  const ddl = await sql<{ type: string; sql: string }>`select type, sql from sqlite_master
    where tbl_name = 'case_facts' and sql is not null order by type = 'index', name`.execute(trx);
  if (!ddl.rows.some((r) => r.type === "table")) throw new Error("case_facts has no stored definition");
  await sql`drop table case_facts`.execute(trx);
  for (const r of ddl.rows) await sql.raw(r.sql).execute(trx);
}
