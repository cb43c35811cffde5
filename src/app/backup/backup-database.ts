/**
 * `shenguan backup`: a consistent copy of the SQLite database, taken with SQLite's online backup
 * API while the server may be running, then checked the way a restore will check it. A PostgreSQL
 * database is refused with the pg_dump command to use instead.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { inspectSqliteFile, type SqliteFileInfo } from "../../db/backup/inspect-sqlite-file.js";
import { onlineBackupSqlite } from "../../db/backup/online-backup.js";
import { isPostgresUrl } from "../../db/connect.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { describeProblem } from "./describe-problem.js";
import { postgresBackupRefusal } from "./postgres-instructions.js";

export interface BackupOptions {
  /** Replace an existing file at the destination. */
  overwrite?: boolean;
  onProgress?: (copiedPages: number, totalPages: number) => void;
}

export interface BackupResult {
  source: string;
  file: string;
  info: SqliteFileInfo;
  ms: number;
}

export async function backupDatabase(
  dbUrl: string,
  file: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  if (isPostgresUrl(dbUrl)) throw postgresBackupRefusal(dbUrl, file);
  const started = performance.now();
  const source = resolve(dbUrl.startsWith("file:") ? dbUrl.slice(5) : dbUrl);
  const dest = resolve(file);
  if (!existsSync(source)) throw new InvalidInputError("db", `数据库文件不存在：${source}`, source);
  if (dest === source) throw new InvalidInputError("file", "备份文件不能就是数据库文件本身。", file);
  if (existsSync(dest) && !options.overwrite)
    throw new ConflictError(`备份文件已存在：${dest}（换一个文件名，或加 --force 覆盖）`);
  const before = inspectSqliteFile(source);
  if (!before.ok) throw new ConflictError(`无法备份：${describeProblem(source, before.problem)}`);
  await onlineBackupSqlite(source, dest, (p) =>
    options.onProgress?.(p.totalPages - p.remainingPages, p.totalPages),
  );
  const after = inspectSqliteFile(dest);
  if (!after.ok) throw new ConflictError(`备份文件未通过检查：${describeProblem(dest, after.problem)}`);
  return { source, file: dest, info: after.info, ms: performance.now() - started };
}
