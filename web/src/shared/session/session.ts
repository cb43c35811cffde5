/**
 * The session as screens see it: the signed-in user and the court's meta data, both read through
 * the query cache (api.ts; the route guards have asked for both before a screen renders). A 401
 * from any call ends the session and returns to the login screen (app/routes.tsx).
 */
import { errorMessage } from "../api/client";
import type { Meta, Permission, User } from "../api/types";
import { useMe, useMeta } from "./queries";

export interface Session {
  /** undefined while loading; null when signed out. */
  user: User | null | undefined;
  meta: Meta | null;
  metaError: string | null;
  can(permission: Permission): boolean;
}

export function useSession(): Session {
  const me = useMe();
  // A failure to ask (network, 5xx after the retries) counts as signed out, as the login page can say why.
  const user = me.isError ? null : me.data;
  const meta = useMeta(!!user);
  return {
    user,
    meta: meta.data ?? null,
    metaError: meta.error ? errorMessage(meta.error) : null,
    can: (p) => !!user && user.permissions.includes(p),
  };
}

/**
 * The first screen a user lands on after signing in: a judge their own pending cases (我的在办案件,
 * one click from the figures); chiefs, the office and the president the dashboard.
 */
export function homeFor(user: User): string {
  if (user.mustChangePassword) return "/password";
  if (user.role === "judge" && user.permissions.includes("view-cases")) return "/my-cases";
  if (user.permissions.includes("view-indicators")) return "/";
  if (user.permissions.includes("view-alerts")) return "/alerts/time-limit";
  if (user.permissions.includes("import")) return "/import";
  return "/403";
}

/** A `next` address from the login URL, if it is a path of this site (not `//evil.example`). */
export function safeNext(next: string | null | undefined): string | undefined {
  return next?.startsWith("/") && !next.startsWith("//") ? next : undefined;
}
