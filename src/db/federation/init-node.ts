/**
 * Preparing a PostgreSQL database as a federation node (PostgreSQL only: postgres_fdw and
 * declarative partitioning). The migrated tables case_facts and cases are replaced by empty tables
 * of the same columns PARTITIONED BY LIST (court_code); members are attached as foreign partitions
 * (add-member.ts). case_events has no court column and stays an ordinary (empty) table.
 */
import { sql } from "kysely";
import type { Db } from "../connect.js";
import { markFederationNode } from "./node.js";

export const PARTITIONED_TABLES = ["case_facts", "cases"] as const;

export class NodeHasCasesError extends Error {}

/** Returns false when the database already was a node (nothing changed). */
export async function initFederationNodePostgres(handle: Db): Promise<boolean> {
  if (handle.dialect !== "postgres") throw new Error("federation nodes are PostgreSQL only");
  const initialised = await handle.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(4243)`.execute(trx);
    const exists = await sql<{
      yes: boolean;
    }>`select to_regclass('public.federation_members') is not null as yes`.execute(trx);
    if (exists.rows[0]?.yes) return false;
    const n = await sql<{ n: number }>`select count(*) as n from (select 1 from cases limit 1) c`.execute(
      trx,
    );
    if (Number(n.rows[0]?.n) > 0) throw new NodeHasCasesError();
    await sql`create extension if not exists postgres_fdw`.execute(trx);
    await sql`create table federation_members (
      name text primary key,
      server text not null unique,
      location text not null,
      courts text not null,
      schema_version text not null,
      added_at text not null
    )`.execute(trx);
    for (const t of PARTITIONED_TABLES) {
      const fed = `${t}__federated`;
      await sql`create table ${sql.id(fed)} (like ${sql.id(t)} including defaults) partition by list (court_code)`.execute(
        trx,
      );
      // Foreign keys from other tables to cases go with it: on a node those tables hold no case rows.
      await sql`drop table ${sql.id(t)} cascade`.execute(trx);
      await sql`alter table ${sql.id(fed)} rename to ${sql.id(t)}`.execute(trx);
    }
    // Each member aggregates its own rows (partitionwise aggregate pushed down by postgres_fdw),
    // the members are read at once (async append), joins of facts and cases run on the member.
    await sql`do $$ begin
      execute format('alter database %I set enable_partitionwise_aggregate = on', current_database());
      execute format('alter database %I set enable_partitionwise_join = on', current_database());
      execute format('alter database %I set enable_async_append = on', current_database());
    end $$`.execute(trx);
    return true;
  });
  markFederationNode(handle, true);
  return initialised;
}
