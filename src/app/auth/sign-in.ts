/**
 * Signing in with a user name and password: at most 5 failures per user name and address in 15
 * minutes, then refused until the window passes; every attempt in the audit log.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { findUserByName } from "../../db/users/users.js";
import { AppError } from "../shared/errors.js";
import { passwordMatches, spendPasswordCheck } from "../users/passwords.js";
import { type UserInfo, userInfo } from "../users/user-info.js";
import { createSession } from "./sessions.js";

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

/** Failed sign-ins per user name and address, kept by the running server. */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  blocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= MAX_FAILURES;
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

export async function signIn(
  handle: Db,
  limiter: SignInLimiter,
  input: { username: string; password: string; ip: string },
): Promise<{ user: UserInfo; token: string; csrf: string }> {
  const { username, password, ip } = input;
  const key = `${username}|${ip}`;
  const now = Date.now();
  if (limiter.blocked(key, now))
    throw new AppError(429, "rate-limited", "登录失败次数过多，请 15 分钟后再试");
  const row = await findUserByName(handle, username);
  let ok = false;
  if (!row || row.disabled) await spendPasswordCheck(password);
  else ok = await passwordMatches(row.password_hash, password);
  if (!row || !ok) {
    limiter.fail(key, now);
    await appendAudit(handle.db, {
      user: username,
      action: "login-failed",
      entity: "users",
      entityId: username,
      detail: { ip },
    });
    throw new AppError(401, "bad-credentials", "用户名或密码错误");
  }
  limiter.clear(key);
  const { token, csrf } = await createSession(handle, row.id, ip);
  await appendAudit(handle.db, {
    user: username,
    action: "login",
    entity: "users",
    entityId: username,
    detail: { ip },
  });
  return { user: userInfo(row), token, csrf };
}
