/** The sign-in API: its requests and responses. */
import { z } from "zod";
import type { listDemoAccounts } from "../../../app/auth/list-demo-accounts.js";
import type { UserInfo } from "../../../app/users/user-info.js";
import { PERMISSIONS, ROLES } from "../../../domain/auth/index.js";
import { schemaMatches } from "../../schema/common.js";

export const loginBody = z.object({
  username: z.string().min(1).max(80),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  current: z.string().min(1).max(200).describe("当前密码"),
  next: z.string().min(8).max(200).describe("新密码，至少 8 位"),
});

export const user = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  division: z.string().nullable(),
  judgeName: z.string().nullable(),
  court: z.string().nullable().describe("账号所属法院（法院代字）；单院部署为 null，可见全部数据"),
  isDemo: z.boolean(),
  mustChangePassword: z.boolean().describe("须先修改密码：此前除本人信息、退出和修改密码外的请求均被拒绝"),
  permissions: z
    .array(z.enum(PERMISSIONS))
    .describe("该角色可用的功能（菜单）；对单条记录的操作见其 actions"),
});
export type User = z.infer<typeof user>;
schemaMatches<User, UserInfo>(true);

export const userBody = z.object({ user });

export const demoAccount = z.object({
  username: z.string(),
  password: z.string(),
  role: z.enum(ROLES),
  roleName: z.string(),
  displayName: z.string(),
  division: z.string().nullable(),
  judgeName: z.string().nullable(),
});
export type DemoAccount = z.infer<typeof demoAccount>;
export const demoAccountsBody = z.object({ accounts: z.array(demoAccount) });
schemaMatches<z.infer<typeof demoAccountsBody>, Awaited<ReturnType<typeof listDemoAccounts>>>(true);

export type { Permission, Role } from "../../../domain/auth/index.js";
