import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createSession, deleteSession, SESSION_HOURS } from "../../../app/auth/sessions.js";
import { authenticate, userInfo } from "../../../app/users/users.js";
import { appendAudit } from "../../../db/audit/append-audit.js";
import { can, ROLE_NAMES, type Role } from "../../../domain/auth/index.js";
import { type AppContext, CSRF_COOKIE, HttpError, SESSION_COOKIE } from "../../server.js";

/** Failed sign-ins per username+IP: 5 in 15 minutes, then 429 until the window passes. */
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;
const failures = new Map<string, number[]>();

function recentFailures(key: string, now: number): number[] {
  const list = (failures.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  if (list.length === 0) failures.delete(key);
  else failures.set(key, list);
  return list;
}

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/auth/login",
    {
      schema: {
        body: z.object({ username: z.string().min(1).max(80), password: z.string().min(1).max(200) }),
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const key = `${username}|${req.ip}`;
      const now = Date.now();
      if (recentFailures(key, now).length >= MAX_FAILURES) {
        throw new HttpError(429, "rate-limited", "登录失败次数过多，请 15 分钟后再试");
      }
      const row = await authenticate(ctx.handle, username, password);
      if (!row) {
        failures.set(key, [...recentFailures(key, now), now]);
        await appendAudit(ctx.handle.db, {
          user: username,
          action: "login-failed",
          entity: "users",
          entityId: username,
          detail: { ip: req.ip },
        });
        throw new HttpError(401, "bad-credentials", "用户名或密码错误");
      }
      failures.delete(key);
      const { token, csrf } = await createSession(ctx.handle, row.id, req.ip);
      const secure = req.protocol === "https";
      const maxAge = SESSION_HOURS * 3600;
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure,
        maxAge,
      });
      reply.setCookie(CSRF_COOKIE, csrf, { path: "/", httpOnly: false, sameSite: "strict", secure, maxAge });
      await appendAudit(ctx.handle.db, {
        user: username,
        action: "login",
        entity: "users",
        entityId: username,
        detail: { ip: req.ip },
      });
      return { user: userInfo(row, can) };
    },
  );

  r.post("/auth/logout", async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await deleteSession(ctx.handle, token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    reply.clearCookie(CSRF_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  r.get("/auth/me", async (req) => {
    if (!req.user) throw new HttpError(401, "unauthenticated", "请先登录");
    const { csrf: _csrf, ...user } = req.user;
    return { user };
  });

  r.get("/auth/demo-accounts", async () => {
    const rows = await ctx.handle.db
      .selectFrom("settings")
      .select("value")
      .where("name", "=", "demo_accounts")
      .executeTakeFirst();
    const accounts = rows
      ? (JSON.parse(rows.value) as { username: string; password: string; role: Role }[])
      : [];
    // Only accounts that still exist and are demo accounts.
    const live = await ctx.handle.db.selectFrom("users").selectAll().where("is_demo", "=", 1).execute();
    const byName = new Map(live.map((u) => [u.username, u]));
    return {
      accounts: accounts
        .filter((a) => byName.has(a.username))
        .map((a) => {
          const u = byName.get(a.username);
          return {
            username: a.username,
            password: a.password,
            role: a.role,
            roleName: ROLE_NAMES[a.role],
            displayName: u?.display_name ?? a.username,
            division: u?.division ?? null,
            judgeName: u?.judge_name ?? null,
          };
        }),
    };
  });
}
