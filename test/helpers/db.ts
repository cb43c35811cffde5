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

const PG_ADMIN = process.env.SHENGUAN_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/postgres";

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
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
  const handle = await openDb(url);
  return {
    ...handle,
    url,
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      // The pool's end() resolves before its clients' sockets are closed; a forced drop meanwhile
      // terminates them, and a client still saying goodbye reports that as an uncaught error.
      for (let i = 0; i < 100; i++) {
        const r = await c.query("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
        if (r.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
