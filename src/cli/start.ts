import type { Command } from "commander";
import { ROLE_NAMES } from "../domain/auth/index.js";
import { startApp } from "../http/start.js";
import { CliError } from "./errors.js";

export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("启动服务：迁移数据库、空库时生成演示法院、启动网页与接口 (start the server)")
    .option("--db <url>", "数据库 (SQLite file or postgres://…; default SHENGUAN_DB or ./data/shenguan.db)")
    .option("--host <host>", "监听地址", process.env.HOST ?? "127.0.0.1")
    .option("--port <port>", "端口", process.env.PORT ?? "3000")
    .option("--no-demo", "空库时不生成演示数据")
    .option("--log", "输出访问日志")
    .option(
      "--demo-courts <codes>",
      "空库时生成多法院演示数据（逗号分隔的法院代字，如 内0602,内0603,内06；亦可用 SHENGUAN_DEMO_COURTS）",
    )
    .option(
      "--trust-proxy <addresses>",
      "反向代理的地址或网段（逗号分隔），仅信任其转发的客户端地址；默认不信任 (SHENGUAN_TRUST_PROXY)",
    )
    .action(
      async (opts: {
        db?: string;
        host: string;
        port: string;
        demo: boolean;
        log?: boolean;
        trustProxy?: string;
        demoCourts?: string;
      }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new CliError(`--port: ${JSON.stringify(opts.port)} — 无效端口`, 2);
        const running = await startApp({
          db: opts.db,
          host: opts.host,
          port,
          demo: opts.demo,
          ...(opts.demoCourts
            ? { demoCourts: opts.demoCourts.split(/[,，、\s]+/).filter((c) => c !== "") }
            : {}),
          logger: opts.log,
          trustProxy: opts.trustProxy,
          scheduler: true,
          log: (s) => console.log(s),
        });
        console.log(`\n审管 shenguan 已启动：${running.url}`);
        console.log(`数据库：${running.handle.location}`);
        if (running.admin) {
          console.log("\n已创建管理员账号（密码只显示这一次，请妥善保存）：");
          console.log(`  用户名 ${running.admin.username}  密码 ${running.admin.password}`);
          console.log("  忘记密码时：shenguan user reset admin");
        }
        if (running.demoAccounts) {
          console.log("\n演示账号（仅用于演示数据，登录页也会列出）：");
          for (const a of running.demoAccounts) {
            console.log(
              `  ${ROLE_NAMES[a.role]}  ${a.username}  ${a.password}  ${a.division ?? ""} ${a.judgeName ?? ""}`.trimEnd(),
            );
          }
        } else {
          console.log("演示账号见登录页；管理员账号用 shenguan user add|reset 管理。");
        }
        const stop = async () => {
          await running.close();
          process.exit(0);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      },
    );
}
