/**
 * SQLite's online backup API (better-sqlite3 `db.backup()`): a consistent copy of a database file
 * while other connections — the server — keep reading and writing it. The copy is written to a
 * temporary file beside the destination and renamed into place, so the destination is never a
 * half-written file. SQLite only; a PostgreSQL database is backed up with pg_dump.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import SQLite from "better-sqlite3";

export interface OnlineBackupProgress {
  totalPages: number;
  remainingPages: number;
}

/** Copies the SQLite database at `source` to `dest` (replaced when it exists); returns its size in pages. */
export async function onlineBackupSqlite(
  source: string,
  dest: string,
  onProgress?: (p: OnlineBackupProgress) => void,
): Promise<{ pages: number }> {
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.partial`);
  rmSync(tmp, { force: true });
  // An ordinary connection (not readonly): reading a WAL database needs its shared memory, and the
  // server's pending WAL frames are part of the copy. Nothing is written through it.
  const db = new SQLite(source, { fileMustExist: true, timeout: 10_000 });
  try {
    let pages = 0;
    await db.backup(tmp, {
      progress: (p) => {
        pages = p.totalPages;
        onProgress?.(p);
        // Pages per step: large steps finish sooner; the server's writes wait only for one step.
        return 2000;
      },
    });
    renameSync(tmp, dest);
    return { pages };
  } finally {
    db.close();
    if (existsSync(tmp)) rmSync(tmp, { force: true });
  }
}
