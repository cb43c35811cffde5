/**
 * Signing in with a user name and password. Failures are limited twice over, so that neither
 * guessing one account's password from many addresses nor many accounts' from one address works:
 * - by account: 5 failures within 15 minutes lock the account name for 15 minutes from the last
 *   one (the user is told until when; the right password does not open it meanwhile). Unknown
 *   names are counted the same way, so a lock says nothing about whether an account exists.
 * - by address: 20 failures within 15 minutes refuse the address until the window has passed.
 * The address is the connection's, or the one a configured proxy reports (the server's
 * trusted-proxy setting); a client cannot choose it by sending X-Forwarded-For. Every attempt is
 * in the audit log.
 */
import { appendAudit } from "../../db/audit/append-audit.js";
import type { Db } from "../../db/connect.js";
import { findUserByName } from "../../db/users/users.js";
import { AppError } from "../shared/errors.js";
import { passwordMatches, spendPasswordCheck } from "../users/passwords.js";
import { type UserInfo, userInfo } from "../users/user-info.js";
import { createSession } from "./sessions.js";

export interface SignInLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

export const SIGN_IN_LIMITS: SignInLimits = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

/** Failed sign-ins per account name and per address, kept by the running server. */
export class SignInLimiter {
  private readonly byAccount = new Map<string, number[]>();
  private readonly byAddress = new Map<string, number[]>();

  constructor(readonly limits: SignInLimits = SIGN_IN_LIMITS) {}

  private recent(map: Map<string, number[]>, key: string, now: number): number[] {
    const list = (map.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
    if (list.length === 0) map.delete(key);
    else map.set(key, list);
    return list;
  }

  /** When the account name may be tried again (undefined: now). */
  accountLockedUntil(account: string, now: number): number | undefined {
    const list = this.recent(this.byAccount, account.toLowerCase(), now);
    return list.length >= this.limits.perAccount
      ? (list[list.length - 1] as number) + this.limits.windowMs
      : undefined;
  }

  /** When the address may try again (undefined: now). */
  addressBlockedUntil(address: string, now: number): number | undefined {
    const list = this.recent(this.byAddress, address, now);
    return list.length >= this.limits.perAddress
      ? (list[list.length - this.limits.perAddress] as number) + this.limits.windowMs
      : undefined;
  }

  fail(account: string, address: string, now: number): void {
    const a = account.toLowerCase();
    this.byAccount.set(a, [...this.recent(this.byAccount, a, now), now]);
    this.byAddress.set(address, [...this.recent(this.byAddress, address, now), now]);
  }

  succeed(account: string): void {
    this.byAccount.delete(account.toLowerCase());
  }
}

/** 21:45 — a time of day in China, for "try again after". */
export function clockTimeInChina(ms: number): string {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(ms));
}

export async function signIn(
  handle: Db,
  limiter: SignInLimiter,
  input: { username: string; password: string; ip: string },
): Promise<{ user: UserInfo; token: string; csrf: string }> {
  const { username, password, ip } = input;
  const now = Date.now();
  const refuse = async (code: string, message: string, until: number) => {
    await appendAudit(handle.db, {
      user: username,
      action: "login-refused",
      entity: "users",
      entityId: username,
      detail: { ip, code, until: new Date(until).toISOString() },
    });
    return new AppError(429, code, message, { retryAfterSeconds: Math.ceil((until - now) / 1000) });
  };
  const addressUntil = limiter.addressBlockedUntil(ip, now);
  if (addressUntil !== undefined)
    throw await refuse(
      "rate-limited",
      `本机登录失败次数过多，请于 ${clockTimeInChina(addressUntil)}（北京时间）后再试`,
      addressUntil,
    );
  const accountUntil = limiter.accountLockedUntil(username, now);
  if (accountUntil !== undefined)
    throw await refuse(
      "account-locked",
      `该账号连续 ${limiter.limits.perAccount} 次密码错误，已暂时锁定，请于 ${clockTimeInChina(accountUntil)}（北京时间）后再试，或请系统管理员重置密码`,
      accountUntil,
    );
  const row = await findUserByName(handle, username);
  let ok = false;
  if (!row || row.disabled) await spendPasswordCheck(password);
  else ok = await passwordMatches(row.password_hash, password);
  if (!row || !ok) {
    limiter.fail(username, ip, now);
    await appendAudit(handle.db, {
      user: username,
      action: "login-failed",
      entity: "users",
      entityId: username,
      detail: { ip },
    });
    const lockedUntil = limiter.accountLockedUntil(username, now);
    throw new AppError(
      401,
      "bad-credentials",
      lockedUntil === undefined
        ? "用户名或密码错误"
        : `用户名或密码错误；该账号已暂时锁定，请于 ${clockTimeInChina(lockedUntil)}（北京时间）后再试`,
    );
  }
  limiter.succeed(username);
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
