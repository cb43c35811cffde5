/**
 * The scheduler in the server: `startApp({ scheduler: true })` (what `shenguan start` passes) starts
 * it with the server and closing the app stops it — no tick left to keep the process alive or to run
 * against a closed database. Tests start the server without it unless they ask.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp } from "../../../src/http/start.js";

const dir = mkdtempSync(join(tmpdir(), "shenguan-start-scheduler-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

describe("the scheduler in shenguan start", () => {
  it("starts with the server and stops when it closes", async () => {
    const before = activeTimers();
    const logged: string[] = [];
    const app = await startApp({
      db: join(dir, "court.db"),
      port: 0,
      demo: false,
      buildWeb: false,
      warm: false,
      scheduler: true,
      log: (s) => logged.push(s),
    });
    expect(app.scheduler).toBeDefined();
    // Its ticks are timers of the process (the sweep's at least).
    await new Promise((r) => setTimeout(r, 200));
    expect(activeTimers()).toBeGreaterThan(before);
    const started = performance.now();
    await app.close();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(activeTimers()).toBeLessThanOrEqual(before);
    expect(logged.filter((s) => s.includes("定时报表"))).toEqual([]);
  });

  it("is not started unless asked", async () => {
    const before = activeTimers();
    const app = await startApp({
      db: join(dir, "other.db"),
      port: 0,
      demo: false,
      buildWeb: false,
      warm: false,
    });
    expect(app.scheduler).toBeUndefined();
    await new Promise((r) => setTimeout(r, 200));
    expect(activeTimers()).toBeLessThanOrEqual(before);
    await app.close();
  });
});
