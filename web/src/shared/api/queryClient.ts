/**
 * The one TanStack Query client of the app. Reads are retried after a network failure or a 5xx
 * (the server or a proxy in trouble), never after a 4xx: the answer would be the same. Nothing is
 * refetched behind the user's back when the window regains focus; writes invalidate what they
 * change (each feature's api.ts says what).
 */
import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./client";

/** Retries: up to twice after a network failure or a 5xx; never after a 4xx. */
export function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: retryUnlessClientError,
      refetchOnWindowFocus: false,
    },
    mutations: {
      retry: false,
    },
  },
});
