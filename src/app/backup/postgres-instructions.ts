/**
 * A PostgreSQL database is backed up and restored with PostgreSQL's own tools, not by shenguan:
 * the commands refuse and say which ones to run (the password is never repeated in the message).
 */
import { ConflictError } from "../shared/errors.js";

/** The URL without its password, quoted for a shell. */
function shown(url: string): string {
  return `"${url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1@")}"`;
}

export function postgresBackupRefusal(url: string, file: string): ConflictError {
  return new ConflictError(
    [
      "PostgreSQL 数据库请用 PostgreSQL 自带的工具备份（审管的备份命令只用于 SQLite 数据库文件）：",
      `  pg_dump -Fc -d ${shown(url)} -f ${JSON.stringify(file)}`,
      "（-Fc 为自定义格式，可用 pg_restore 选择性恢复；服务运行中也可备份，得到的是一致的快照。）",
      "生产环境宜另行开启 WAL 归档（archive_mode、archive_command）并定期做基础备份（pg_basebackup），以便按时间点恢复。",
    ].join("\n"),
  );
}

export function postgresRestoreRefusal(url: string, file: string): ConflictError {
  return new ConflictError(
    [
      "PostgreSQL 数据库请用 PostgreSQL 自带的工具恢复（审管的恢复命令只用于 SQLite 数据库文件）：",
      "  先停止审管服务，再执行",
      `  pg_restore --clean --if-exists --no-owner -d ${shown(url)} ${JSON.stringify(file)}`,
      "（或恢复到一个新建的空数据库：createdb 新库名，然后 pg_restore -d 新库地址 备份文件，核对无误后再让审管改用新库。）",
    ].join("\n"),
  );
}
