import type { Command } from "commander";
import { InvalidInputError } from "../app/shared/errors.js";
import { createUserUnchecked } from "../app/users/create-user.js";
import { randomPassword } from "../app/users/passwords.js";
import { resetPasswordUnchecked } from "../app/users/reset-password.js";
import { ROLES, type Role } from "../domain/auth/index.js";
import { withDb } from "./common.js";
import { CliError } from "./errors.js";

async function guard(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof InvalidInputError) throw new CliError(err.message, 2);
    throw err;
  }
}

export function registerUserCommands(program: Command): void {
  const user = program.command("user").description("账号管理 (accounts; run on the server)");
  user
    .command("add <username>")
    .description("新增账号，打印随机密码")
    .requiredOption("--role <role>", ROLES.join("|"))
    .option("--name <displayName>", "显示名称")
    .option("--division <division>", "所在部门（庭长必填，法官可填）")
    .option("--judge <judgeName>", "承办人姓名（法官必填）")
    .option("--db <url>", "数据库")
    .action(
      async (
        username: string,
        opts: { role: string; name?: string; division?: string; judge?: string; db?: string },
      ) => {
        if (!ROLES.includes(opts.role as Role))
          throw new CliError(`--role: ${JSON.stringify(opts.role)} — 应为 ${ROLES.join("|")}`, 2);
        const password = randomPassword();
        await withDb(opts.db, (db) =>
          guard(async () => {
            await createUserUnchecked(db, {
              username,
              displayName: opts.name,
              role: opts.role as Role,
              division: opts.division,
              judgeName: opts.judge,
              password,
              mustChangePassword: true,
            });
          }),
        );
        console.log(`已创建账号 ${username}，初始密码：${password}`);
      },
    );
  user
    .command("reset <username>")
    .description("重置密码，打印新的随机密码")
    .option("--db <url>", "数据库")
    .action(async (username: string, opts: { db?: string }) => {
      const password = randomPassword();
      await withDb(opts.db, (db) => guard(() => resetPasswordUnchecked(db, username, password)));
      console.log(`已重置 ${username} 的密码：${password}（登录后须先修改密码）`);
    });
}
