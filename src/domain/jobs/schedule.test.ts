import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY, retryAt } from "./retry.js";
import { nextStep, periodsOfFires } from "./schedule.js";

const MIN = 60_000;

describe("periods of fire days", () => {
  it("maps each fire day to the period it covers, once, oldest first", () => {
    // The monthly bulletin fired on 1 June and 1 July (and July twice after a restart).
    expect(periodsOfFires("month", ["2024-07-01", "2024-06-01", "2024-07-01"])).toEqual([
      "2024-05",
      "2024-06",
    ]);
    // The quarterly report fired on 5 Jan and 5 Apr 2025.
    expect(periodsOfFires("quarter", ["2025-04-05", "2025-01-05"])).toEqual(["2024Q4", "2025Q1"]);
  });
});

describe("retry", () => {
  it("waits 5 then 30 minutes and gives up after the third attempt (the defaults)", () => {
    expect(retryAt(DEFAULT_RETRY, 1, 0)).toBe(5 * MIN);
    expect(retryAt(DEFAULT_RETRY, 2, 0)).toBe(30 * MIN);
    expect(retryAt(DEFAULT_RETRY, 3, 0)).toBeNull();
  });

  it("repeats the last wait when more attempts than waits are allowed", () => {
    const policy = { maxAttempts: 5, backoffMinutes: [1, 2] };
    expect(retryAt(policy, 3, 1000)).toBe(1000 + 2 * MIN);
    expect(retryAt(policy, 4, 0)).toBe(2 * MIN);
    expect(retryAt(policy, 5, 0)).toBeNull();
  });
});

describe("next step for a period and scope", () => {
  const t0 = 1_700_000_000_000;
  it("runs a period never run, as attempt 1", () => {
    expect(nextStep([], DEFAULT_RETRY, t0)).toEqual({ kind: "run", attempt: 1 });
  });

  it("is done once any attempt succeeded", () => {
    const runs = [
      { attempt: 1, status: "failed" as const, finishedAtMs: t0 },
      { attempt: 2, status: "succeeded" as const, finishedAtMs: t0 + 6 * MIN },
    ];
    expect(nextStep(runs, DEFAULT_RETRY, t0 + 60 * MIN)).toEqual({ kind: "done" });
  });

  it("leaves a running attempt alone", () => {
    expect(nextStep([{ attempt: 1, status: "running", finishedAtMs: null }], DEFAULT_RETRY, t0)).toEqual({
      kind: "running",
    });
  });

  it("waits out the backoff after a failure, then retries with the next attempt", () => {
    const runs = [{ attempt: 1, status: "failed" as const, finishedAtMs: t0 }];
    // 4 minutes later: the 5-minute wait is not over.
    expect(nextStep(runs, DEFAULT_RETRY, t0 + 4 * MIN)).toEqual({
      kind: "wait",
      attempt: 2,
      untilMs: t0 + 5 * MIN,
    });
    expect(nextStep(runs, DEFAULT_RETRY, t0 + 5 * MIN)).toEqual({ kind: "run", attempt: 2 });
  });

  it("gives up after the last attempt failed", () => {
    const runs = [1, 2, 3].map((attempt) => ({ attempt, status: "failed" as const, finishedAtMs: t0 }));
    expect(nextStep(runs, DEFAULT_RETRY, t0 + 1000 * MIN)).toEqual({ kind: "given-up", attempts: 3 });
  });
});
