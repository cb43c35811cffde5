/**
 * Shared set-up for the browser tests: one seeded app and one headless Debian chromium per file
 * (never a downloaded browser), sign-in helpers, screenshots, and a watch on page errors.
 */
import { mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
} from "playwright-core";
import { ensureWebBuilt } from "../../src/http/start.js";
import { startTestApp, type TestApp } from "../helpers/app.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");

export const DESKTOP = { width: 1366, height: 768 };
export const WALL = { width: 1920, height: 1080 };

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Builds web/dist once even when several test files start at the same time (a lock directory in
 * the temp folder; a stale lock older than three minutes is broken).
 */
export async function buildWebOnce(): Promise<void> {
  const lock = join(tmpdir(), "shenguan-web-build.lock");
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* removed meanwhile */
      }
      if (Date.now() - started > 240_000) throw new Error(`web build lock ${lock} held too long`);
      await sleep(200);
    }
  }
  try {
    await ensureWebBuilt();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface E2E {
  app: TestApp;
  browser: Browser;
  close(): Promise<void>;
}

/** One seeded app and one browser for a test file. */
/**
 * The app on a fresh demo court, and a browser. `reports`: also archive the demo's scheduled
 * reports (seconds of rendering; only the screens that read the archive ask for them).
 */
export async function startE2E(
  options: { cases?: number; reports?: boolean; courts?: string[] } = {},
): Promise<E2E> {
  await buildWebOnce();
  const [app, browser] = await Promise.all([
    startTestApp({
      buildWeb: false,
      cases: options.cases,
      reports: options.reports ?? false,
      ...(options.courts ? { courts: options.courts } : {}),
    }),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS }),
  ]);
  return {
    app,
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await app.close();
    },
  };
}

export function account(app: TestApp, username: string): { username: string; password: string } {
  const a = app.accounts.find((x) => x.username === username);
  if (!a) throw new Error(`no demo account ${username}`);
  return a;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors in the page (a screen that crashed); tests expect none. */
  errors: string[];
}

/** A fresh browser context (its own cookies) with one page, at the given viewport. */
export async function openSession(
  e2e: E2E,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Session> {
  const context = await e2e.browser.newContext({
    viewport,
    locale: "zh-CN",
    baseURL: e2e.app.url,
    acceptDownloads: true,
    // As a user who asked their system for reduced motion: dialogs and menus open without animation,
    // so a click is not kept waiting for an element to stop moving.
    reducedMotion: "reduce",
  });
  // A safeguard, not a time limit under test: `npm test` runs every file at once on two cores.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  return { context, page, errors };
}

/** Signs in through the login form and waits until the app has left /login. */
export async function signIn(page: Page, e2e: E2E, username: string): Promise<void> {
  const a = account(e2e.app, username);
  await page.goto("/login");
  await page.getByTestId("login-username").fill(a.username);
  await page.getByTestId("login-password").fill(a.password);
  await page.getByTestId("login-submit").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** Signs a context in through the API (faster; for set-up and for checks against the API). */
export async function apiSignIn(request: APIRequestContext, e2e: E2E, username: string): Promise<void> {
  const a = account(e2e.app, username);
  const res = await request.post("/api/auth/login", { data: { username: a.username, password: a.password } });
  if (!res.ok()) throw new Error(`login ${username}: ${res.status()} ${await res.text()}`);
}

/** GET an API path with the context's session, as JSON. */
export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: "disabled" });
}

/** Text of an element, trimmed. */
export async function textOf(page: Page, testId: string): Promise<string> {
  return ((await page.getByTestId(testId).first().textContent()) ?? "").trim();
}

/** The texts of a table's column, found by its header (the table's data-testid, the header text). */
export async function columnTexts(page: Page, tableTestId: string, header: string): Promise<string[]> {
  const table = page.getByTestId(tableTestId);
  const headers = (await table.locator("thead tr").first().locator("th").allTextContents()).map((t) =>
    t.trim(),
  );
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${tableTestId}: ${headers.join(" | ")}`);
  return (await table.locator(`tbody tr.ant-table-row td:nth-child(${index + 1})`).allTextContents()).map(
    (t) => t.trim(),
  );
}

/** The header texts of a table, in order. */
export async function headerTexts(page: Page, tableTestId: string): Promise<string[]> {
  return (await page.getByTestId(tableTestId).locator("thead tr").first().locator("th").allTextContents())
    .map((t) => t.trim())
    .filter((t) => t !== "");
}
