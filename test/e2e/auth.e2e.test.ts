/**
 * Signing in per role, the first screen each role lands on, route guards (403 pages) and the data
 * scope on case pages, in a real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiSignIn,
  type E2E,
  getJson,
  openSession,
  screenshot,
  signIn,
  startE2E,
  textOf,
} from "./support.js";

interface CaseList {
  total: number;
  rows: { id: number; caseNumber: string; division: string; judge: string }[];
}

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(async () => {
  await e2e?.close();
});

describe("sign-in", () => {
  it("lists the demo court's accounts on the login page, marked 演示", async () => {
    const { page, context, errors } = await openSession(e2e);
    await page.goto("/login");
    const card = page.getByTestId("demo-accounts");
    await expect(card.textContent()).resolves.toContain("演示账号");
    for (const a of e2e.app.accounts) {
      await page.getByTestId(`demo-account-${a.username}`).waitFor();
    }
    // A click on an account fills the form.
    await page.getByTestId("demo-account-demo-president").click();
    await expect(page.getByTestId("login-username").inputValue()).resolves.toBe("demo-president");
    await screenshot(page, "01-login");
    expect(errors).toEqual([]);
    await context.close();
  });

  // How fast the first screen becomes interactive is measured by `npm run bench` (http phase),
  // not asserted here: a timed test fails on a busy machine without anything being wrong.
  it("the login screen is interactive after navigation", async () => {
    const { page, context } = await openSession(e2e);
    await page.goto("/login");
    await page.getByTestId("login-submit").waitFor();
    await page.getByTestId("login-username").fill("demo-president");
    expect(await page.getByTestId("login-username").inputValue()).toBe("demo-president");
    await context.close();
  });

  it("says 用户名或密码错误 for a wrong password and stays on the login page", async () => {
    const { page, context } = await openSession(e2e);
    await page.goto("/login");
    await page.getByTestId("login-username").fill("demo-president");
    await page.getByTestId("login-password").fill("not-the-password");
    await page.getByTestId("login-submit").click();
    await page.getByTestId("login-error").waitFor();
    expect(await textOf(page, "login-error")).toContain("用户名或密码错误");
    expect(new URL(page.url()).pathname).toBe("/login");
    await context.close();
  });

  const landings: [string, string, string][] = [
    ["demo-office", "/", "page-dashboard"],
    ["demo-president", "/", "page-dashboard"],
    ["demo-chief-1", "/", "page-dashboard"],
    // A judge lands on their own pending cases (我的在办案件); the others on the dashboard.
    ["demo-judge-1", "/my-cases", "page-my-cases"],
    ["demo-clerk", "/import", "page-import"],
  ];
  for (const [username, path, testId] of landings) {
    it(`${username} lands on ${path}`, async () => {
      const { page, context, errors } = await openSession(e2e);
      await signIn(page, e2e, username);
      await page.getByTestId(testId).waitFor();
      expect(new URL(page.url()).pathname).toBe(path);
      const a = e2e.app.accounts.find((x) => x.username === username);
      expect(await textOf(page, "user-name")).toBe(a?.displayName);
      await page.getByTestId("demo-badge").waitFor();
      const menu = await textOf(page, "nav-menu");
      if (username === "demo-clerk") {
        expect(menu).toContain("数据导入");
        expect(menu).not.toContain("质效总览");
        expect(menu).not.toContain("审限预警");
      } else {
        expect(menu).toContain("质效总览");
        expect(menu).toContain("审限预警");
      }
      if (username.startsWith("demo-chief")) {
        // A chief's unit is their own division, not the whole court.
        expect(await textOf(page, "unit-division")).toBe(a?.division);
      }
      // The 通报 page is in the menu of those who may read bulletins only.
      const readsBulletins = username === "demo-office" || username === "demo-president";
      expect(menu.includes("审限通报"), "审限通报 in the menu").toBe(readsBulletins);
      if (username.startsWith("demo-judge")) {
        expect(menu).toContain("我的在办案件");
        // One click to the figures, and the dashboard links back.
        await page.getByTestId("my-cases-dashboard").click();
        await page.getByTestId("page-dashboard").waitFor();
        expect(await textOf(page, "unit-fixed")).toContain(a?.judgeName ?? "?");
        await page.getByTestId("dashboard-my-cases").click();
        await page.getByTestId("page-my-cases").waitFor();
      } else {
        expect(menu).not.toContain("我的在办案件");
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("a clerk cannot open the dashboard, the alerts or a case: 403 pages", async () => {
    const { page, context, errors } = await openSession(e2e);
    await apiSignIn(context.request, e2e, "demo-clerk");
    for (const path of ["/", "/alerts/time-limit", "/cases/1"]) {
      await page.goto(path);
      await page.getByTestId("page-403").waitFor();
      expect(await page.getByTestId("page-dashboard").count()).toBe(0);
    }
    await screenshot(page, "09-forbidden");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("signing out returns to the login page and the session is gone", async () => {
    const { page, context } = await openSession(e2e);
    await signIn(page, e2e, "demo-office");
    await page.getByTestId("logout").click();
    await page.waitForURL((u) => u.pathname === "/login");
    await page.goto("/");
    await page.waitForURL((u) => u.pathname === "/login");
    expect((await page.request.get("/api/auth/me")).status()).toBe(401);
    await context.close();
  });

  it("shows a 404 page for an unknown address", async () => {
    const { page, context } = await openSession(e2e);
    await apiSignIn(context.request, e2e, "demo-office");
    await page.goto("/no-such-screen");
    await page.getByTestId("page-404").waitFor();
    await context.close();
  });
});

describe("case pages and data scope", () => {
  it("a judge opens their own case but gets 无权查看该案件 for another judge's case", async () => {
    const judge = e2e.app.accounts.find((a) => a.username === "demo-judge-1");
    expect(judge?.judgeName).toBeTruthy();

    // Find another judge's case as the office (whole court).
    const office = await openSession(e2e);
    await apiSignIn(office.context.request, e2e, "demo-office");
    const all = await getJson<CaseList>(office.context.request, "/api/cases?pageSize=200");
    const other = all.rows.find((r) => r.judge !== judge?.judgeName);
    expect(other).toBeDefined();
    await office.context.close();

    const { page, context, errors } = await openSession(e2e);
    await apiSignIn(context.request, e2e, "demo-judge-1");
    const own = await getJson<CaseList>(page.request, "/api/cases?pageSize=5");
    expect(own.total).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.judge === judge?.judgeName)).toBe(true);

    await page.goto(`/cases/${own.rows[0]?.id}`);
    await page.getByTestId("page-case").waitFor();
    expect(await textOf(page, "case-number")).toBe(own.rows[0]?.caseNumber);

    await page.goto(`/cases/${other?.id}`);
    await page.getByTestId("page-403").waitFor();
    expect(await textOf(page, "page-403")).toContain("无权查看该案件");
    expect(await page.getByTestId("page-case").count()).toBe(0);
    // The API agrees: the figure is not just hidden on screen.
    expect((await page.request.get(`/api/cases/${other?.id}`)).status()).toBe(403);

    await page.goto("/cases/99999999");
    await page.getByTestId("page-404").waitFor();
    expect(await textOf(page, "page-404")).toContain("案件不存在");
    expect(errors).toEqual([]);
    await context.close();
  });
});
