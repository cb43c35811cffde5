/**
 * Retrying a failed run: up to `maxAttempts` attempts in all, the k-th retry after
 * `backoffMinutes[k-1]` minutes (the last figure for any further one). Local practice: a report
 * that failed (the database busy, a disk full) is tried again after a short wait and then a longer
 * one; after the last attempt it waits for someone to run it by hand.
 */
export interface RetryPolicy {
  maxAttempts: number;
  backoffMinutes: number[];
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, backoffMinutes: [5, 30] };

/** The minutes to wait after failed attempt `attempt` (1-based) before the next one. */
export function backoffAfter(policy: RetryPolicy, attempt: number): number {
  const list = policy.backoffMinutes;
  if (list.length === 0) return 0;
  return list[Math.min(attempt, list.length) - 1] as number;
}

/**
 * When attempt `attempt`, failed at `failedAtMs`, is tried again (milliseconds), or null when it
 * was the last attempt allowed.
 */
export function retryAt(policy: RetryPolicy, attempt: number, failedAtMs: number): number | null {
  if (attempt >= policy.maxAttempts) return null;
  return failedAtMs + backoffAfter(policy, attempt) * 60_000;
}
