/**
 * A federation node (PostgreSQL only): a database that holds no cases, whose case_facts and cases
 * are tables partitioned by court code with postgres_fdw foreign tables on the member databases as
 * partitions. `federation_members` (created by initFederationNodePostgres) names the members.
 */
import { sql } from "kysely";
import type { Db } from "../connect.js";

export interface FederationMember {
  name: string;
  /** The postgres_fdw server (and the schema of the member's foreign tables). */
  server: string;
  /** The member's address without its password. */
  location: string;
  courts: string[];
  schemaVersion: string;
  addedAt: string;
}

const known = new WeakMap<object, Promise<boolean>>();

/** Is this database a federation node? (SQLite never; cached per handle.) */
export function isFederationNode(handle: Db): Promise<boolean> {
  if (handle.dialect !== "postgres") return Promise.resolve(false);
  let p = known.get(handle.db);
  if (!p) {
    p = sql<{ yes: boolean }>`select to_regclass('public.federation_members') is not null as yes`
      .execute(handle.db)
      .then((r) => r.rows[0]?.yes === true);
    known.set(handle.db, p);
  }
  return p;
}

/** Records that the handle's database is (now) a node. */
export function markFederationNode(handle: Db, yes: boolean): void {
  known.set(handle.db, Promise.resolve(yes));
}

export async function listFederationMembers(handle: Db): Promise<FederationMember[]> {
  if (!(await isFederationNode(handle))) return [];
  const r = await sql<{
    name: string;
    server: string;
    location: string;
    courts: string;
    schema_version: string;
    added_at: string;
  }>`select name, server, location, courts, schema_version, added_at from federation_members order by name`.execute(
    handle.db,
  );
  return r.rows.map((m) => ({
    name: m.name,
    server: m.server,
    location: m.location,
    courts: JSON.parse(m.courts) as string[],
    schemaVersion: m.schema_version,
    addedAt: m.added_at,
  }));
}

/** The last migration applied to the local database: its schema version. */
export async function localSchemaVersion(handle: Db): Promise<string> {
  const r = await sql<{ v: string | null }>`select max(name) as v from schema_migrations`.execute(handle.db);
  return r.rows[0]?.v ?? "";
}
