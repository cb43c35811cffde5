/** Creating an account: by an administrator, or by the system (first start, demo seeding, CLI on the server). */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { ensureCourts } from "../../db/courts/courts.js";
import { findUserByName, insertUser } from "../../db/users/users.js";
import { type Actor, accountProblem, type Role } from "../../domain/auth/index.js";
import { accountCourtProblem } from "../../domain/court/hierarchy.js";
import { InvalidInputError } from "../shared/errors.js";
import { mustAuthorize } from "../shared/policy.js";
import { checkPassword, hashPassword } from "./passwords.js";

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  division?: string | null;
  judgeName?: string | null;
  /** The court (法院代字) the account belongs to; null or absent: the whole database. */
  court?: string | null;
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
    court_code: u.court ?? null,
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
      court: u.court ?? null,
      isDemo: !!u.isDemo,
    },
  });
  return id;
}

export async function createUser(actor: Actor, handle: Db, u: NewUser): Promise<number> {
  mustAuthorize(actor, "manage-users");
  // An administrator of a court creates accounts of that court or the courts under it.
  const court = u.court?.trim() || (actor.court ?? null);
  const problem = accountCourtProblem(actor.court, court);
  if (problem) throw new InvalidInputError("court", problem, u.court ?? null);
  if (court) await ensureCourts(handle.db, [court]);
  return createUserUnchecked(handle, { ...u, court });
}
