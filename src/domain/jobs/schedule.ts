/**
 * What a job has still to do. The cron library turns the job's schedule into the times it fired
 * (the application's side: it knows the clock); here those times, as days in China, become the
 * periods they cover, and each period and recipient scope is matched against the runs recorded:
 * done, running, to run now (the first attempt or a retry whose wait is over), waiting for a retry,
 * or given up after the last attempt.
 */
import { type PeriodKind, periodOfRun } from "./periods.js";
import { type RetryPolicy, retryAt } from "./retry.js";

/**
 * The periods the fire days (YYYY-MM-DD, any order) cover, without repeats, oldest first. A server
 * that was down when a job should have run finds the missed period here at its next start.
 */
export function periodsOfFires(kind: PeriodKind, fireDays: readonly string[]): string[] {
  const labels = new Set(fireDays.map((d) => periodOfRun(kind, d).label));
  return [...labels].sort();
}

/** A recorded run of one job, period and scope. */
export interface RunRecord {
  attempt: number;
  status: "running" | "succeeded" | "failed";
  /** Milliseconds since the epoch; null while running. */
  finishedAtMs: number | null;
}

export type NextStep =
  | { kind: "done" }
  | { kind: "running" }
  | { kind: "run"; attempt: number }
  | { kind: "wait"; attempt: number; untilMs: number }
  | { kind: "given-up"; attempts: number };

/** What to do now for one job, period and scope, given its runs so far. */
export function nextStep(runs: readonly RunRecord[], policy: RetryPolicy, nowMs: number): NextStep {
  if (runs.some((r) => r.status === "succeeded")) return { kind: "done" };
  if (runs.some((r) => r.status === "running")) return { kind: "running" };
  if (runs.length === 0) return { kind: "run", attempt: 1 };
  const last = runs.reduce((a, b) => (b.attempt > a.attempt ? b : a));
  const at = retryAt(policy, last.attempt, last.finishedAtMs ?? nowMs);
  if (at === null) return { kind: "given-up", attempts: last.attempt };
  return at <= nowMs
    ? { kind: "run", attempt: last.attempt + 1 }
    : { kind: "wait", attempt: last.attempt + 1, untilMs: at };
}
