/**
 * Accounts: creation, password reset, sign-in verification (argon2id via @node-rs/argon2), the
 * first administrator (random password printed once) and the demo court's accounts.
 */
import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import type { UsersTable } from "../../db/schema.js";
import {
  type Actor,
  PERMISSIONS,
  type Permission,
  ROLE_NAMES,
  ROLES,
  type Role,
} from "../../domain/auth/index.js";
import { mustAuthorize } from "../shared/policy.js";

export interface UserInfo {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleName: string;
  division: string | null;
  judgeName: string | null;
  isDemo: boolean;
  permissions: Permission[];
}

export function userInfo(
  row: Pick<UsersTable, "username" | "display_name" | "role" | "division" | "judge_name" | "is_demo"> & {
    id: number;
  },
  can: (a: Actor, p: Permission) => boolean,
): UserInfo {
  const role = row.role as Role;
  const actor: Actor = { username: row.username, role, division: row.division, judgeName: row.judge_name };
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role,
    roleName: ROLE_NAMES[role],
    division: row.division,
    judgeName: row.judge_name,
    isDemo: row.is_demo === 1,
    permissions: PERMISSIONS.filter((p) => can(actor, p)),
  };
}

export function actorOf(u: Pick<UserInfo, "username" | "role" | "division" | "judgeName">): Actor {
  return { username: u.username, role: u.role, division: u.division, judgeName: u.judgeName };
}

export class UserError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export function randomPassword(): string {
  // 16 characters from an alphabet without look-alikes.
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  let out = "";
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  division?: string | null;
  judgeName?: string | null;
  password: string;
  isDemo?: boolean;
  mustChangePassword?: boolean;
}

function checkNewUser(u: NewUser): void {
  if (!/^[A-Za-z0-9_.-]{2,40}$/.test(u.username)) {
    throw new UserError(
      "username",
      `用户名 ${JSON.stringify(u.username)} 无效：2–40 位字母、数字、下划线、点或连字符`,
    );
  }
  if (!ROLES.includes(u.role)) throw new UserError("role", `未知的角色 ${JSON.stringify(u.role)}`);
  if (u.password.length < 8) throw new UserError("password", "密码至少 8 位");
  if (u.role === "chief" && !u.division) throw new UserError("division", "庭长账号须指定所在部门");
  if (u.role === "judge" && !u.judgeName) throw new UserError("judgeName", "法官账号须指定承办人姓名");
}

/** Creates an account without a permission check (first start, demo seeding, CLI on the server). */
export async function createUserUnchecked(handle: Db, u: NewUser): Promise<number> {
  checkNewUser(u);
  const exists = await handle.db
    .selectFrom("users")
    .select("id")
    .where("username", "=", u.username)
    .executeTakeFirst();
  if (exists) throw new UserError("username", `用户名 ${u.username} 已存在`);
  const row = await handle.db
    .insertInto("users")
    .values({
      username: u.username,
      display_name: u.displayName ?? u.username,
      password_hash: await hash(u.password),
      role: u.role,
      division: u.division ?? null,
      judge_name: u.judgeName ?? null,
      is_demo: u.isDemo ? 1 : 0,
      disabled: 0,
      must_change_password: u.mustChangePassword ? 1 : 0,
      created_at: new Date().toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await appendAudit(handle.db, {
    user: "system",
    action: "create",
    entity: "users",
    entityId: u.username,
    after: {
      role: u.role,
      division: u.division ?? null,
      judgeName: u.judgeName ?? null,
      isDemo: !!u.isDemo,
    },
  });
  return row.id;
}

export async function createUser(actor: Actor, handle: Db, u: NewUser): Promise<number> {
  mustAuthorize(actor, "manage-users");
  return createUserUnchecked(handle, u);
}

export async function resetPasswordUnchecked(handle: Db, username: string, password: string): Promise<void> {
  if (password.length < 8) throw new UserError("password", "密码至少 8 位");
  const r = await handle.db
    .updateTable("users")
    .set({ password_hash: await hash(password), must_change_password: 0 })
    .where("username", "=", username)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new UserError("username", `用户 ${username} 不存在`);
  await handle.db
    .deleteFrom("sessions")
    .where("user_id", "in", handle.db.selectFrom("users").select("id").where("username", "=", username))
    .execute();
  await appendAudit(handle.db, {
    user: "system",
    action: "reset-password",
    entity: "users",
    entityId: username,
  });
}

let dummyHash: string | undefined;

/** Verifies a password; returns the user, or undefined (also for disabled accounts). */
export async function authenticate(handle: Db, username: string, password: string) {
  const row = await handle.db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username)
    .executeTakeFirst();
  if (!row || row.disabled) {
    // Spend the same time as a real check, so that unknown names cannot be told apart by timing.
    dummyHash ??= await hash(randomPassword());
    await verify(dummyHash, password).catch(() => false);
    return undefined;
  }
  const ok = await verify(row.password_hash, password).catch(() => false);
  return ok ? row : undefined;
}

/** On first start: an administrator with a random password, returned once to be printed. */
export async function ensureAdministrator(
  handle: Db,
): Promise<{ username: string; password: string } | undefined> {
  const any = await handle.db.selectFrom("users").select("id").where("role", "=", "admin").executeTakeFirst();
  if (any) return undefined;
  const password = randomPassword();
  await createUserUnchecked(handle, {
    username: "admin",
    displayName: "系统管理员",
    role: "admin",
    password,
    mustChangePassword: false,
  });
  return { username: "admin", password };
}
