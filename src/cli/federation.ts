import type { Command } from "commander";
import {
  addFederationMember,
  checkFederation,
  initFederation,
  removeFederationMember,
  setSkipUnreachable,
} from "../app/federation/federation.js";
import type { Db } from "../app/runtime/database.js";
import { AppError } from "../app/shared/errors.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";
import { formatTable } from "./table.js";

const DB_HELP = "联邦节点数据库 (postgres://…)";

/** Opens the node's database; the use cases' errors (Chinese messages) become the command's. */
function withNode(url: string | undefined, fn: (db: Db) => Promise<void>): Promise<void> {
  if (!url) throw new CliError("请用 --db 指定联邦节点的 PostgreSQL 数据库（postgres://…）。", 2);
  return withDb(url, async (db) => {
    try {
      await fn(db);
    } catch (err) {
      if (err instanceof AppError) throw new CliError(err.message, err.status === 400 ? 2 : 1);
      throw err;
    }
  });
}

/** `shenguan federation …`: a federation node of PostgreSQL members (postgres_fdw). */
export function registerFederationCommand(program: Command): void {
  const fed = program
    .command("federation")
    .description("联邦：在一个节点上汇总多个成员数据库的案件 (postgres_fdw)");

  fed
    .command("init")
    .description("将一个空的 PostgreSQL 数据库准备为联邦节点")
    .requiredOption("--db <url>", DB_HELP)
    .action(async (opts: { db: string }) => {
      await withNode(opts.db, async (db) => {
        const created = await initFederation(db);
        console.log(
          created ? "已将该数据库准备为联邦节点（尚无成员）。" : "该数据库已是联邦节点，未作改动。",
        );
      });
    });

  fed
    .command("add")
    .description("加入一个成员：审管的 PostgreSQL 数据库（可含多个法院）")
    .requiredOption("--db <url>", DB_HELP)
    .requiredOption("--name <name>", "成员名称")
    .argument("<member-url>", "成员数据库地址 postgres://用户@主机:端口/数据库")
    .action(async (memberUrl: string, opts: { db: string; name: string }) => {
      await withNode(opts.db, async (db) => {
        const m = await addFederationMember(db, {
          name: opts.name,
          url: memberUrl,
          now: new Date().toISOString(),
        });
        console.log(
          `已加入成员“${m.name}”（${m.location}）：法院 ${m.courts.join("、")}，结构版本 ${m.schemaVersion}。`,
        );
      });
    });

  fed
    .command("remove")
    .description("移除一个成员")
    .requiredOption("--db <url>", DB_HELP)
    .requiredOption("--name <name>", "成员名称")
    .action(async (opts: { db: string; name: string }) => {
      await withNode(opts.db, async (db) => {
        await removeFederationMember(db, opts.name);
        console.log(`已移除成员“${opts.name}”。`);
      });
    });

  fed
    .command("check")
    .description("逐一连接成员，核对结构版本并列出其法院；有成员不可用或不一致时退出码非零")
    .requiredOption("--db <url>", DB_HELP)
    .option("--json", "以 JSON 输出")
    .action(async (opts: { db: string; json?: boolean }) => {
      await withNode(opts.db, async (db) => {
        const r = await checkFederation(db);
        if (opts.json) console.log(JSON.stringify(r, null, 2));
        else {
          console.log(`联邦节点结构版本 ${r.schemaVersion}，成员 ${r.members.length} 个。`);
          if (r.members.length > 0)
            console.log(
              formatTable(
                ["成员", "地址", "法院", "状态"],
                r.members.map((m) => [m.name, m.location, m.courts.join("、"), m.message]),
              ),
            );
        }
        if (!r.ok) {
          const bad = r.members.filter((m) => m.status !== "ok").map((m) => `“${m.name}”（${m.message}）`);
          throw new CliError(`联邦检查未通过：${bad.join("；")}。`, 1);
        }
      });
    });

  fed
    .command("setting")
    .description(
      "联邦设置：skipUnreachable on|off —— 成员无法连接时，是否仍给出其余成员的结果（并在结果中注明缺少的成员）",
    )
    .requiredOption("--db <url>", DB_HELP)
    .argument("<name>", "设置名称（skipUnreachable）")
    .argument("<value>", "on 或 off")
    .action(async (name: string, value: string, opts: { db: string }) => {
      if (name !== "skipUnreachable")
        throw new CliError(`未知的联邦设置：${JSON.stringify(name)}（可用：skipUnreachable）`, 2);
      if (value !== "on" && value !== "off")
        throw new CliError(`skipUnreachable: ${JSON.stringify(value)} — 应为 on 或 off`, 2);
      await withNode(opts.db, async (db) => {
        await setSkipUnreachable(db, value === "on", new Date().toISOString());
        console.log(
          value === "on"
            ? "已开启：成员无法连接时，统计结果不含该成员，并在结果中注明。"
            : "已关闭：成员无法连接时，统计报错并指明该成员。",
        );
      });
    });
}
