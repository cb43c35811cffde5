import type { SqliteFileProblem } from "../../db/backup/inspect-sqlite-file.js";

/** Why a file is not a usable shenguan SQLite database, in words for the person at the terminal. */
export function describeProblem(path: string, p: SqliteFileProblem): string {
  switch (p.kind) {
    case "missing":
      return `文件不存在：${path}`;
    case "not-a-file":
      return `不是文件：${path}`;
    case "not-sqlite":
      return `${path} 不是 SQLite 数据库文件（文件头不是 “SQLite format 3”）`;
    case "unreadable":
      return `${path} 无法作为 SQLite 数据库打开：${p.message}`;
    case "corrupt":
      return `${path} 已损坏，SQLite 完整性检查（integrity_check）未通过：${p.detail}`;
    case "not-shenguan":
      return `${path} 是 SQLite 数据库，但不是审管的数据库（没有迁移记录表 schema_migrations 或案件表 cases）`;
  }
}
