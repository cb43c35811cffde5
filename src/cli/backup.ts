import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { backupDatabase } from "../app/backup/backup-database.js";
import { type RestorePlan, restoreDatabase } from "../app/backup/restore-database.js";
import { resolveDbUrl } from "../app/runtime/database.js";
import { AppError } from "../app/shared/errors.js";
import { progressBar } from "./common.js";
import { CliError } from "./errors.js";

const DB_OPTION = "数据库 (SQLite file or postgres://…; default SHENGUAN_DB or ./data/shenguan.db)";

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function describe(info: RestorePlan["backup"]): string {
  const last = info.lastImport ? `，最近一次导入 ${info.lastImport.slice(0, 19).replace("T", " ")}` : "";
  return `${info.cases} 件案件，${info.users} 个账号${last}，${mb(info.bytes)}`;
}

async function ask(plan: RestorePlan): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`确认用备份替换 ${plan.target}？输入 yes 继续：`);
    return answer.trim().toLowerCase() === "yes";
  } finally {
    rl.close();
  }
}

/** Use-case errors become messages at the terminal (exit 2: bad input; 1: refused). */
function asCliError(err: unknown): never {
  if (err instanceof AppError) throw new CliError(err.message, err.status === 400 ? 2 : 1);
  throw err;
}

export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description("备份 SQLite 数据库（在线备份，服务运行中也可执行）；PostgreSQL 请用 pg_dump")
    .argument("<file>", "备份文件")
    .option("--db <url>", DB_OPTION)
    .option("--force", "备份文件已存在时覆盖")
    .action(async (file: string, opts: { db?: string; force?: boolean }) => {
      let bar: ReturnType<typeof progressBar> | undefined;
      const r = await backupDatabase(resolveDbUrl(opts.db), file, {
        overwrite: opts.force,
        onProgress: (done, total) => {
          bar ??= progressBar("备份", total);
          bar.update(done);
        },
      }).catch(asCliError);
      bar?.stop();
      console.log(
        `已备份 ${r.source} → ${r.file}（${describe(r.info)}），用时 ${(r.ms / 1000).toFixed(1)} 秒；备份文件已通过完整性检查。`,
      );
    });

  program
    .command("restore")
    .description(
      "用备份文件恢复 SQLite 数据库（须先停止服务；原文件保留为 <文件名>.before-restore）；PostgreSQL 请用 pg_restore",
    )
    .argument("<file>", "备份文件（由 shenguan backup 生成）")
    .option("--db <url>", DB_OPTION)
    .option("--force", "不询问，直接替换")
    .action(async (file: string, opts: { db?: string; force?: boolean }) => {
      const r = await restoreDatabase(resolveDbUrl(opts.db), file, {
        confirm: async (plan) => {
          console.error(`备份文件：${describe(plan.backup)}，已通过完整性检查。`);
          if (plan.current) console.error(`将被替换的数据库 ${plan.target}：${describe(plan.current)}。`);
          else if (plan.targetExists) console.error(`将被替换的数据库 ${plan.target} 已无法正常读取。`);
          else console.error(`数据库 ${plan.target} 尚不存在，将由备份新建。`);
          if (opts.force) return true;
          if (!process.stdin.isTTY)
            throw new CliError("恢复会替换整个数据库：确认无误后加 --force 重新执行。数据库未改动。", 2);
          return ask(plan);
        },
      }).catch(asCliError);
      if (!r.restored) {
        console.log("已取消，数据库未改动。");
        return;
      }
      console.log(
        `已恢复 ${r.plan.target}（${describe(r.plan.backup)}）。${r.kept ? `原数据库保留为 ${r.plan.keptAs}。` : ""}`,
      );
    });
}
