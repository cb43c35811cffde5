/**
 * Fresh databases for integration tests: a temporary SQLite file, or a new PostgreSQL database on
 * the server named by SHENGUAN_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres).
 * Every integration suite runs on both; set SHENGUAN_TEST_PG=off to run SQLite only.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Db, openDb } from "../../src/db/connect.js";

export type TestDialect = "sqlite" | "postgres";

/** The PostgreSQL server's maintenance database, where test databases are created and dropped. */
export const PG_ADMIN = process.env.SHENGUAN_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** The URL of database `name` on the test server. */
export const pgUrl = (name: string): string => PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);

/** Runs `fn` on a fresh connection to the maintenance database, closed afterwards. */
export async function pgAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Waits (up to 5 s) until the connections to database `name` that were closed have gone: the pool's
 * end() resolves before its clients' sockets are closed, and a forced drop meanwhile terminates
 * them, which a client still saying goodbye reports as an uncaught error.
 */
export async function waitIdle(c: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = await c.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
    if (r.rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Drops database `name` once it is idle (forced after 5 s). */
export async function dropPgDatabase(name: string): Promise<void> {
  await pgAdmin(async (c) => {
    await waitIdle(c, name);
    await c.query(`drop database if exists ${name} with (force)`);
  });
}

export const TEST_DIALECTS: TestDialect[] = PG_ADMIN === "off" ? ["sqlite"] : ["sqlite", "postgres"];

let counter = 0;

export interface TestDb extends Db {
  url: string;
  drop(): Promise<void>;
}

export async function freshDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "shenguan-test-"));
    const url = join(dir, "test.db");
    const handle = await openDb(url);
    return {
      ...handle,
      url,
      async drop() {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `shenguan_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  await pgAdmin((c) => c.query(`create database ${name}`));
  const url = pgUrl(name);
  const handle = await openDb(url);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      await dropPgDatabase(name);
    },
  };
}

/** Drops every database whose name starts with `prefix` (what a failed or timed-out run left). */
export async function dropPgDatabasesLike(prefix: string): Promise<void> {
  await pgAdmin(async (c) => {
    const r = await c.query("select datname from pg_database where datname like $1", [`${prefix}%`]);
    for (const { datname } of r.rows) await c.query(`drop database if exists ${datname} with (force)`);
  });
}
