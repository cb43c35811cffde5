/**
 * `shenguan restore`: replaces the SQLite database by a backup. The backup is checked first (a
 * SQLite file, integrity check ok, a shenguan database of this version or an older one — opening
 * it migrates it forward); the database must not be in use (a running server would go on writing
 * to the replaced file); the person confirms (or passed --force); the old file is kept as
 * `<name>.before-restore` and the new one renamed into place in one step. A PostgreSQL database is
 * refused with the pg_restore command to use instead.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { inspectSqliteFile, type SqliteFileInfo } from "../../db/backup/inspect-sqlite-file.js";
import {
  checkpointIfIdle,
  replaceSqliteFile,
  SqliteCopyCorruptError,
  SqliteInUseError,
} from "../../db/backup/replace-sqlite-file.js";
import { isPostgresUrl } from "../../db/connect.js";
import { MIGRATIONS } from "../../db/migrate.js";
import { ConflictError, InvalidInputError } from "../shared/errors.js";
import { describeProblem } from "./describe-problem.js";
import { postgresRestoreRefusal } from "./postgres-instructions.js";

export interface RestorePlan {
  target: string;
  backup: SqliteFileInfo;
  /** Whether there is a file at the target (it is replaced and kept). */
  targetExists: boolean;
  /** The database the backup replaces, when it exists and is readable (a damaged one: null). */
  current: SqliteFileInfo | null;
  /** Where the replaced database is kept. */
  keptAs: string;
}

export interface RestoreOptions {
  /** Asked once the backup has passed its checks; restoring goes on only when it answers true. */
  confirm(plan: RestorePlan): Promise<boolean>;
}

export interface RestoreResult {
  restored: boolean;
  plan: RestorePlan;
  /** The old database was kept at plan.keptAs. */
  kept: boolean;
}

export async function restoreDatabase(
  dbUrl: string,
  file: string,
  options: RestoreOptions,
): Promise<RestoreResult> {
  if (isPostgresUrl(dbUrl)) throw postgresRestoreRefusal(dbUrl, file);
  const target = resolve(dbUrl.startsWith("file:") ? dbUrl.slice(5) : dbUrl);
  const source = resolve(file);
  if (source === target) throw new InvalidInputError("file", "备份文件就是要恢复的数据库本身。", file);
  const checked = inspectSqliteFile(source);
  if (!checked.ok)
    throw new InvalidInputError("file", `不能恢复：${describeProblem(source, checked.problem)}`, file);
  const known = new Set(MIGRATIONS.map((m) => m.name));
  const unknown = checked.info.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0)
    throw new InvalidInputError(
      "file",
      `不能恢复：${source} 来自较新版本的审管（含本程序没有的数据库迁移 ${unknown.join("、")}），请先升级审管再恢复。`,
      file,
    );
  let current: SqliteFileInfo | null = null;
  const targetExists = existsSync(target);
  if (targetExists) {
    const c = inspectSqliteFile(target);
    // A damaged database is exactly what a restore is for: it is replaced (and kept) all the same.
    current = c.ok ? c.info : null;
    if (!checkpointIfIdle(target)) throw inUse(target);
  }
  const plan: RestorePlan = {
    target,
    backup: checked.info,
    targetExists,
    current,
    keptAs: `${target}.before-restore`,
  };
  if (!(await options.confirm(plan))) return { restored: false, plan, kept: false };
  let kept: boolean;
  try {
    kept = (await replaceSqliteFile(source, target, plan.keptAs)).kept;
  } catch (err) {
    if (err instanceof SqliteInUseError) throw inUse(target);
    if (err instanceof SqliteCopyCorruptError)
      throw new ConflictError(`恢复中止，数据库未改动：备份复制后未通过完整性检查（${err.detail}）。`);
    throw err;
  }
  return { restored: true, plan, kept };
}

function inUse(target: string): ConflictError {
  return new ConflictError(
    `数据库正在使用中（审管服务或其他命令打开着它）：${target}。请先停止服务，再恢复；数据库未改动。`,
  );
}
