/**
 * A running application for API and browser tests: builds the web app if needed, starts the server
 * on a free port over a fresh SQLite file holding a small demo court — a copy of the run's template
 * of that demo configuration (demo-template.ts), seeded once per test run as startApp seeds it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { DemoAccount } from "../../src/app/demo/seed-demo-court.js";
import type { Db } from "../../src/db/connect.js";
import { startApp } from "../../src/http/start.js";
import { copyDemoCourt } from "./demo-template.js";

export interface TestApp {
  url: string;
  server: FastifyInstance;
  db: Db;
  accounts: DemoAccount[];
  admin: { username: string; password: string };
  today: string;
  close(): Promise<void>;
}

export const TEST_TODAY = "2026-11-27";

export async function startTestApp(
  options: {
    cases?: number;
    years?: number;
    buildWeb?: boolean;
    today?: string;
    reports?: boolean;
    /** A multi-court demo (法院代字); cases are then per basic court. */
    courts?: string[];
  } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), "shenguan-app-"));
  const today = options.today ?? TEST_TODAY;
  const db = join(dir, "app.db");
  const seeded = await copyDemoCourt(
    {
      cases: options.cases ?? 4000,
      years: options.years ?? 2,
      today,
      // startApp's default: the demo's scheduled reports archived.
      reports: options.reports ?? true,
      courts: options.courts,
    },
    db,
  );
  const running = await startApp({ db, port: 0, today, buildWeb: options.buildWeb ?? true });
  // Not seeded again: the copy already holds the demo court.
  if (running.demoAccounts || running.admin) throw new Error("the test app's copy was seeded again");
  return {
    url: running.url,
    server: running.app,
    db: running.handle,
    accounts: seeded.accounts,
    admin: seeded.admin,
    today,
    async close() {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A signed-in client for the API (cookie + CSRF), using fetch. */
export class ApiClient {
  private cookie = "";
  private csrf = "";
  constructor(readonly base: string) {}

  async login(username: string, password: string): Promise<Response> {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    });
    const cookies = res.headers.getSetCookie();
    const jar = cookies.map((c) => c.split(";")[0] as string);
    this.cookie = jar.join("; ");
    this.csrf = jar.find((c) => c.startsWith("sg_csrf="))?.slice("sg_csrf=".length) ?? "";
    return res;
  }

  async get(path: string): Promise<Response> {
    return fetch(`${this.base}${path}`, { headers: { cookie: this.cookie } });
  }

  async post(path: string, body?: unknown, options: { csrf?: boolean } = {}): Promise<Response> {
    return this.send("POST", path, body, options);
  }

  async patch(path: string, body?: unknown): Promise<Response> {
    return this.send("PATCH", path, body);
  }

  async put(path: string, body?: unknown): Promise<Response> {
    return this.send("PUT", path, body);
  }

  private async send(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (options.csrf !== false) headers["x-csrf-token"] = this.csrf;
    if (body instanceof FormData) {
      return fetch(`${this.base}${path}`, { method, headers, body });
    }
    headers["content-type"] = "application/json";
    return fetch(`${this.base}${path}`, { method, headers, body: JSON.stringify(body ?? {}) });
  }
}
