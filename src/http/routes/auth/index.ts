/** /api/auth: signing in and out, who is signed in, and the demo court's accounts for the sign-in page. */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { changeOwnPassword } from "../../../app/auth/change-password.js";
import { listDemoAccounts } from "../../../app/auth/list-demo-accounts.js";
import { endSession, SESSION_HOURS } from "../../../app/auth/sessions.js";
import { signIn } from "../../../app/auth/sign-in.js";
import { type AppContext, CSRF_COOKIE, SESSION_COOKIE } from "../../context.js";
import { HttpError } from "../../errors.js";
import { errorResponses } from "../../schema/common.js";
import { changePasswordBody, demoAccountsBody, loginBody, userBody } from "./schema.js";

export function register(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/auth/login",
    {
      schema: { body: loginBody, response: { 200: userBody, ...errorResponses } },
      config: { access: "public" },
    },
    async (req, reply) => {
      const { user, token, csrf } = await signIn(ctx.handle, ctx.signIns, { ...req.body, ip: req.ip });
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
      return { user };
    },
  );

  r.post(
    "/auth/password",
    {
      schema: { body: changePasswordBody, response: { 204: z.null().describe("已修改"), ...errorResponses } },
      config: { beforePasswordChange: true },
    },
    async (req, reply) => {
      if (!req.user) throw new HttpError(401, "unauthenticated", "请先登录");
      await changeOwnPassword(ctx.handle, {
        userId: req.user.id,
        sessionToken: req.cookies[SESSION_COOKIE] ?? "",
        current: req.body.current,
        next: req.body.next,
      });
      return reply.status(204).send(null);
    },
  );

  r.post("/auth/logout", { config: { beforePasswordChange: true } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await endSession(ctx.handle, token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    reply.clearCookie(CSRF_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  r.get(
    "/auth/me",
    { schema: { response: { 200: userBody, ...errorResponses } }, config: { beforePasswordChange: true } },
    async (req) => {
      if (!req.user) throw new HttpError(401, "unauthenticated", "请先登录");
      const { csrf: _csrf, ...user } = req.user;
      return { user };
    },
  );

  r.get(
    "/auth/demo-accounts",
    { schema: { response: { 200: demoAccountsBody } }, config: { access: "public" } },
    async () => listDemoAccounts(ctx.handle),
  );
}
