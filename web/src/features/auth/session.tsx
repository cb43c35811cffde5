/**
 * The signed-in user and the court's meta data, shared by every screen. A 401 from any call ends
 * the session and returns to the login screen.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { ApiError, api, onUnauthorized } from "../../shared/api/client";
import type { Meta, Permission, User } from "../../shared/api/types";
import { navigate } from "../../shared/router";

interface SessionValue {
  /** undefined while loading; null when signed out. */
  user: User | null | undefined;
  meta: Meta | null;
  metaError: string | null;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/** The first screen a user lands on after signing in. */
export function homeFor(user: User): string {
  if (user.permissions.includes("view-indicators")) return "/";
  if (user.permissions.includes("view-alerts")) return "/alerts/time-limit";
  if (user.permissions.includes("import")) return "/import";
  return "/403";
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [meta, setMeta] = useState<Meta | null>(null);
  const [metaError, setMetaError] = useState<string | null>(null);

  const loadMeta = useCallback(async () => {
    try {
      setMeta(await api.meta());
      setMetaError(null);
    } catch (err) {
      setMeta(null);
      setMetaError(err instanceof ApiError ? err.message : String(err));
    }
  }, []);

  useEffect(() => {
    onUnauthorized(() => {
      setUser(null);
      setMeta(null);
      const here = window.location.pathname + window.location.search;
      if (!window.location.pathname.startsWith("/login")) {
        navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
      }
    });
    let live = true;
    // Who is signed in and the court's meta data, asked at the same time (meta answers 401 when
    // nobody is; that answer is then simply dropped).
    const meta = api.meta().then(
      (m) => ({ ok: true as const, m }),
      (err: unknown) => ({ ok: false as const, err }),
    );
    api
      .me()
      .then(async ({ user: u }) => {
        const r = await meta;
        if (!live) return;
        if (r.ok) {
          setMeta(r.m);
          setMetaError(null);
        } else {
          setMetaError(r.err instanceof ApiError ? r.err.message : String(r.err));
        }
        setUser(u);
      })
      .catch(() => {
        if (live) setUser(null);
      });
    return () => {
      live = false;
    };
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      const { user: u } = await api.login(username, password);
      await loadMeta();
      setUser(u);
      return u;
    },
    [loadMeta],
  );

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setUser(null);
      setMeta(null);
      navigate("/login", { replace: true });
    }
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      user,
      meta,
      metaError,
      login,
      logout,
      can: (p) => !!user && user.permissions.includes(p),
    }),
    [user, meta, metaError, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
