/**
 * What every route sees: the application context (database, result cache, "today", upload folder,
 * sign-in limiter, export pool), the signed-in user on the request, and how a route says who may call it.
 */
import type { FastifyRequest } from "fastify";
import type { SignInLimiter } from "../app/auth/sign-in.js";
import type { Db } from "../app/runtime/database.js";
import type { ExportPool } from "../app/runtime/export-pool.js";
import type { ResultCache } from "../app/runtime/result-cache.js";
import type { UserInfo } from "../app/users/user-info.js";
import type { Actor } from "../domain/auth/index.js";
import { HttpError } from "./errors.js";

export interface AppContext {
  handle: Db;
  cache: ResultCache;
  today: () => string;
  uploadDir: string;
  signIns: SignInLimiter;
  /** List exports: built off the event loop, a bounded number at a time. */
  exports: ExportPool;
}

/**
 * Who may call a route: "public" (no session: sign-in, the demo accounts) or "signed-in" (the
 * default); what a signed-in user may do there is the use case's policy.
 */
export type RouteAccess = "public" | "signed-in";

declare module "fastify" {
  interface FastifyRequest {
    user?: UserInfo & { csrf: string };
    actor?: Actor;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /**
     * Open to a user who must change their password first (a first sign-in, a reset): only who
     * they are, signing out, and changing the password.
     */
    beforePasswordChange?: boolean;
  }
}

export const SESSION_COOKIE = "sg_session";
export const CSRF_COOKIE = "sg_csrf";

/** The signed-in user's actor, or 401. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new HttpError(401, "unauthenticated", "请先登录");
  return req.actor;
}
