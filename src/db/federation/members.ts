/**
 * Members of a federation node (PostgreSQL only, postgres_fdw): a member is a postgres_fdw server
 * with a user mapping, a schema `<server>` holding foreign tables on the member's schema_migrations
 * and cases (to read its version and courts), and one foreign partition of each partitioned case
 * table for the member's courts (FOR VALUES IN every court of the member: the member's table holds
 * all of them, so one partition per member — a partition per court would read the whole member
 * table once per court).
 */
import { CompiledQuery, type Kysely, sql } from "kysely";
import type { Db } from "../connect.js";
import type { Database } from "../schema.js";
import { PARTITIONED_TABLES } from "./init-node.js";

export interface MemberAddress {
  host: string;
  port: string;
  dbname: string;
  user: string;
  password?: string;
  /** The address without the password. */
  location: string;
}

/** Parses postgres://user:password@host:port/dbname; undefined when it is not such a URL. */
export function parseMemberUrl(url: string): MemberAddress | undefined {
  if (!/^postgres(ql)?:\/\//.test(url)) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const dbname = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!dbname || !u.hostname) return undefined;
  const user = decodeURIComponent(u.username || "postgres");
  const port = u.port || "5432";
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port,
    dbname,
    user,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    location: `postgres://${user}@${u.hostname}:${port}/${dbname}`,
  };
}

function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A fresh server name for a new member: shenguan_member_<n>. */
async function nextServerName(db: Kysely<Database>): Promise<string> {
  const r = await sql<{ n: number | null }>`
    select max(substring(srvname from '^shenguan_member_([0-9]+)$')::int) as n from pg_foreign_server`.execute(
    db,
  );
  return `shenguan_member_${Number(r.rows[0]?.n ?? 0) + 1}`;
}

/**
 * Creates the server, the user mapping and the probe tables of a would-be member, inside `trx`,
 * and reads the member's schema version and court codes through postgres_fdw.
 */
export async function connectMemberPostgres(
  trx: Kysely<Database>,
  address: MemberAddress,
  options: { fetchSize?: number } = {},
): Promise<{ server: string; schemaVersion: string; courts: string[] }> {
  const server = await nextServerName(trx);
  const opts = [
    `host ${quoteLiteral(address.host)}`,
    `port ${quoteLiteral(address.port)}`,
    `dbname ${quoteLiteral(address.dbname)}`,
    `async_capable 'true'`,
    `fetch_size ${quoteLiteral(String(options.fetchSize ?? 10_000))}`,
    `connect_timeout '5'`,
  ].join(", ");
  await sql.raw(`create server ${server} foreign data wrapper postgres_fdw options (${opts})`).execute(trx);
  const userOpts = [`user ${quoteLiteral(address.user)}`];
  if (address.password !== undefined) userOpts.push(`password ${quoteLiteral(address.password)}`);
  await sql
    .raw(`create user mapping for public server ${server} options (${userOpts.join(", ")})`)
    .execute(trx);
  await sql.raw(`create schema ${server}`).execute(trx);
  await sql
    .raw(
      `import foreign schema public limit to (schema_migrations, cases) from server ${server} into ${server}`,
    )
    .execute(trx);
  const version = await sql<{
    v: string | null;
  }>`select max(name) as v from ${sql.id(server, "schema_migrations")}`.execute(trx);
  const courts = await sql<{ court_code: string }>`
    select court_code from ${sql.id(server, "cases")} group by court_code order by court_code`.execute(trx);
  return {
    server,
    schemaVersion: version.rows[0]?.v ?? "",
    courts: courts.rows.map((r) => r.court_code),
  };
}

/** Attaches the member's foreign partitions and records it (inside the same transaction). */
export async function attachMemberPostgres(
  trx: Kysely<Database>,
  m: { name: string; server: string; location: string; courts: string[]; schemaVersion: string; now: string },
): Promise<void> {
  const values = m.courts.map(quoteLiteral).join(", ");
  for (const t of PARTITIONED_TABLES) {
    await sql
      .raw(
        `create foreign table ${m.server}.${t}_part partition of public.${t} for values in (${values}) server ${m.server} options (schema_name 'public', table_name '${t}')`,
      )
      .execute(trx);
  }
  await sql`insert into federation_members (name, server, location, courts, schema_version, added_at)
    values (${m.name}, ${m.server}, ${m.location}, ${JSON.stringify(m.courts)}, ${m.schemaVersion}, ${m.now})`.execute(
    trx,
  );
}

/** Statistics of the member's foreign partitions for the node's planner (samples the member). */
export async function analyzeMemberPostgres(handle: Db, server: string): Promise<void> {
  for (const t of PARTITIONED_TABLES) await sql.raw(`analyze ${server}.${t}_part`).execute(handle.db);
}

/** Detaches and forgets a member: its partitions, probe tables, user mapping and server. */
export async function dropMemberPostgres(handle: Db, name: string): Promise<boolean> {
  return handle.db.transaction().execute(async (trx) => {
    const r = await sql<{
      server: string;
    }>`delete from federation_members where name = ${name} returning server`.execute(trx);
    const server = r.rows[0]?.server;
    if (!server) return false;
    await sql.raw(`drop schema if exists ${server} cascade`).execute(trx);
    await sql.raw(`drop server if exists ${server} cascade`).execute(trx);
    return true;
  });
}

export interface MemberProbe {
  reachable: boolean;
  error?: string;
  schemaVersion?: string;
  courts?: string[];
}

/** Reaches a member through postgres_fdw: its schema version and its courts now. */
export async function probeMemberPostgres(
  handle: Db,
  server: string,
  withCourts = true,
): Promise<MemberProbe> {
  try {
    return await handle.db.connection().execute(async (conn) => {
      const v = await sql<{
        v: string | null;
      }>`select max(name) as v from ${sql.id(server, "schema_migrations")}`.execute(conn);
      const courts = withCourts
        ? (
            await sql<{ court_code: string }>`
              select court_code from ${sql.id(server, "cases")} group by court_code order by court_code`.execute(
              conn,
            )
          ).rows.map((r) => r.court_code)
        : undefined;
      return { reachable: true, schemaVersion: v.rows[0]?.v ?? "", courts };
    });
  } catch (err) {
    return { reachable: false, error: (err as Error).message.split("\n")[0] };
  }
}

/** The explained plan of a statement on the node (EXPLAIN VERBOSE), as text lines. */
export async function explainVerbose(handle: Db, statement: string, params: unknown[]): Promise<string[]> {
  const r = await handle.db.executeQuery<{ "QUERY PLAN": string }>(
    CompiledQuery.raw(`explain (verbose, costs off) ${statement}`, params),
  );
  return r.rows.map((x) => x["QUERY PLAN"]);
}
