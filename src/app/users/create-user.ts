/** Creating an account: by an administrator, or by the system (first start, demo seeding, CLI on the server). */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { findUserByName, insertUser } from "../../db/users/users.js";
import { type Actor, accountProblem, type Role } from "../../domain/auth/index.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkPassword, hashPassword } from "./passwords.js";

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
    throw new InvalidInputError(
      "username",
      `用户名 ${JSON.stringify(u.username)} 无效：2–40 位字母、数字、下划线、点或连字符`,
    );
  }
  const problem = accountProblem({
    role: u.role,
    division: u.division ?? null,
    judgeName: u.judgeName ?? null,
  });
  if (problem) throw new InvalidInputError(problem[0], problem[1]);
  checkPassword(u.password);
}

/** Creates an account without a policy check: for the system itself (first start, demo, CLI on the server). */
export async function createUserUnchecked(handle: Db, u: NewUser): Promise<number> {
  checkNewUser(u);
  if (await findUserByName(handle, u.username))
    throw new InvalidInputError("username", `用户名 ${u.username} 已存在`);
  const id = await insertUser(handle, {
    username: u.username,
    display_name: u.displayName ?? u.username,
    password_hash: await hashPassword(u.password),
    role: u.role,
    division: u.division ?? null,
    judge_name: u.judgeName ?? null,
    is_demo: u.isDemo ? 1 : 0,
    disabled: 0,
    must_change_password: u.mustChangePassword ? 1 : 0,
    created_at: new Date().toISOString(),
  });
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
  return id;
}

export async function createUser(actor: Actor, handle: Db, u: NewUser): Promise<number> {
  mustAuthorize(actor, "manage-users");
  return createUserUnchecked(handle, u);
}
