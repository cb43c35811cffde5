/**
 * What a file claims to be, before it may replace a database: a SQLite file (its header), whether
 * SQLite's own integrity check passes, and the migrations it records (a shenguan database has
 * `schema_migrations`) with a few counts to show the person restoring it. Opened read-only; the
 * file is never changed.
 */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import SQLite from "better-sqlite3";

export type SqliteFileProblem =
  | { kind: "missing" }
  | { kind: "not-a-file" }
  | { kind: "not-sqlite" }
  | { kind: "unreadable"; message: string }
  | { kind: "corrupt"; detail: string }
  | { kind: "not-shenguan" };

export interface SqliteFileInfo {
  bytes: number;
  migrations: string[];
  cases: number;
  users: number;
  /** The newest import's finishing time, when there is one. */
  lastImport: string | null;
}

const HEADER = "SQLite format 3\u0000";

function header(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

export function inspectSqliteFile(
  path: string,
): { ok: true; info: SqliteFileInfo } | { ok: false; problem: SqliteFileProblem } {
  let bytes: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { ok: false, problem: { kind: "not-a-file" } };
    bytes = st.size;
  } catch {
    return { ok: false, problem: { kind: "missing" } };
  }
  if (header(path) !== HEADER) return { ok: false, problem: { kind: "not-sqlite" } };
  let db: SQLite.Database;
  try {
    db = new SQLite(path, { readonly: true, fileMustExist: true, timeout: 10_000 });
  } catch (err) {
    return { ok: false, problem: { kind: "unreadable", message: (err as Error).message } };
  }
  try {
    const rows = db.pragma("integrity_check(20)") as { integrity_check: string }[];
    const lines = rows.map((r) => r.integrity_check);
    if (lines.length !== 1 || lines[0] !== "ok")
      return { ok: false, problem: { kind: "corrupt", detail: lines.join("; ") } };
    const table = (name: string) =>
      db.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(name) !== undefined;
    if (!table("schema_migrations") || !table("cases"))
      return { ok: false, problem: { kind: "not-shenguan" } };
    const migrations = (
      db.prepare("select name from schema_migrations order by name").all() as { name: string }[]
    ).map((r) => r.name);
    const count = (t: string) =>
      table(t) ? Number((db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n) : 0;
    const lastImport = table("imports")
      ? ((db.prepare("select max(finished_at) as t from imports").get() as { t: string | null } | undefined)
          ?.t ?? null)
      : null;
    return {
      ok: true,
      info: { bytes, migrations, cases: count("cases"), users: count("users"), lastImport },
    };
  } catch (err) {
    const message = (err as Error).message;
    // SQLITE_NOTADB / SQLITE_CORRUPT surface on the first read of a damaged file.
    if (/malformed|not a database|corrupt/i.test(message))
      return { ok: false, problem: { kind: "corrupt", detail: message } };
    return { ok: false, problem: { kind: "unreadable", message } };
  } finally {
    db.close();
  }
}
