/**
 * Who is signed in (/api/auth/me) and the court's meta data (/api/meta): the session every screen
 * shares, held in the query cache. `me` is null when nobody is signed in.
 */
import { hashKey, queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, request } from "../api/client";
import { queryClient } from "../api/queryClient";
import type { Meta, User, UserResponse } from "../api/types";

export const sessionKeys = {
  all: ["session"] as const,
  me: () => [...sessionKeys.all, "me"] as const,
  meta: () => [...sessionKeys.all, "meta"] as const,
  demoAccounts: () => [...sessionKeys.all, "demo-accounts"] as const,
};

/** The signed-in user, or null (a 401 here is an answer, not the end of a session). */
export const meQuery = queryOptions({
  queryKey: sessionKeys.me(),
  queryFn: async ({ signal }): Promise<User | null> => {
    try {
      return (await request<UserResponse>("GET", "/auth/me", { quiet401: true, signal })).user;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return null;
      throw err;
    }
  },
  // Changes only by signing in or out, which set it.
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

/** The court, its divisions and judges, the indicator catalogue; refetched after an import. */
export const metaQuery = queryOptions({
  queryKey: sessionKeys.meta(),
  queryFn: ({ signal }) => request<Meta>("GET", "/meta", { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The signed-in user as far as known: undefined while asking, null when signed out. */
export function currentUser(): User | null | undefined {
  return queryClient.getQueryData(meQuery.queryKey);
}

/** Asks the server who is signed in, once; any failure counts as signed out. */
export function loadUser(): Promise<User | null> {
  return queryClient.ensureQueryData(meQuery).catch(() => null);
}

/** Starts a session: whatever was read for anyone before is dropped, then the user is known. */
export function startSession(user: User): void {
  const keep = hashKey(sessionKeys.demoAccounts());
  queryClient.removeQueries({ predicate: (q) => q.queryHash !== keep });
  queryClient.setQueryData(meQuery.queryKey, user);
}

/**
 * Ends the session on this page: the user is forgotten and requests under way are cancelled. What
 * was read stays in memory only until the next sign-in (startSession) or garbage collection, so the
 * screen being left does not refetch on its way out.
 */
export function endSession(): void {
  void queryClient.cancelQueries({ predicate: (q) => q.queryKey[0] !== "session" });
  queryClient.setQueryData(meQuery.queryKey, null);
}

export function useMe() {
  return useQuery(meQuery);
}

/** Meta is asked only while someone is signed in (the server answers 401 otherwise). */
export function useMeta(enabled: boolean) {
  return useQuery({ ...metaQuery, enabled });
}
