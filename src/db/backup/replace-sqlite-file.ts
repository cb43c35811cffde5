/**
 * Replacing a SQLite database file by another (a restore), never leaving a half-written database
 * under the target's name:
 * 1. the replacement is copied (online backup API) to a temporary file beside the target and
 *    checked there;
 * 2. the target must be idle: a connection in EXCLUSIVE locking mode, with no busy wait, fails at
 *    once while any other connection (a running server, a command) has the file open; when it gets
 *    the lock it checkpoints the WAL into the file, so the kept copy is complete on its own;
 * 3. the old file is kept as `keepAs` (a hard link — the same bytes, no copy — or a copy where the
 *    file system has no links), then the temporary file is renamed over the target (one atomic
 *    rename), and the old database's -wal / -shm are removed so they are never applied to the new one.
 * SQLite only.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import SQLite from "better-sqlite3";

export class SqliteInUseError extends Error {
  constructor(readonly path: string) {
    super(`database in use: ${path}`);
  }
}

export class SqliteCopyCorruptError extends Error {
  constructor(readonly detail: string) {
    super(`copy failed its integrity check: ${detail}`);
  }
}

/** Is the file open in another connection? Checkpoints its WAL when it is not. */
export function checkpointIfIdle(path: string): boolean {
  const db = new SQLite(path, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("begin exclusive; commit");
    db.pragma("wal_checkpoint(TRUNCATE)");
    return true;
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith("SQLITE_BUSY")) return false;
    throw err;
  } finally {
    db.close();
  }
}

export async function replaceSqliteFile(
  replacement: string,
  target: string,
  keepAs: string,
): Promise<{ kept: boolean }> {
  mkdirSync(dirname(target), { recursive: true });
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.restoring`);
  for (const x of ["", "-wal", "-shm", "-journal"]) rmSync(tmp + x, { force: true });
  try {
    const source = new SQLite(replacement, { readonly: true, fileMustExist: true });
    try {
      await source.backup(tmp);
    } finally {
      source.close();
    }
    const check = new SQLite(tmp, { fileMustExist: true });
    try {
      const lines = (check.pragma("integrity_check(20)") as { integrity_check: string }[]).map(
        (r) => r.integrity_check,
      );
      if (lines.join() !== "ok") throw new SqliteCopyCorruptError(lines.join("; "));
      check.pragma("journal_mode = WAL");
      check.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      check.close();
    }
    let kept = false;
    if (existsSync(target)) {
      if (!checkpointIfIdle(target)) throw new SqliteInUseError(target);
      rmSync(keepAs, { force: true });
      for (const x of ["-wal", "-shm"]) rmSync(keepAs + x, { force: true });
      try {
        linkSync(target, keepAs);
      } catch {
        copyFileSync(target, keepAs);
      }
      kept = true;
    }
    renameSync(tmp, target);
    for (const x of ["-wal", "-shm"]) rmSync(target + x, { force: true });
    return { kept };
  } finally {
    for (const x of ["", "-wal", "-shm", "-journal"]) rmSync(tmp + x, { force: true });
  }
}
