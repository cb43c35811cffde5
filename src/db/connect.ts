/**
 * Opening the database: SQLite (better-sqlite3, WAL) by default at ./data/shenguan.db, or
 * PostgreSQL when the URL starts with postgres:// (from --db or SHENGUAN_DB). Migrations run on
 * open.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { registerPostgresPool } from "./copy-postgres.js";
import type { DialectName } from "./dialect.js";
import { migrate } from "./migrate.js";
import { SqliteReadPool } from "./read-pool.js";
import type { Database } from "./schema.js";

export const DEFAULT_SQLITE_PATH = "./data/shenguan.db";

// PostgreSQL returns bigint (count, sum) and numeric (avg) as strings; SQLite returns numbers.
// Parse them as numbers so that both databases give identical results (values stay far below 2^53).
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export interface Db {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives (file path or URL without password). */
  location: string;
  close(): Promise<void>;
  /** The better-sqlite3 handle when on SQLite (bulk paths use it directly). */
  sqlite?: SQLite.Database;
  /** PostgreSQL: the URL it was opened with (worker threads open their own connections with it). */
  url?: string;
  /** Worker threads with their own connections, for heavy reads (SQLite files only). */
  readPool?: SqliteReadPool;
}

export function resolveDbUrl(explicit?: string): string {
  return explicit ?? process.env.SHENGUAN_DB ?? DEFAULT_SQLITE_PATH;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

export async function openDb(url = resolveDbUrl(), options: { migrate?: boolean } = {}): Promise<Db> {
  let handle: Db;
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    registerPostgresPool(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    handle = { db, dialect: "postgres", location: redact(url), url, close: () => db.destroy() };
  } else {
    const path = url.startsWith("file:") ? url.slice(5) : url;
    if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 10000");
    sqlite.pragma("cache_size = -262144");
    sqlite.pragma("temp_store = MEMORY");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const readPool = path === ":memory:" ? undefined : new SqliteReadPool(resolve(path));
    handle = {
      db,
      dialect: "sqlite",
      location: resolve(path),
      close: async () => {
        await readPool?.close();
        await db.destroy();
      },
      sqlite,
      readPool,
    };
  }
  if (options.migrate !== false) await migrate(handle.db as Kysely<unknown>, handle.dialect);
  return handle;
}
