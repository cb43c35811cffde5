/**
 * Requests a hostile client shapes: a period of three centuries by month, and a path spelled so
 * that a prefix check would miss it. On a server over an empty database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningApp, startApp } from "../../src/http/start.js";
import { ApiClient } from "../helpers/app.js";

let app: RunningApp;
let dir: string;
const client = () => new ApiClient(app.url);
let admin: ApiClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "shenguan-req-"));
  app = await startApp({ db: join(dir, "app.db"), port: 0, demo: false, buildWeb: false, warm: false });
  admin = client();
  const a = app.admin as { username: string; password: string };
  expect((await admin.login(a.username, a.password)).status).toBe(200);
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("requests", () => {
  it("refuses an unbounded period at once, naming the field", async () => {
    const res = await admin.get("/api/indicators?from=1800-01-01&to=2099-12-31&by=month");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe("to");
    expect(body.error.message).toContain("统计期间过长");
    const drill = await admin.get(
      "/api/indicators/drill?indicator=filed&part=numerator&from=1800-01-01&to=2099-12-31",
    );
    expect(drill.status).toBe(400);
  });

  it("authenticates by the route a request reaches, however its path is spelled", async () => {
    for (const path of [
      "/api/alerts/rules",
      "/%61pi/alerts/rules",
      "/api/alerts/rules/",
      "/api/./alerts/rules",
    ]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).not.toBe(200);
      expect([401, 404], path).toContain(res.status);
    }
  });
});
